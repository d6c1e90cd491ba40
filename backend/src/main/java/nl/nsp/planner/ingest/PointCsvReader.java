package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.SiteKind;

/**
 * Reads generic point files (CSV with a header; defaults {@code id,x,y,w}; x/y in RD metres), as used by the
 * {@code coverage} and {@code optimise} commands for demand and sites.
 *
 * <p>A row with a missing or malformed id, coordinate or weight, a negative weight, a 65+ count above the
 * weight, or a duplicate id is rejected and reported; the other rows are kept. An empty 65+ value means
 * unknown. A file without a required column, or without any valid row, is an {@link InputException}.
 */
public final class PointCsvReader {
    private PointCsvReader() {
    }

    /** The accepted rows and the rejected ones. */
    public record Result(String file, List<PointRow> rows, List<InputError> rejected) {
        public Result {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }

        /** The rows as demand points (inhabitants = weight), attributed to no municipality. */
        public List<DemandPoint> demandPoints() {
            return rows.stream().map(r -> new DemandPoint(r.id(), r.x(), r.y(), r.weight(), r.weight65(),
                    DemandPoint.UNASSIGNED, file + ":" + r.line())).toList();
        }

        /** The rows as candidate sites of kind {@link SiteKind#OWN}. */
        public List<CandidateSite> sites() {
            return rows.stream().map(r -> new CandidateSite(r.id(), r.id(), "", r.x(), r.y(), DemandPoint.UNASSIGNED,
                    SiteKind.OWN, Accessibility.UNKNOWN, "", Map.of())).toList();
        }
    }

    /**
     * Reads a point CSV.
     *
     * @throws InputException when the file cannot be used at all
     */
    public static Result read(Path file, PointColumns columns) {
        CsvSource csv = CsvSource.open(file);
        int idCol = csv.require(columns.id());
        int xCol = csv.require(columns.x());
        int yCol = csv.require(columns.y());
        int wCol = columns.weight().map(csv::require).orElse(-1);
        int w65Col = columns.weight65().map(csv::require).orElse(-1);
        List<PointRow> rows = new ArrayList<>();
        List<InputError> rejected = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        csv.forEachRow(row -> {
            String id = row.get(idCol);
            if (id.isEmpty()) {
                rejected.add(row.error(idCol, "empty id"));
                return;
            }
            Long earlier = seen.putIfAbsent(id, row.line());
            if (earlier != null) {
                rejected.add(row.error(idCol, "duplicate id \"" + id + "\" (first on line " + earlier + ")"));
                return;
            }
            double x = number(row, xCol, rejected);
            double y = number(row, yCol, rejected);
            double w = wCol < 0 ? 1.0 : number(row, wCol, rejected);
            double w65 = Double.NaN;
            if (w65Col >= 0 && !row.get(w65Col).isEmpty()) {
                w65 = number(row, w65Col, rejected);
            }
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(w) || (w65Col >= 0 && !row.get(w65Col).isEmpty() && Double.isNaN(w65))) {
                seen.remove(id);
                return;
            }
            if (w < 0) {
                rejected.add(row.error(wCol, "expected a weight >= 0, got " + row.get(wCol)));
                seen.remove(id);
                return;
            }
            if (!Double.isNaN(w65) && !(0 <= w65 && w65 <= w)) {
                rejected.add(row.error(w65Col, "expected 0 <= 65+ <= weight (" + w + "), got " + row.get(w65Col)));
                seen.remove(id);
                return;
            }
            rows.add(new PointRow(id, x, y, w, w65, row.line()));
        });
        if (rows.isEmpty()) {
            List<InputError> all = new ArrayList<>(rejected);
            all.add(0, new InputError(csv.fileName(), 0, "", "no valid rows"));
            throw new InputException(all);
        }
        return new Result(csv.fileName(), rows, rejected);
    }

    private static double number(CsvSource.Row row, int col, List<InputError> rejected) {
        String v = row.get(col);
        try {
            return CsvSource.parseDecimal(v);
        } catch (NumberFormatException e) {
            rejected.add(row.error(col, "expected a number, got \"" + v + "\""));
            return Double.NaN;
        }
    }
}
