package nl.nsp.planner.reach.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.reach.CoverageIndex;

/**
 * Measures graph import, cache load, heap, snapping and per-site shortest-path trees, on a given OSM file or
 * on a synthetic street grid. Run by {@code scripts/bench/network.sh}; prints one table row per network.
 *
 * <p>Usage: {@code NetworkBench WORKDIR [osm FILE | grid N]...}. A grid of N x N junctions 50 m apart is
 * written as OSM XML (residential streets, every junction a tower node) to stand in for a city's street
 * network; it is synthetic, so its numbers show how cost scales, not what a real extract costs.
 */
public final class NetworkBench {
    private static final double SPACING_DEG_LAT = 50 / 111_194.93;

    private NetworkBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: NetworkBench WORKDIR (osm FILE | grid N)...");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %10s %9s %9s %10s %10s %12s %9s%n", "network", "nodes",
                "edges", "import_ms", "load_ms", "heap_MB", "snap_us/pt", "unsnapped", "tree_ms/site", "pairs");
        for (int i = 1; i + 1 < args.length; i += 2) {
            Path osm = args[i].equals("grid") ? writeGrid(work, Integer.parseInt(args[i + 1])) : Path.of(args[i + 1]);
            run(osm, work.resolve("cache-" + i));
        }
    }

    private static void run(Path osm, Path cache) {
        NetworkGraphOptions options = NetworkGraphOptions.defaults().withCacheRoot(cache);
        long heapBefore = usedHeap();
        long importMs;
        try (NetworkGraph g = NetworkGraph.load(osm, options)) {
            importMs = g.prepareMillis();
        }
        heapBefore = Math.min(heapBefore, usedHeap());
        try (NetworkGraph g = NetworkGraph.load(osm, options)) {
            long heapMb = (usedHeap() - heapBefore) / 1_000_000;
            double[] box = bounds(g);
            Random rnd = new Random(42);
            int demandN = 20_000;
            int siteN = 200;
            double[][] demand = randomRd(rnd, box, demandN);
            double[][] sites = randomRd(rnd, box, siteN);
            long t0 = System.nanoTime();
            NetworkDistance foot = new NetworkDistance(g, NetworkProfile.FOOT, demand[0], demand[1], sites[0],
                    sites[1]);
            double snapMicros = (System.nanoTime() - t0) / 1e3 / (demandN + siteN);
            long t1 = System.nanoTime();
            CoverageIndex index = CoverageIndex.build(foot, 1000);
            double treeMs = (System.nanoTime() - t1) / 1e6 / siteN;
            System.out.printf(Locale.ROOT, "%-44s %9d %9d %10d %9d %9d %10.1f %10d %12.2f %9d%n",
                    osm.getFileName(), g.nodeCount(), g.edgeCount(), importMs, g.prepareMillis(), heapMb, snapMicros,
                    foot.snapReport().unsnappedDemand().size(), treeMs, index.pairCount());
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double[] bounds(NetworkGraph g) {
        var b = g.baseGraph().getBounds();
        return new double[] {b.minLat, b.maxLat, b.minLon, b.maxLon};
    }

    private static double[][] randomRd(Random rnd, double[] box, int n) {
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            RdPoint p = RdProjection.toRd(new LatLon(box[0] + rnd.nextDouble() * (box[1] - box[0]),
                    box[2] + rnd.nextDouble() * (box[3] - box[2])));
            xy[0][i] = p.x();
            xy[1][i] = p.y();
        }
        return xy;
    }

    /** Writes an N x N grid of residential streets, junctions 50 m apart, south-west corner at 52.0 N 5.0 E. */
    static Path writeGrid(Path dir, int n) throws IOException {
        Path file = dir.resolve("synthetic-grid-" + n + "x" + n + ".osm");
        double lonStep = SPACING_DEG_LAT / Math.cos(Math.toRadians(52.0));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"NetworkBench\">\n");
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    w.write(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
                            r * n + c + 1, 52.0 + r * SPACING_DEG_LAT, 5.0 + c * lonStep));
                }
            }
            long way = 1;
            for (int r = 0; r < n; r++) {
                w.write("<way id=\"" + way++ + "\" version=\"1\">");
                for (int c = 0; c < n; c++) {
                    w.write("<nd ref=\"" + (r * n + c + 1) + "\"/>");
                }
                w.write("<tag k=\"highway\" v=\"residential\"/></way>\n");
            }
            for (int c = 0; c < n; c++) {
                w.write("<way id=\"" + way++ + "\" version=\"1\">");
                for (int r = 0; r < n; r++) {
                    w.write("<nd ref=\"" + (r * n + c + 1) + "\"/>");
                }
                w.write("<tag k=\"highway\" v=\"residential\"/></way>\n");
            }
            w.write("</osm>\n");
        }
        return file;
    }
}
