package nl.nsp.planner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.nsp.planner.ingest.PointColumns;
import nl.nsp.planner.ingest.PointCsvReader;
import nl.nsp.planner.ingest.PointRow;
import nl.nsp.planner.reach.network.NetworkDistance;
import nl.nsp.planner.reach.network.NetworkGraph;
import nl.nsp.planner.reach.network.NetworkGraphOptions;
import nl.nsp.planner.reach.network.NetworkProfile;
import nl.nsp.planner.reach.network.PointSnap;
import nl.nsp.planner.reach.network.SnapReport;
import nl.nsp.planner.reach.network.SnapStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code nsp network-check}: snaps a point file onto an OSM network and prints the snap report as JSON. */
@Command(name = "network-check", description = "Snap points (CSV, RD metres) onto the walking or cycling "
        + "network of an OSM extract and print which points snap, how far, and why the others do not (JSON).")
final class NetworkCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--osm", required = true, description = "OSM extract (.osm.pbf or .osm).")
    Path osm;

    @Option(names = "--points", required = true, description = "Point CSV with a header; x/y in RD metres.")
    Path points;

    @Option(names = "--profile", defaultValue = "foot", description = "foot or bike (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--max-snap", defaultValue = "250",
            description = "Largest accepted distance to the network in metres (default ${DEFAULT-VALUE}).")
    double maxSnapMetres;

    @Option(names = "--graph-cache", description = "Folder for the imported graphs (default var/graph-cache).")
    Path graphCache;

    @Option(names = "--id-col", defaultValue = "id", description = "Id column (default ${DEFAULT-VALUE}).")
    String idCol;

    @Option(names = "--x-col", defaultValue = "x", description = "RD x column (default ${DEFAULT-VALUE}).")
    String xCol;

    @Option(names = "--y-col", defaultValue = "y", description = "RD y column (default ${DEFAULT-VALUE}).")
    String yCol;

    @Option(names = "--all", description = "List every point, not only the unsnapped ones.")
    boolean all;

    @Override
    public Integer call() {
        NetworkProfile p = NetworkProfile.parse(profile);
        PointCsvReader.Result csv = PointCsvReader.read(points,
                new PointColumns(idCol, xCol, yCol, Optional.empty(), Optional.empty()));
        List<PointRow> rows = csv.rows();
        double[] x = rows.stream().mapToDouble(PointRow::x).toArray();
        double[] y = rows.stream().mapToDouble(PointRow::y).toArray();
        NetworkGraphOptions options = graphCache == null ? NetworkGraphOptions.defaults()
                : NetworkGraphOptions.defaults().withCacheRoot(graphCache);
        Map<String, Object> out = new LinkedHashMap<>();
        try (NetworkGraph graph = NetworkGraph.load(osm, options)) {
            NetworkDistance model = new NetworkDistance(graph, p, x, y, new double[0], new double[0], maxSnapMetres);
            SnapReport report = model.snapReport();
            out.put("osm", osm.toString());
            out.put("profile", p.profileName());
            out.put("max_snap_metres", maxSnapMetres);
            out.put("graph", Map.of("nodes", graph.nodeCount(), "edges", graph.edgeCount(),
                    "loaded_from_cache", graph.loadedFromCache(), "cache_dir", graph.cacheDirectory().toString(),
                    "prepare_ms", graph.prepareMillis()));
            out.put("points", rows.size());
            out.put("snapped", rows.size() - report.unsnappedDemand().size());
            out.put("unsnapped", report.unsnappedDemand().size());
            out.put("by_status", countByStatus(report.demand()));
            out.put("snap_metres", snapStats(report.demand()));
            out.put("rejected_rows", csv.rejected().stream().map(Object::toString).toList());
            out.put("unsnapped_points", describe(rows, report.unsnappedDemand()));
            if (all) {
                out.put("all_points", describe(rows, report.demand()));
            }
        }
        spec.commandLine().getOut().println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(out));
        return 0;
    }

    private static Map<String, Integer> countByStatus(List<PointSnap> snaps) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SnapStatus s : SnapStatus.values()) {
            counts.put(s.code(), 0);
        }
        snaps.forEach(s -> counts.merge(s.status().code(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Object> snapStats(List<PointSnap> snaps) {
        double[] metres = snaps.stream().filter(PointSnap::snapped).mapToDouble(PointSnap::snapMetres).sorted()
                .toArray();
        Map<String, Object> stats = new LinkedHashMap<>();
        if (metres.length == 0) {
            return stats;
        }
        double sum = 0;
        for (double m : metres) {
            sum += m;
        }
        stats.put("mean", round(sum / metres.length));
        stats.put("median", round(metres[(metres.length - 1) / 2]));
        stats.put("p90", round(metres[(int) Math.ceil(0.9 * metres.length) - 1]));
        stats.put("max", round(metres[metres.length - 1]));
        return stats;
    }

    private static List<Map<String, Object>> describe(List<PointRow> rows, List<PointSnap> snaps) {
        List<Map<String, Object>> out = new ArrayList<>(snaps.size());
        for (PointSnap s : snaps) {
            PointRow row = rows.get(s.index());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", row.id());
            m.put("line", row.line());
            m.put("status", s.status().code());
            m.put("snap_metres", Double.isNaN(s.snapMetres()) ? null : round(s.snapMetres()));
            out.add(m);
        }
        return out;
    }

    private static double round(double metres) {
        return Math.round(metres * 100) / 100.0;
    }
}
