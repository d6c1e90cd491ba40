package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.optimise.CancellationToken;
import nl.nsp.planner.optimise.CoordinationPoints;
import nl.nsp.planner.optimise.Model;
import nl.nsp.planner.optimise.OptimisationProblem;
import nl.nsp.planner.optimise.ProblemBuilder;
import nl.nsp.planner.optimise.SideConstraints;
import nl.nsp.planner.optimise.SolverOptions;
import nl.nsp.planner.optimise.TargetCounts;
import nl.nsp.planner.reach.CoverageIndex;

/**
 * One region of the national run. The coverage index is built once at the largest radius over the region's demand and
 * every candidate site near it; the smaller radii, the own-municipality variant and the urbanity parts are
 * restrictions of that index ({@link CoverageIndex#restrict}), and each (norm, variant, part) is one
 * {@link TargetCounts} solve that answers all targets at once.
 */
final class RegionAnalysis {
    private final RegionDemand demand;
    private final Map<String, Municipality> municipalities;
    private final NationalOptions options;
    private final CancellationToken cancel;
    private final int n;
    private final double[] weight;
    private final double[] weight65;
    private final int[] demandMunicipality;
    private final int[] urbanity;
    private final List<CandidateSite> sites;
    private final int[] siteMunicipality;

    /**
     * @param allSites every candidate site of the data set
     * @param municipalityIndex a dense number per municipality code, shared by sites and demand
     */
    RegionAnalysis(RegionDemand demand, List<CandidateSite> allSites, Map<String, Municipality> municipalities,
            Map<String, Integer> municipalityIndex, NationalOptions options, CancellationToken cancel) {
        this.demand = demand;
        this.municipalities = municipalities;
        this.options = options;
        this.cancel = cancel;
        List<DemandPoint> pts = demand.points();
        n = pts.size();
        weight = new double[n];
        weight65 = demand.weight65();
        demandMunicipality = new int[n];
        urbanity = new int[n];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            DemandPoint p = pts.get(i);
            weight[i] = p.inhabitants();
            demandMunicipality[i] = municipalityIndex.getOrDefault(p.municipalityCode(), -1);
            Municipality m = municipalities.get(p.municipalityCode());
            urbanity[i] = m == null ? 0 : m.urbanityClass();
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double r = options.maxRadiusMetres();
        List<CandidateSite> near = new ArrayList<>();
        for (CandidateSite s : allSites) {
            if (minX - r <= s.x() && s.x() <= maxX + r && minY - r <= s.y() && s.y() <= maxY + r) {
                near.add(s);
            }
        }
        sites = near;
        siteMunicipality = new int[near.size()];
        for (int s = 0; s < near.size(); s++) {
            // -2 never equals a demand point's index, so a site of unknown municipality serves nobody's own municipality
            siteMunicipality[s] = municipalityIndex.getOrDefault(near.get(s).municipalityCode(), -2);
        }
    }

    RegionResult run(String name, long inhabitants, double areaKm2, int municipalityCount) {
        long t0 = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = demand.points().get(i).x();
            dy[i] = demand.points().get(i).y();
        }
        double[] sx = sites.stream().mapToDouble(CandidateSite::x).toArray();
        double[] sy = sites.stream().mapToDouble(CandidateSite::y).toArray();
        CoverageIndex base = ProblemBuilder.euclideanIndex(dx, dy, sx, sy, options.maxRadiusMetres());
        boolean[] used = new boolean[sites.size()];
        for (int s = 0; s < sites.size(); s++) {
            used[s] = base.siteEnd(s) > base.siteStart(s);
        }
        int considered = 0;
        for (boolean u : used) {
            considered += u ? 1 : 0;
        }
        TreeSet<Integer> classes = new TreeSet<>();
        for (int c : urbanity) {
            classes.add(c);
        }
        List<NormResult> free = new ArrayList<>();
        List<NormResult> own = new ArrayList<>();
        Map<Integer, List<NormResult>> byClass = new TreeMap<>();
        int[] headline = new int[0];
        for (Norm norm : options.norms()) {
            CoverageIndex idx = norm.radiusMetres() == base.cutoffMetres() ? base
                    : base.restrict(norm.radiusMetres(), (s, d) -> true);
            double[] w = norm.elderly() ? weight65 : weight;
            Solved f = solve(norm, idx, w);
            free.add(f.result());
            if (norm.equals(options.headline())) {
                headline = f.selected(options.headlineTarget());
            }
            if (options.cooperation()) {
                // the same inhabitants to cover as with free sites; "everyone" = everyone reachable inside their municipality
                double[] same = new double[options.targetShares().size()];
                for (int t = 0; t < same.length; t++) {
                    same[t] = options.targetShares().get(t) >= 1 ? Double.NaN : f.result().counts().get(t).targetWeight();
                }
                own.add(solve(norm, idx.restrict(norm.radiusMetres(),
                        (s, d) -> siteMunicipality[s] == demandMunicipality[d]), w, same).result());
            }
            if (options.urbanity() && classes.size() == 1) {
                // the region's only class: its part is the whole region, the same problem as the free one
                byClass.computeIfAbsent(classes.first(), k -> new ArrayList<>()).add(f.result());
            } else if (options.urbanity()) {
                for (int c : classes) {
                    double[] wc = new double[n];
                    for (int i = 0; i < n; i++) {
                        wc[i] = urbanity[i] == c ? w[i] : 0;
                    }
                    byClass.computeIfAbsent(c, k -> new ArrayList<>())
                            .add(solve(norm, idx.restrict(norm.radiusMetres(), (s, d) -> urbanity[d] == c), wc).result());
                }
            }
        }
        List<CandidateSite> plan = new ArrayList<>();
        for (int s : headline) {
            plan.add(sites.get(s));
        }
        CpPlan cps = cps(plan);
        LayerCheck check = demand.baseCheck().isEmpty() ? null : layerCheck(sx, sy);
        Map<Integer, Long> classInhabitants = new TreeMap<>();
        for (Municipality m : municipalities.values()) {
            if (m.regionCode().equals(demand.regionCode())) {
                classInhabitants.merge(m.urbanityClass(), m.inhabitants(), Long::sum);
            }
        }
        int inRegion = 0;
        for (CandidateSite s : sites) {
            Municipality m = municipalities.get(s.municipalityCode());
            inRegion += m != null && m.regionCode().equals(demand.regionCode()) ? 1 : 0;
        }
        return new RegionResult(demand.regionCode(), name, inhabitants, areaKm2, municipalityCount, demand, inRegion,
                considered, free, own, byClass, classInhabitants, plan, cps, check, (System.nanoTime() - t0) / 1e9,
                cpu0 < 0 ? Double.NaN : (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    /** The weight each target asks for: a share of the reachable (or of all) weight; 1.0 = all reachable. */
    private double[] targetWeights(CoverageIndex idx, double[] w, double[] absolute) {
        double total = 0;
        double reachable = 0;
        for (int d = 0; d < idx.demandCount(); d++) {
            total += w[d];
            if (idx.demandEnd(d) > idx.demandStart(d)) {
                reachable += w[d];
            }
        }
        List<Double> shares = options.targetShares();
        double[] targets = new double[shares.size()];
        for (int t = 0; t < targets.length; t++) {
            double sh = shares.get(t);
            targets[t] = absolute != null && !Double.isNaN(absolute[t]) ? absolute[t] : sh >= 1 ? reachable
                    : options.targetBasis() == NationalOptions.TargetBasis.REACHABLE ? sh * reachable : sh * total;
        }
        return targets;
    }

    /** Both layers for the municipalities that use the fine one, free across borders, at the headline norm. */
    private LayerCheck layerCheck(double[] sx, double[] sy) {
        java.util.Set<String> fineMunicipalities = new java.util.HashSet<>();
        String fineName = null;
        for (Map.Entry<String, String> e : demand.layerByMunicipality().entrySet()) {
            if (e.getValue().equals(options.fineLayer())) {
                fineMunicipalities.add(e.getKey());
                fineName = e.getValue();
            }
        }
        List<DemandPoint> finePoints = new ArrayList<>();
        List<Double> fine65 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fineMunicipalities.contains(demand.points().get(i).municipalityCode())) {
                finePoints.add(demand.points().get(i));
                fine65.add(weight65[i]);
            }
        }
        List<DemandPoint> basePoints = demand.baseCheck();
        double[] base65 = new double[basePoints.size()];
        for (int i = 0; i < base65.length; i++) {
            DemandPoint p = basePoints.get(i);
            base65[i] = p.inhabitants65PlusKnown() ? p.inhabitants65Plus() : 0;
        }
        return new LayerCheck(fineName, options.baseLayer(), fineMunicipalities.size(),
                solveHeadline(finePoints, fine65.stream().mapToDouble(Double::doubleValue).toArray(), sx, sy),
                solveHeadline(basePoints, base65, sx, sy));
    }

    private List<NormResult> solveHeadline(List<DemandPoint> points, double[] w65, double[] sx, double[] sy) {
        double[] x = points.stream().mapToDouble(DemandPoint::x).toArray();
        double[] y = points.stream().mapToDouble(DemandPoint::y).toArray();
        double[] w = points.stream().mapToDouble(DemandPoint::inhabitants).toArray();
        Norm norm = options.headline();
        CoverageIndex idx = ProblemBuilder.euclideanIndex(x, y, sx, sy, norm.radiusMetres());
        return List.of(solve(norm, idx, norm.elderly() ? w65 : w).result());
    }

    private record Solved(NormResult result, TargetCounts.Result raw, double[] shares) {
        int[] selected(double share) {
            for (int t = 0; t < shares.length; t++) {
                if (shares[t] == share) {
                    return raw.counts().get(t).selected();
                }
            }
            return new int[0];
        }
    }

    private Solved solve(Norm norm, CoverageIndex idx, double[] w) {
        return solve(norm, idx, w, null);
    }

    /** Solves all targets; {@code absolute[t]}, when given and not NaN, replaces target t's weight. */
    private Solved solve(Norm norm, CoverageIndex idx, double[] w, double[] absolute) {
        double[] targets = targetWeights(idx, w, absolute);
        List<Double> shares = options.targetShares();
        double[] sh = new double[shares.size()];
        for (int t = 0; t < sh.length; t++) {
            sh[t] = shares.get(t);
        }
        OptimisationProblem problem = new OptimisationProblem(idx, w, SideConstraints.none(idx.siteCount()));
        TargetCounts.Result r = TargetCounts.solve(problem, targets, SolverOptions.of(Model.LSCP, 0).withCancel(cancel));
        List<TargetCount> counts = new ArrayList<>();
        for (int t = 0; t < targets.length; t++) {
            TargetCounts.Count c = r.counts().get(t);
            counts.add(new TargetCount(sh[t], targets[t], c.reachable() && c.sites() >= 0, c.reachable() ? c.sites() : -1,
                    c.reachable() && c.sites() >= 0 ? c.lowerBound() : -1, c.coveredWeight()));
        }
        return new Solved(new NormResult(norm, r.totalWeight(), r.reachableWeight(), counts, r.curve(), r.upper(),
                r.status(), r.seconds()), r, sh);
    }

    /** True when a planned site is unavailable or some inhabitant lives in the outage area. */
    boolean touchedBy(OutageScenario.Tester tester, List<CandidateSite> plan) {
        for (CandidateSite s : plan) {
            if (tester.unavailable(s)) {
                return true;
            }
        }
        for (DemandPoint p : demand.points()) {
            if (tester.inArea(p.x(), p.y(), p.municipalityCode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline plan under an outage: who loses their NSP, and the fewest NSPs (keeping the remaining ones) that
     * reach the plan's target again with the sites still available.
     */
    OutageResult.RegionOutage outage(String name, List<CandidateSite> plan, OutageScenario.Tester tester) {
        Norm norm = options.headline();
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = demand.points().get(i).x();
            dy[i] = demand.points().get(i).y();
        }
        double[] sx = sites.stream().mapToDouble(CandidateSite::x).toArray();
        double[] sy = sites.stream().mapToDouble(CandidateSite::y).toArray();
        CoverageIndex idx = ProblemBuilder.euclideanIndex(dx, dy, sx, sy, norm.radiusMetres());
        double[] w = norm.elderly() ? weight65 : weight;
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < sites.size(); s++) {
            index.put(sites.get(s).id(), s);
        }
        boolean[] unavailable = new boolean[sites.size()];
        for (int s = 0; s < sites.size(); s++) {
            unavailable[s] = tester.unavailable(sites.get(s));
        }
        boolean[] planned = new boolean[sites.size()];
        List<String> failed = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (CandidateSite c : plan) {
            int s = index.get(c.id());
            planned[s] = true;
            if (unavailable[s]) {
                failed.add(c.id());
            } else {
                kept.add(s);
            }
        }
        boolean[] keptMask = new boolean[sites.size()];
        for (int s : kept) {
            keptMask[s] = true;
        }
        double areaInh = 0;
        double areaBefore = 0;
        double areaAfter = 0;
        double lost = 0;
        double lost65 = 0;
        double before = 0;
        double after = 0;
        for (int d = 0; d < n; d++) {
            boolean b = false;
            boolean a = false;
            for (int k = idx.demandStart(d); k < idx.demandEnd(d); k++) {
                int s = idx.demandSite(k);
                b |= planned[s];
                a |= keptMask[s];
            }
            DemandPoint p = demand.points().get(d);
            boolean inArea = tester.inArea(p.x(), p.y(), p.municipalityCode());
            if (inArea) {
                areaInh += w[d];
                areaBefore += b ? w[d] : 0;
                areaAfter += a ? w[d] : 0;
            }
            before += b ? w[d] : 0;
            after += a ? w[d] : 0;
            if (b && !a) {
                lost += w[d];
                lost65 += weight65[d];
            }
        }
        // the headline target, as the national run computed it
        double target = targetWeights(idx, w, null)[options.targetShares().indexOf(options.headlineTarget())];
        List<Integer> excluded = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            if (unavailable[s]) {
                excluded.add(s);
            }
        }
        SideConstraints c = SideConstraints.none(sites.size()).withFixedAndExcluded(
                kept.stream().mapToInt(Integer::intValue).toArray(), excluded.stream().mapToInt(Integer::intValue).toArray());
        double reachableAfter = 0;
        for (int d = 0; d < n; d++) {
            for (int k = idx.demandStart(d); k < idx.demandEnd(d); k++) {
                if (!unavailable[idx.demandSite(k)]) {
                    reachableAfter += w[d];
                    break;
                }
            }
        }
        boolean reachable = target <= reachableAfter * (1 + 1e-12) + 1e-9;
        double repairTarget = reachable ? target : reachableAfter;
        TargetCounts.Result r = TargetCounts.solve(new OptimisationProblem(idx, w, c), new double[] {repairTarget},
                SolverOptions.of(Model.LSCP, 0).withCancel(cancel));
        TargetCounts.Count rc = r.counts().get(0);
        List<String> added = new ArrayList<>();
        for (int s : rc.selected()) {
            if (!keptMask[s]) {
                added.add(sites.get(s).id());
            }
        }
        return new OutageResult.RegionOutage(demand.regionCode(), name, plan.size(), failed, areaInh, areaBefore, areaAfter,
                lost, lost65, before, after, target, reachable, repairTarget, rc.sites(), rc.lowerBound(), added,
                rc.coveredWeight());
    }

    /** CPs for the plan: the fewest of its in-region NSPs such that every NSP of the plan links to one. */
    private CpPlan cps(List<CandidateSite> plan) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Municipality m = municipalities.get(plan.get(i).municipalityCode());
            if (m != null && m.regionCode().equals(demand.regionCode())) {
                candidates.add(i);
            }
        }
        if (plan.isEmpty()) {
            return new CpPlan(List.of(), 0, true, 0);
        }
        boolean[][] inRange = new boolean[plan.size()][candidates.size()];
        double range = options.linkRangeMetres();
        for (int i = 0; i < plan.size(); i++) {
            for (int c = 0; c < candidates.size(); c++) {
                CandidateSite a = plan.get(i);
                CandidateSite b = plan.get(candidates.get(c));
                inRange[i][c] = Math.hypot(a.x() - b.x(), a.y() - b.y()) <= range;
            }
        }
        CoordinationPoints.Plan p = CoordinationPoints.solve(inRange, options.maxNspPerCp(), false);
        List<String> ids = new ArrayList<>();
        for (int c : p.selected()) {
            ids.add(plan.get(candidates.get(c)).id());
        }
        int unlinked = 0;
        for (int a : p.assignment()) {
            unlinked += a < 0 ? 1 : 0;
        }
        return new CpPlan(ids, (int) Math.ceil(p.bound() - 1e-9), p.feasible(), unlinked);
    }

    /** Dense municipality numbers for the restriction filters. */
    static Map<String, Integer> municipalityIndex(Iterable<Municipality> all) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Municipality m : all) {
            out.putIfAbsent(m.code(), out.size());
        }
        return out;
    }

    static Map<String, Municipality> byCode(Iterable<Municipality> all) {
        Map<String, Municipality> out = new HashMap<>();
        for (Municipality m : all) {
            out.put(m.code(), m);
        }
        return out;
    }
}
