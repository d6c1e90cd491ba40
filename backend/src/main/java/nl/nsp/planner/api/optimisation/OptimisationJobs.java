package nl.nsp.planner.api.optimisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.nsp.planner.account.AccessRules;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.analysis.AreaSelection;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.JobStateException;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.job.BackgroundJob;
import nl.nsp.planner.api.job.JobQueue;
import nl.nsp.planner.api.plan.OwnSites;
import nl.nsp.planner.api.plan.RequestLimits;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.optimise.CancellationToken;
import nl.nsp.planner.optimise.Model;
import nl.nsp.planner.optimise.OptimisationProblem;
import nl.nsp.planner.optimise.Optimiser;
import nl.nsp.planner.optimise.ProblemBuilder;
import nl.nsp.planner.optimise.ProgressListener;
import nl.nsp.planner.optimise.ReductionStats;
import nl.nsp.planner.optimise.SideConstraints;
import nl.nsp.planner.optimise.Solution;
import nl.nsp.planner.optimise.SolverOptions;
import nl.nsp.planner.optimise.TradeOffCurve;
import nl.nsp.planner.reach.CoverageIndex;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Registry of optimisation jobs: validates a request against the loaded data set, queues it on a bounded executor
 * (one worker thread, a bounded queue; a full queue is refused), tracks progress, cancels on request and keeps the
 * last finished jobs for their results. The executor is shut down with the application context.
 */
@Component
class OptimisationJobs implements DisposableBean {
    static final double DEFAULT_RADIUS_METRES = 1000;
    static final double DEFAULT_TIME_LIMIT_SECONDS = 30;
    static final double MAX_TIME_LIMIT_SECONDS = 600;

    static final int MAX_CURVE_P = 1000;
    static final int DEFAULT_CURVE_P = 250;

    private final ObjectProvider<DatasetSource> source;
    private final OwnSites ownSites;
    private final JobQueue<Job> jobs;
    /** Extra progress listener called on the worker thread before the job's own bookkeeping (tests use it to hold a run). */
    private volatile ProgressListener progressHook = ProgressListener.NONE;

    OptimisationJobs(ObjectProvider<DatasetSource> source, OwnSites ownSites,
            @Value("${nsp.optimisation.queue-size:8}") int queueSize,
            @Value("${nsp.optimisation.keep-finished:50}") int keepFinished) {
        if (queueSize < 1 || keepFinished < 1) {
            throw new IllegalArgumentException("nsp.optimisation.queue-size and keep-finished must be >= 1");
        }
        this.source = source;
        this.ownSites = ownSites;
        this.jobs = new JobQueue<>("optimisation job", "optimisation-worker", queueSize, keepFinished);
    }

    void progressHook(ProgressListener hook) {
        this.progressHook = hook;
    }

    /** Everything a job needs, resolved and validated at submission. */
    private record Plan(String region, String demandLayer, Model model, int p, double radiusMetres, double target,
            double capacity, double timeLimitSeconds, boolean exact, List<DemandPoint> demand, List<CandidateSite> sites,
            int[] fixed, int[] excluded, boolean curve, int maxP) {
    }

    /** A finished run: the solution, and for a curve job its points (else null). */
    private record Outcome(Solution solution, List<TradeOffCurve.Point> curve) {
    }

    private static final class Job extends BackgroundJob {
        final Plan plan;
        final OptimisationJobs owner;
        volatile double bestObjective = Double.NaN;
        volatile double bound = Double.NaN;
        volatile OptimisationResultResponse result;

        Job(String id, String startedBy, Plan plan, OptimisationJobs owner) {
            super(id, startedBy);
            this.plan = plan;
            this.owner = owner;
        }

        @Override
        protected Runnable compute() {
            Outcome o = owner.solve(this);
            OptimisationResultResponse r = owner.result(plan, o);
            return () -> {
                result = r;
                bestObjective = o.solution().objective();
                bound = o.solution().bound();
            };
        }

        JobStatusResponse view() {
            return new JobStatusResponse(id(), status, phase, progress, finite(bestObjective), finite(bound), elapsedSeconds(),
                    error);
        }
    }

    /**
     * Validates the request and queues a job.
     *
     * @throws BadRequestException, InputException on invalid fields (400); NotPermittedException when the caller may not
     *                              optimise the region (403); NotFoundException for an unknown region (404);
     *                              JobStateException when the queue is full (429) or no data set is loaded (503)
     */
    JobCreatedResponse submit(OptimisationRequest r, Caller caller) {
        if (r != null && r.region() != null && !r.region().isBlank()) {
            AccessRules.requireOptimise(caller, r.region().strip().toUpperCase(Locale.ROOT));
        }
        Plan plan = plan(r);
        String id = UUID.randomUUID().toString();
        jobs.submit(new Job(id, caller.name(), plan, this));
        return new JobCreatedResponse(id, "queued");
    }

    JobStatusResponse status(String id, Caller caller) {
        return jobs.find(id, caller).view();
    }

    OptimisationResultResponse result(String id, Caller caller) {
        Job job = jobs.find(id, caller);
        OptimisationResultResponse res = job.result;
        if (res == null) {
            throw job.noResult("job", "/api/optimisations/" + id, "result");
        }
        return res;
    }

    /** Cancels a queued or running job; a queued one is removed from the queue at once. */
    JobStatusResponse cancel(String id, Caller caller) {
        return jobs.cancel(id, caller).view();
    }

    @Override
    public void destroy() throws InterruptedException {
        jobs.shutdown();
    }

    private Outcome solve(Job job) {
        Plan plan = job.plan;
        int n = plan.demand().size();
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            DemandPoint d = plan.demand().get(i);
            dx[i] = d.x();
            dy[i] = d.y();
            w[i] = d.inhabitants();
        }
        int m = plan.sites().size();
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int s = 0; s < m; s++) {
            sx[s] = plan.sites().get(s).x();
            sy[s] = plan.sites().get(s).y();
        }
        job.phase("index");
        CoverageIndex index = ProblemBuilder.euclideanIndex(dx, dy, sx, sy,
                ProblemBuilder.cutoffMetres(plan.model(), plan.radiusMetres()));
        OptimisationProblem problem = new OptimisationProblem(index, w,
                SideConstraints.none(m).withFixedAndExcluded(plan.fixed(), plan.excluded()));
        ProgressListener listener = (phase, fraction, objective, bound) -> {
            progressHook.progress(phase, fraction, objective, bound);
            job.progress(phase, fraction);
            if (!Double.isNaN(objective)) {
                job.bestObjective = objective;
            }
            if (!Double.isNaN(bound)) {
                job.bound = bound;
            }
        };
        if (plan.curve()) {
            return curve(plan, problem, listener, job.cancellation());
        }
        SolverOptions options = SolverOptions.of(plan.model(), plan.model() == Model.LSCP ? Math.max(plan.p(), 0) : plan.p())
                .withTarget(plan.target()).withCapacity(plan.capacity()).withTimeLimit(plan.timeLimitSeconds())
                .withExact(plan.exact()).withListener(listener).withCancel(job.cancellation());
        return new Outcome(Optimiser.solve(problem, options), null);
    }

    /** The MCLP trade-off curve; its last point stands in for the solution (objective, bound, selection). */
    private static Outcome curve(Plan plan, OptimisationProblem problem, ProgressListener listener, CancellationToken cancel) {
        long t0 = System.nanoTime();
        SolverOptions options = SolverOptions.of(Model.MCLP, 1).withTimeLimit(plan.timeLimitSeconds()).withListener(listener)
                .withCancel(cancel);
        int n = problem.weight().length;
        int[] noGroup = new int[n];
        java.util.Arrays.fill(noGroup, -1);
        List<TradeOffCurve.Point> points = TradeOffCurve.compute(problem, noGroup, 0, plan.maxP(), options);
        double total = problem.totalWeight();
        int m = plan.sites().size();
        ReductionStats none = new ReductionStats(n, n, 0, m, m, plan.excluded().length, 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (points.isEmpty()) {
            return new Outcome(new Solution(Model.MCLP, 0, Double.NaN, Double.NaN, new int[0], 0, total, 0, "heuristic",
                    "time-limit", seconds, none), points);
        }
        TradeOffCurve.Point last = points.get(points.size() - 1);
        boolean complete = last.p() >= Math.min(plan.maxP(), m - plan.excluded().length) || last.coveredWeight() >= last.bound();
        return new Outcome(new Solution(Model.MCLP, last.coveredWeight(), last.bound(),
                Solution.gap(last.coveredWeight(), last.bound()), last.selected(), last.coveredWeight(), total,
                last.selected().length, "heuristic", complete ? "feasible" : "time-limit", seconds, none), points);
    }

    private OptimisationResultResponse result(Plan plan, Outcome o) {
        Solution s = o.solution();
        List<String> ids = new ArrayList<>();
        List<OptimisationResultResponse.SelectedSite> sites = new ArrayList<>();
        for (int i : s.selected()) {
            CandidateSite c = plan.sites().get(i);
            ids.add(c.id());
            LatLon ll = RdProjection.toWgs84(new RdPoint(c.x(), c.y()));
            sites.add(new OptimisationResultResponse.SelectedSite(c.id(), c.name(), c.x(), c.y(), ll.lon(), ll.lat()));
        }
        List<OptimisationResultResponse.CurvePoint> curve = null;
        if (o.curve() != null) {
            double total = s.totalWeight();
            curve = new ArrayList<>();
            for (TradeOffCurve.Point pt : o.curve()) {
                curve.add(new OptimisationResultResponse.CurvePoint(pt.p(), pt.coveredWeight(),
                        total > 0 ? pt.coveredWeight() / total : 0, pt.bound(), total > 0 ? pt.bound() / total : 0));
            }
        }
        return new OptimisationResultResponse(s.model().key(), s.objective(), finite(s.bound()), finite(s.gap()), ids, sites,
                s.coveredWeight(), s.totalWeight(), s.coveredShare(), s.seconds(), s.method(), s.status(), plan.region(),
                plan.demandLayer(), plan.radiusMetres(), curve);
    }

    private Plan plan(OptimisationRequest r) {
        if (r == null) {
            throw new BadRequestException("body", "a JSON body with at least region and model is required");
        }
        if (r.region() == null || r.region().isBlank()) {
            throw new BadRequestException("region", "required, a safety region code VR01..VR25");
        }
        if (r.model() == null || r.model().isBlank()) {
            throw new BadRequestException("model", "required: mclp, lscp, pmedian or cmclp");
        }
        Model model;
        try {
            model = Model.parse(r.model());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("model", e.getMessage());
        }
        double radius = r.radiusMetres() == null ? DEFAULT_RADIUS_METRES : r.radiusMetres();
        if (!(radius > 0 && radius <= RequestLimits.MAX_RADIUS_METRES)) {
            throw new BadRequestException("radiusMetres", "must be > 0 and at most " + (long) RequestLimits.MAX_RADIUS_METRES
                    + " metres, got " + r.radiusMetres());
        }
        boolean curve = Boolean.TRUE.equals(r.curve());
        if (curve && model != Model.MCLP) {
            throw new BadRequestException("curve", "the trade-off curve is computed for model mclp, not " + model.key());
        }
        if (!curve && r.maxP() != null) {
            throw new BadRequestException("maxP", "only with \"curve\": true");
        }
        double target = r.target() == null ? Double.NaN : r.target();
        if (r.target() != null && !(0 < target && target <= 1)) {
            throw new BadRequestException("target", "must be a share in (0, 1], got " + r.target());
        }
        double capacity = r.capacity() == null ? SolverOptions.DEFAULT_CAPACITY : r.capacity();
        if (!(capacity > 0 && capacity < Double.POSITIVE_INFINITY)) {
            throw new BadRequestException("capacity", "must be > 0 inhabitants, got " + r.capacity());
        }
        double limit = r.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT_SECONDS : r.timeLimitSeconds();
        if (!(0 < limit && limit <= MAX_TIME_LIMIT_SECONDS)) {
            throw new BadRequestException("timeLimitSeconds", "must be in (0, " + (int) MAX_TIME_LIMIT_SECONDS
                    + "] seconds, got " + r.timeLimitSeconds());
        }
        if (model != Model.LSCP && r.p() == null && !curve) {
            throw new BadRequestException("p", "required for " + model.key());
        }

        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            throw new JobStateException(HttpStatus.SERVICE_UNAVAILABLE, "dataset", "no data set is loaded");
        }
        Dataset dataset = src.dataset();
        String region = r.region().trim().toUpperCase(Locale.ROOT);
        Set<String> members = new HashSet<>();
        dataset.region(region).ifPresent(reg -> members.addAll(reg.municipalityCodes()));
        for (Municipality mun : dataset.municipalities()) {
            if (mun.regionCode().equals(region)) {
                members.add(mun.code());
            }
        }
        if (members.isEmpty() && dataset.region(region).isEmpty()) {
            throw new NotFoundException("region", "unknown safety region \"" + region + "\"");
        }
        DemandLayer layer = r.demandLayer() == null ? dataset.primaryDemand()
                : dataset.demandLayer(r.demandLayer()).orElseThrow(() -> new BadRequestException("demandLayer",
                        "unknown demand layer \"" + r.demandLayer() + "\"; the data set has "
                                + dataset.demandLayers().stream().map(DemandLayer::name).toList()));
        List<DemandPoint> demand = AreaSelection.demandIn(dataset, layer, java.util.Optional.of(region));
        List<CandidateSite> sites = new ArrayList<>(dataset.candidates().stream()
                .filter(c -> members.contains(c.municipalityCode())).toList());
        sites.addAll(ownSites.resolve(dataset, r.ownSites(), "ownSites"));
        if (sites.isEmpty()) {
            throw new BadRequestException("region", "region " + region + " has no candidate sites");
        }
        int maxP = 0;
        if (curve) {
            int curveLimit = Math.min(MAX_CURVE_P, sites.size());
            maxP = r.maxP() == null ? Math.min(DEFAULT_CURVE_P, sites.size()) : r.maxP();
            if (!(1 <= maxP && maxP <= curveLimit)) {
                throw new BadRequestException("maxP", "must be in 1.." + curveLimit + " (at most " + MAX_CURVE_P
                        + " and the candidate sites of " + region + "), got " + r.maxP());
            }
            if (r.p() != null) {
                throw new BadRequestException("p", "a curve runs p = 1..maxP; give maxP, not p");
            }
        } else if (model != Model.LSCP && !(1 <= r.p() && r.p() <= sites.size())) {
            throw new BadRequestException("p", "must be in 1.." + sites.size() + " (the candidate sites of " + region
                    + "), got " + r.p());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < sites.size(); s++) {
            index.put(sites.get(s).id(), s);
        }
        List<InputError> errors = new ArrayList<>();
        int[] fixed = siteIndices(r.fixedSiteIds(), "fixedSiteIds", index, region, errors);
        int[] excluded = siteIndices(r.excludedSiteIds(), "excludedSiteIds", index, region, errors);
        if (!errors.isEmpty()) {
            throw new InputException(errors.subList(0, Math.min(100, errors.size())));
        }
        Set<Integer> fixedSet = new HashSet<>();
        for (int f : fixed) {
            fixedSet.add(f);
        }
        for (int e : excluded) {
            if (fixedSet.contains(e)) {
                throw new BadRequestException("excludedSiteIds", "site \"" + sites.get(e).id() + "\" is both fixed and excluded");
            }
        }
        if (curve && fixedSet.size() > maxP) {
            throw new BadRequestException("fixedSiteIds", fixedSet.size() + " distinct fixed sites but maxP = " + maxP);
        }
        if (!curve && model != Model.LSCP && fixedSet.size() > r.p()) {
            throw new BadRequestException("fixedSiteIds", fixedSet.size() + " distinct fixed sites but p = " + r.p());
        }
        if (!curve && model != Model.LSCP && sites.size() - excluded.length < r.p()) {
            throw new BadRequestException("p", "p = " + r.p() + " but only " + (sites.size() - excluded.length)
                    + " candidate sites remain after the exclusions");
        }
        if (curve && Boolean.TRUE.equals(r.exact())) {
            throw new BadRequestException("exact", "the trade-off curve is computed with the heuristic only");
        }
        return new Plan(region, layer.name(), model, r.p() == null ? 0 : r.p(), radius, target, capacity, limit,
                Boolean.TRUE.equals(r.exact()), demand, List.copyOf(sites), fixed, excluded, curve, maxP);
    }

    private static int[] siteIndices(List<String> ids, String field, Map<String, Integer> index, String region,
            List<InputError> errors) {
        if (ids == null) {
            return new int[0];
        }
        if (ids.size() > RequestLimits.MAX_SITE_IDS) {
            errors.add(new InputError("request", 0, field, ids.size() + " site ids; at most " + RequestLimits.MAX_SITE_IDS));
            return new int[0];
        }
        Set<Integer> out = new java.util.LinkedHashSet<>();
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            Integer s = id == null ? null : index.get(id);
            if (s == null) {
                errors.add(new InputError("request", 0, field + "[" + k + "]",
                        "unknown site id \"" + id + "\" (not a candidate site in " + region + " nor an own site of the request)"));
            } else {
                out.add(s);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
