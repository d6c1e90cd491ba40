package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a cost table ({@code id,one_off,yearly}) for candidate sites: one-off cost (e.g. equipment, a
 * generator) and yearly cost. Every candidate must have a row; unknown or repeated ids and costs that are not
 * numbers >= 0 are errors. Any problem refuses the file ({@link InputException} listing them), since a
 * missing cost would silently loosen the budget.
 */
public final class SiteCostReader {
    private SiteCostReader() {
    }

    /** Costs by site index. */
    public record Costs(double[] oneOff, double[] yearly) {
        public Costs {
            oneOff = oneOff.clone();
            yearly = yearly.clone();
        }
    }

    public static Costs read(Path file, Map<String, Integer> siteIndex) {
        CsvSource csv = CsvSource.open(file);
        int idCol = csv.require("id");
        int oCol = csv.require("one_off");
        int yCol = csv.require("yearly");
        int n = siteIndex.size();
        double[] oneOff = new double[n];
        double[] yearly = new double[n];
        long[] line = new long[n];
        List<InputError> errors = new ArrayList<>();
        csv.forEachRow(row -> {
            Integer s = siteIndex.get(row.get(idCol));
            if (s == null) {
                errors.add(row.error(idCol, "unknown site id \"" + row.get(idCol) + "\" (not in the candidate file)"));
                return;
            }
            if (line[s] != 0) {
                errors.add(row.error(idCol, "site \"" + row.get(idCol) + "\" listed again (first on line " + line[s] + ")"));
                return;
            }
            double o = cost(row, oCol, errors);
            double y = cost(row, yCol, errors);
            if (Double.isNaN(o) || Double.isNaN(y)) {
                return;
            }
            oneOff[s] = o;
            yearly[s] = y;
            line[s] = row.line();
        });
        siteIndex.forEach((id, s) -> {
            if (line[s] == 0 && errors.size() < 100) {
                errors.add(new InputError(csv.fileName(), 0, "id", "no cost row for site \"" + id + "\""));
            }
        });
        if (!errors.isEmpty()) {
            throw new InputException(errors.subList(0, Math.min(100, errors.size())));
        }
        return new Costs(oneOff, yearly);
    }

    private static double cost(CsvSource.Row row, int col, List<InputError> errors) {
        try {
            double v = CsvSource.parseDecimal(row.get(col));
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(row.error(col, "expected a cost >= 0, got \"" + row.get(col) + "\""));
        return Double.NaN;
    }
}
