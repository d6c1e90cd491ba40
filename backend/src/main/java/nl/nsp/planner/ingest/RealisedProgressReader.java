package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.RealisedProgress;

/**
 * Reads what regions report as realised, for the accountability sheet: columns {@code region, year, nsp_realised,
 * cp_realised, spent_eur} (one row per region and year; empty counts mean 0). Any bad row refuses the file with every
 * problem listed.
 */
public final class RealisedProgressReader {
    private RealisedProgressReader() {
    }

    public static List<RealisedProgress> read(Path file) {
        CsvSource csv = CsvSource.open(file);
        int regionCol = csv.require("region");
        int yearCol = csv.require("year");
        int nspCol = csv.require("nsp_realised");
        int cpCol = csv.require("cp_realised");
        int spentCol = csv.require("spent_eur");
        List<RealisedProgress> out = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        csv.forEachRow(row -> {
            String region = row.get(regionCol).trim().toUpperCase(Locale.ROOT);
            if (!Codes.isRegion(region)) {
                errors.add(row.error(regionCol, "expected a safety region code VR01..VR25, got \"" + row.get(regionCol) + "\""));
                return;
            }
            int year = whole(row, yearCol, errors, false);
            int nsp = whole(row, nspCol, errors, true);
            int cp = whole(row, cpCol, errors, true);
            double spent;
            try {
                spent = row.get(spentCol).isBlank() ? 0 : CsvSource.parseDecimal(row.get(spentCol));
            } catch (NumberFormatException e) {
                spent = Double.NaN;
            }
            if (!(spent >= 0 && spent < Double.POSITIVE_INFINITY)) {
                errors.add(row.error(spentCol, "expected euros >= 0, got \"" + row.get(spentCol) + "\""));
                return;
            }
            if (year < 0 || nsp < 0 || cp < 0) {
                return;
            }
            if (!(2000 <= year && year <= 2100)) {
                errors.add(row.error(yearCol, "expected a year within 2000..2100, got " + year));
                return;
            }
            Long first = seen.putIfAbsent(region + "|" + year, row.line());
            if (first != null) {
                errors.add(row.error(regionCol, region + " " + year + " listed again (first on line " + first + ")"));
                return;
            }
            out.add(new RealisedProgress(region, year, nsp, cp, spent));
        });
        if (!errors.isEmpty()) {
            throw new InputException(errors.subList(0, Math.min(100, errors.size())));
        }
        return List.copyOf(out);
    }

    private static int whole(CsvSource.Row row, int col, List<InputError> errors, boolean emptyIsZero) {
        String s = row.get(col).trim();
        if (s.isEmpty() && emptyIsZero) {
            return 0;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(row.error(col, "expected a whole number >= 0, got \"" + s + "\""));
        return -1;
    }
}
