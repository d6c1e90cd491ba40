package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ids with an optional weight from a CSV ({@code id[,w]}; x/y not needed), as used for demand weights
 * with a cost matrix and for lists of fixed or excluded sites. Rows with an empty or duplicate id or a bad
 * weight are rejected and reported; a file without valid rows is an {@link InputException}.
 */
public final class IdWeightReader {
    private IdWeightReader() {
    }

    /** Accepted ids with their weights (1 when no weight column), and the rejected rows. */
    public record Result(String file, List<String> ids, double[] weights, List<InputError> rejected) {
        public Result {
            ids = List.copyOf(ids);
            weights = weights.clone();
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * @param idColumn     id column
     * @param weightColumn weight column, or null for weight 1
     */
    public static Result read(Path file, String idColumn, String weightColumn) {
        CsvSource csv = CsvSource.open(file);
        int idCol = csv.require(idColumn);
        int wCol = weightColumn == null ? -1 : csv.require(weightColumn);
        List<String> ids = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<InputError> rejected = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        csv.forEachRow(row -> {
            String id = row.get(idCol);
            if (id.isEmpty()) {
                rejected.add(row.error(idCol, "empty id"));
                return;
            }
            double w = 1;
            if (wCol >= 0) {
                try {
                    w = CsvSource.parseDecimal(row.get(wCol));
                } catch (NumberFormatException e) {
                    rejected.add(row.error(wCol, "expected a weight >= 0, got \"" + row.get(wCol) + "\""));
                    return;
                }
                if (w < 0) {
                    rejected.add(row.error(wCol, "expected a weight >= 0, got " + row.get(wCol)));
                    return;
                }
            }
            Long earlier = seen.putIfAbsent(id, row.line());
            if (earlier != null) {
                rejected.add(row.error(idCol, "duplicate id \"" + id + "\" (first on line " + earlier + ")"));
                return;
            }
            ids.add(id);
            weights.add(w);
        });
        if (ids.isEmpty()) {
            List<InputError> all = new ArrayList<>(rejected);
            all.add(0, new InputError(csv.fileName(), 0, "", "no valid rows"));
            throw new InputException(all);
        }
        return new Result(csv.fileName(), ids, weights.stream().mapToDouble(Double::doubleValue).toArray(), rejected);
    }
}
