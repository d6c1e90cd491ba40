package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import nl.nsp.planner.analysis.CoverageEvaluator;
import nl.nsp.planner.analysis.CoverageReport;
import nl.nsp.planner.analysis.EvaluationOptions;
import nl.nsp.planner.analysis.LinkResult;
import nl.nsp.planner.analysis.NspCpLinker;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.EuclideanDistance;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.reach.SiteTable;
import java.util.Map;
import java.util.stream.Collectors;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nsp bench-coverage} (hidden): times building the coverage index, one toggle and a full evaluation for
 * the Rijnmond 100 m grid and for a national demand proxy, with the TK2023 polling stations as sites.
 *
 * <p>Data: the data folder as {@code nsp import} reads it. National demand is the primary {@code pc4} layer (PC4
 * areas spread over CBS-aligned grid cells, located in municipalities), sites are all polling stations with
 * coordinates; Rijnmond is the CBS 100 m grid with the polling stations within its bounding box + 1 km.
 */
@Command(name = "bench-coverage", hidden = true, description = "Benchmark the coverage engine.")
final class BenchCoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "${env:NSP_DATA_DIR:-../shared/data/nl}", description = "Data folder.")
    Path dataDir;

    @Option(names = "--toggles", defaultValue = "2000", description = "Toggles timed per data set.")
    int toggles;

    @Option(names = "--evaluations", defaultValue = "5", description = "Full evaluations timed per data set.")
    int evaluations;

    private double lastCpuMs;
    private List<Municipality> municipalities = List.of();
    private Map<String, String> regionNames = Map.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long importStart = System.nanoTime();
        Dataset data = new DataDirectoryImporter().importDirectory(dataDir).dataset();
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        List<CandidateSite> stations = data.candidates();
        List<DemandPoint> rijnmond = data.demandLayer("cbs100").orElseThrow(
                () -> new IllegalArgumentException(dataDir + ": no CBS 100 m grid (cbs_vk100_*.csv) to benchmark")).points();
        double minX = rijnmond.stream().mapToDouble(DemandPoint::x).min().orElseThrow() - 1000;
        double maxX = rijnmond.stream().mapToDouble(DemandPoint::x).max().orElseThrow() + 1000;
        double minY = rijnmond.stream().mapToDouble(DemandPoint::y).min().orElseThrow() - 1000;
        double maxY = rijnmond.stream().mapToDouble(DemandPoint::y).max().orElseThrow() + 1000;
        List<CandidateSite> rijnmondSites = stations.stream()
                .filter(s -> minX <= s.x() && s.x() <= maxX && minY <= s.y() && s.y() <= maxY).toList();
        List<DemandPoint> national = data.primaryDemand().points();
        regionNames = data.regions().stream().collect(Collectors.toMap(SafetyRegion::code, SafetyRegion::name));
        municipalities = data.municipalities();
        out.printf(Locale.ROOT, "data read in %.1f s: national layer '%s' %d points, %d sites%n", importSeconds,
                data.primaryDemand().name(), national.size(), stations.size());

        out.println("coverage engine, euclidean, radius 1000 m / 65+ 500 m; times in ms; toggles over " + toggles
                + " random sites from all-open; eval = median of " + evaluations + " full evaluations (all open / every 5th open),"
                + " wall and thread CPU time;"
                + " live MB = heap in use after GC with the data set's state alive");
        out.printf(Locale.ROOT, "%-10s %9s %6s %10s %9s %8s %10s %10s %10s %11s %9s %9s %9s %9s %9s%n", "data set", "points", "sites",
                "pairs", "index MB", "build", "toggle p50", "toggle p99", "toggle max", "+delta p99", "eval all", "(cpu)",
                "eval 20%", "(cpu)", "live MB");
        run(out, "rijnmond", rijnmond, rijnmondSites);
        run(out, "national", national, stations);
        link(out, "rijnmond", rijnmondSites);
        link(out, "national", stations);
        ownSites(out, "rijnmond", rijnmond, rijnmondSites);
        ownSites(out, "national", national, stations);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "peak heap (sum of heap pool peaks, whole run): %.0f MB; max heap %.0f MB%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, String name, List<DemandPoint> points, List<CandidateSite> siteList) {
        Norms norms = Norms.defaults();
        DemandTable table = DemandTable.of(points, municipalities, regionNames);
        SiteTable sites = SiteTable.of(siteList);
        long t0 = System.nanoTime();
        CoverageIndex index = CoverageIndex.build(EuclideanDistance.between(table, sites, 1000), norms.maxRadiusMetres());
        CoverageState state = new CoverageState(index, table, norms);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        int[] all = IntStream.range(0, sites.size()).toArray();
        state.openAll(all);

        Random r = new Random(7);
        double[] ms = new double[toggles];
        for (int warm = 0; warm < Math.min(toggles, 500); warm++) {
            state.toggle(r.nextInt(sites.size()));
        }
        for (int t = 0; t < toggles; t++) {
            int s = r.nextInt(sites.size());
            long a = System.nanoTime();
            state.toggle(s);
            ms[t] = (System.nanoTime() - a) / 1e6;
        }
        Arrays.sort(ms);
        // the map's operation: toggle plus the summary of what changed
        double[] withDelta = new double[toggles];
        for (int t = 0; t < toggles; t++) {
            int s = r.nextInt(sites.size());
            long a = System.nanoTime();
            CoverageEvaluator.delta(state, sites, state.toggle(s));
            withDelta[t] = (System.nanoTime() - a) / 1e6;
        }
        Arrays.sort(withDelta);
        state.openAll(all);
        double evalAll = timeEvaluation(state, sites);
        double evalAllCpu = lastCpuMs;
        // a sparse plan: every fifth site open, so much demand is uncovered (clusters, nearest beyond the cutoff)
        for (int s = 0; s < sites.size(); s++) {
            if (s % 5 != 0) {
                state.close(s);
            }
        }
        double evalSparse = timeEvaluation(state, sites);
        double evalSparseCpu = lastCpuMs;
        System.gc();
        double liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
        out.printf(Locale.ROOT, "%-10s %9d %6d %10d %9.1f %8.0f %10.3f %10.3f %10.3f %11.3f %9.0f %9.0f %9.0f %9.0f %9.0f%n",
                name, table.size(), sites.size(), index.pairCount(), index.bytes() / 1e6, buildMs, ms[ms.length / 2], p99(ms),
                ms[ms.length - 1], p99(withDelta), evalAll, evalAllCpu, evalSparse, evalSparseCpu, liveMb);
    }

    /**
     * A plan's own sites on top of the cached index (what a coverage session with {@code ownSites} costs):
     * {@code CoverageIndex.withExtraSites} for 1, 10 and 100 sites at random demand points (seed 11), median of 5,
     * against building the whole index again.
     */
    private void ownSites(PrintWriter out, String name, List<DemandPoint> points, List<CandidateSite> siteList) {
        DemandTable table = DemandTable.of(points, municipalities, regionNames);
        EuclideanDistance model = EuclideanDistance.between(table, SiteTable.of(siteList), 1000);
        long t0 = System.nanoTime();
        CoverageIndex index = CoverageIndex.build(model, 1000);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        Random r = new Random(11);
        StringBuilder line = new StringBuilder();
        for (int k : new int[] {1, 10, 100}) {
            double[] x = new double[k];
            double[] y = new double[k];
            for (int j = 0; j < k; j++) {
                int d = r.nextInt(table.size());
                x[j] = table.x(d) + 50;
                y[j] = table.y(d) - 50;
            }
            double[] ms = new double[5];
            for (int rep = 0; rep < ms.length; rep++) {
                long a = System.nanoTime();
                index.withExtraSites(model.withSites(x, y));
                ms[rep] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(ms);
            line.append(String.format(Locale.ROOT, ", +%d %.1f ms", k, ms[2]));
        }
        out.printf(Locale.ROOT, "own sites %-9s on the cached index (%d pairs): rebuild %.0f ms%s%n", name, index.pairCount(), buildMs,
                line);
    }

    /** NSP-CP links: every 10th station is a CP, all stations are NSPs; 5 km, at most 20 NSPs per CP. */
    private static void link(PrintWriter out, String name, List<CandidateSite> siteList) {
        SiteTable all = SiteTable.of(siteList);
        List<CandidateSite> cpList = new ArrayList<>();
        for (int s = 0; s < siteList.size(); s += 10) {
            cpList.add(siteList.get(s));
        }
        SiteTable cps = SiteTable.of(cpList);
        int[] nsps = IntStream.range(0, all.size()).toArray();
        double[] ms = new double[3];
        LinkResult last = null;
        for (int k = 0; k < ms.length; k++) {
            long a = System.nanoTime();
            last = NspCpLinker.link(all, nsps, cps, java.util.Map.of(), 5000, 20);
            ms[k] = (System.nanoTime() - a) / 1e6;
        }
        out.printf(Locale.ROOT, "links %-9s %5d NSPs -> %4d CPs (5 km, max 20): %d linked, %d unlinked; first call %.0f ms"
                + " (incl. OR-Tools native load once per JVM), then %.0f / %.0f ms%n", name, nsps.length, cps.size(),
                last.links().size(), last.unlinkedNspIds().size(), ms[0], ms[1], ms[2]);
    }

    private static double p99(double[] sorted) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
    }

    /** Median wall time of full evaluations, in ms; the median thread CPU time goes to {@link #lastCpuMs}. */
    private double timeEvaluation(CoverageState state, SiteTable sites) {
        double[] ms = new double[Math.max(1, evaluations)];
        double[] cpu = new double[ms.length];
        var threads = ManagementFactory.getThreadMXBean();
        CoverageReport last = null;
        for (int k = 0; k < ms.length; k++) {
            long c = threads.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            last = CoverageEvaluator.evaluate(state, sites, EvaluationOptions.euclidean());
            ms[k] = (System.nanoTime() - a) / 1e6;
            cpu[k] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(cpu);
        lastCpuMs = cpu[cpu.length / 2];
        if (last.openSites() != state.openCount()) {
            throw new IllegalStateException("evaluation saw " + last.openSites() + " open sites");
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
