package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a long-format cost matrix CSV ({@code demand_id,site_id,distance}, one row per reachable pair; pairs
 * not listed are unreachable), e.g. an origin-destination matrix from a routing engine or GIS.
 *
 * <p>Demand ids must be known (from the demand file); site ids are either given (from a candidate file) or
 * collected in order of first appearance. Rows with an unknown id, a distance that is not a number >= 0, or a
 * repeated pair are rejected and reported; when any row is rejected the whole file is refused
 * ({@link InputException} listing up to 100 problems), because a silently missing pair would change results.
 */
public final class CostMatrixReader {
    private static final int MAX_ERRORS = 100;

    private CostMatrixReader() {
    }

    /**
     * The pairs of a cost matrix by dense index.
     *
     * @param siteIds  site ids by index
     * @param demand   demand index of each pair
     * @param site     site index of each pair
     * @param distance distance of each pair, >= 0, in the file's unit
     */
    public record CostMatrix(List<String> siteIds, int[] demand, int[] site, double[] distance) {
        public CostMatrix {
            siteIds = List.copyOf(siteIds);
            if (demand.length != site.length || site.length != distance.length) {
                throw new IllegalArgumentException("pair arrays differ in length");
            }
        }

        public int pairCount() {
            return demand.length;
        }
    }

    /**
     * @param file        the CSV
     * @param demandIndex demand id -> index
     * @param siteIndex   site id -> index, or null to collect site ids from the file
     * @throws InputException when the file cannot be used, listing every rejected row (up to 100)
     */
    public static CostMatrix read(Path file, Map<String, Integer> demandIndex, Map<String, Integer> siteIndex) {
        CsvSource csv = CsvSource.open(file);
        int dCol = csv.require("demand_id");
        int sCol = csv.require("site_id");
        int xCol = csv.require("distance");
        Map<String, Integer> sites = siteIndex == null ? new LinkedHashMap<>() : siteIndex;
        List<InputError> errors = new ArrayList<>();
        int[][] buf = {new int[1024], new int[1024]};
        double[][] dist = {new double[1024]};
        int[] size = {0};
        Map<Long, Long> seen = new HashMap<>();
        csv.forEachRow(row -> {
            if (errors.size() >= MAX_ERRORS) {
                return;
            }
            Integer d = demandIndex.get(row.get(dCol));
            if (d == null) {
                errors.add(row.error(dCol, "unknown demand id \"" + row.get(dCol) + "\" (not in the demand file)"));
                return;
            }
            String sid = row.get(sCol);
            Integer s = sites.get(sid);
            if (s == null) {
                if (siteIndex != null || sid.isEmpty()) {
                    errors.add(row.error(sCol, "unknown site id \"" + sid + "\""
                            + (siteIndex != null ? " (not in the candidate file)" : "")));
                    return;
                }
                s = sites.size();
                sites.put(sid, s);
            }
            double x;
            try {
                x = CsvSource.parseDecimal(row.get(xCol));
            } catch (NumberFormatException e) {
                errors.add(row.error(xCol, "expected a distance >= 0, got \"" + row.get(xCol) + "\""));
                return;
            }
            if (x < 0) {
                errors.add(row.error(xCol, "expected a distance >= 0, got " + row.get(xCol)));
                return;
            }
            Long earlier = seen.putIfAbsent(((long) d << 32) | s, row.line());
            if (earlier != null) {
                errors.add(row.error(sCol, "pair (" + row.get(dCol) + ", " + sid + ") listed again (first on line "
                        + earlier + ")"));
                return;
            }
            if (size[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], size[0] * 2);
                buf[1] = Arrays.copyOf(buf[1], size[0] * 2);
                dist[0] = Arrays.copyOf(dist[0], size[0] * 2);
            }
            buf[0][size[0]] = d;
            buf[1][size[0]] = s;
            dist[0][size[0]] = x;
            size[0]++;
        });
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        if (size[0] == 0) {
            throw new InputException(new InputError(csv.fileName(), 0, "", "no pairs; expected rows demand_id,site_id,distance"));
        }
        List<String> ids = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            ids.add(null);
        }
        sites.forEach((id, i) -> ids.set(i, id));
        return new CostMatrix(ids, Arrays.copyOf(buf[0], size[0]), Arrays.copyOf(buf[1], size[0]),
                Arrays.copyOf(dist[0], size[0]));
    }
}
