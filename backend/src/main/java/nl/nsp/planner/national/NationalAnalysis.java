package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.optimise.CancellationToken;
import nl.nsp.planner.optimise.ProgressListener;

/**
 * The national answer: for every safety region (or the ones asked for), how many NSPs each norm and target needs, with
 * a proven lower bound beside every count, free across borders and restricted to the own municipality, per urbanity
 * class, and the headline plan with its coördinatiepunten.
 *
 * <p>Regions are independent and run in parallel ({@link NationalOptions#threads()}); results do not depend on the
 * thread count. Demand: {@link RegionDemand#assemble}. Candidates: every candidate site of the data set (a region may
 * use sites across its border).
 */
public final class NationalAnalysis {
    private NationalAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param listener progress: phase {@code regions}, fraction of the demand points done, objective = regions done
     * @param cancel   stops the run; then {@link CancellationException} is thrown
     * @throws IllegalArgumentException on an unknown region or a missing demand layer
     */
    public static NationalResult run(Dataset data, NationalOptions options, ProgressListener listener,
            CancellationToken cancel) {
        long t0 = System.nanoTime();
        Map<String, RegionDemand> demand = RegionDemand.assemble(data, options.fineLayer(), options.baseLayer(),
                options.fineLayerMinShare(), options.regions());
        Map<String, Municipality> municipalities = RegionAnalysis.byCode(data.municipalities());
        Map<String, Integer> municipalityIndex = RegionAnalysis.municipalityIndex(data.municipalities());
        List<RegionDemand> work = new ArrayList<>(demand.values());
        work.sort(Comparator.comparingInt((RegionDemand d) -> d.points().size()).reversed()); // big ones first
        long totalPoints = Math.max(1, work.stream().mapToLong(d -> d.points().size()).sum());
        AtomicLong donePoints = new AtomicLong();
        AtomicLong doneRegions = new AtomicLong();
        listener.progress("regions", 0, 0, Double.NaN);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, work.size())), r -> {
            Thread t = new Thread(r, "national-region");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RegionResult>> futures = new ArrayList<>();
            for (RegionDemand d : work) {
                futures.add(pool.submit(() -> {
                    if (cancel.isCancelled()) {
                        throw new CancellationException("the national run was cancelled");
                    }
                    RegionResult r = new RegionAnalysis(d, data.candidates(), municipalities, municipalityIndex, options,
                            cancel).run(regionName(data, d.regionCode()), inhabitants(data, d.regionCode()),
                                    areaKm2(data, d.regionCode()), d.layerByMunicipality().size());
                    long done = donePoints.addAndGet(d.points().size());
                    listener.progress("regions", done / (double) totalPoints, doneRegions.incrementAndGet(), Double.NaN);
                    return r;
                }));
            }
            List<RegionResult> results = new ArrayList<>();
            for (Future<RegionResult> f : futures) {
                results.add(f.get());
            }
            if (cancel.isCancelled()) {
                throw new CancellationException("the national run was cancelled");
            }
            results.sort(Comparator.comparing(RegionResult::code));
            boolean all = results.size() == data.regions().size() || options.regions().isEmpty();
            return new NationalResult(options, results, all, data.inhabitantsTotal(), (System.nanoTime() - t0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String regionName(Dataset data, String code) {
        return data.region(code).map(SafetyRegion::name).orElse(code);
    }

    private static long inhabitants(Dataset data, String code) {
        return data.municipalities().stream().filter(m -> m.regionCode().equals(code)).mapToLong(Municipality::inhabitants)
                .sum();
    }

    private static double areaKm2(Dataset data, String code) {
        return data.municipalities().stream().filter(m -> m.regionCode().equals(code))
                .mapToDouble(m -> m.geometry().getArea()).sum() / 1e6;
    }
}
