package nl.nsp.planner.optimise;

import java.util.Arrays;
import java.util.List;

/**
 * The fewest sites that reach each of several coverage targets on one instance, with a proven lower bound for
 * every target and the coverage curve in between. The national analysis asks "how many NSPs for 90, 95, 99 and
 * 100 %?" for every region and norm; this answers all targets of one instance in one pass instead of one LSCP
 * run per target.
 *
 * <ol>
 *   <li><b>Curve.</b> Lazy greedy from the fixed sites until the largest reachable target is covered. The covered
 *       weight after every addition is the curve; the first prefix that reaches a target is its first count.</li>
 *   <li><b>Lower bounds.</b> The Lagrangian relaxation of maximal covering ({@link LagrangianMaxCoverage}): for
 *       multipliers {@code 0 <= lambda_d <= w_d} and {@code c_s = sum of lambda_d over the points s reaches},
 *       {@code UB(lambda, p) = sum_d (w_d - lambda_d) + sum of c_s over the fixed sites + the p - f largest other
 *       c_s} bounds the best coverage with p sites from above, for <em>every</em> p at once. The smallest p whose
 *       best {@code UB(., p)} still reaches a target is a lower bound on that target's count: no selection with
 *       fewer sites can reach it. Subgradient runs (Polyak steps) aim at p = count - 1 and stop as soon as that
 *       count is proven optimal; every multiplier vector tried tightens the bounds of all p.</li>
 *   <li><b>Improvement.</b> While a count is above its bound: drop the chosen site whose loss is smallest, run the
 *       interchange local search ({@link SwapLocalSearch}) with one site fewer, then a few perturbation rounds; the
 *       smaller selection is kept when it still reaches the target.</li>
 *   <li><b>Everyone reachable.</b> A target equal to the reachable weight is a set cover of the points with weight:
 *       Beasley's Lagrangian heuristic and bound ({@link LagrangianSetCover}) and destroy-and-repair
 *       ({@link CoverImprovement}), after dropping points whose site set contains another point's (they are covered
 *       whenever that point is); the better of this and the greedy count is kept, with the larger bound.</li>
 * </ol>
 *
 * <p>A target above the weight any allowed site reaches is reported as unreachable. Counts are made monotone in
 * the target (a selection for a larger target also serves a smaller one). Fixed and excluded sites are honoured;
 * group minima and budgets are not supported. Deterministic for a given seed.
 */
public final class TargetCounts {
    /** Subgradient iterations per target, over all its probes. */
    private static final int BOUND_ITERATIONS = 200;
    /** Subgradient iterations of one probe. */
    private static final int PROBE_ITERATIONS = 64;
    /** The bounds of every p are refreshed (a sort) every this many iterations. */
    private static final int FULL_UPDATE_EVERY = 8;
    private static final int SET_COVER_ITERATIONS = 300;
    private static final int SET_COVER_ROUNDS = 2000;

    private TargetCounts() {
    }

    /**
     * The answer for one target.
     *
     * @param targetWeight  the weight to cover
     * @param reachable     false when the allowed sites cannot reach the target at all (then the other fields are
     *                      -1, NaN and empty)
     * @param sites         the number of sites of the best selection found (an upper bound on the minimum)
     * @param lowerBound    a proven lower bound on the minimum number of sites
     * @param coveredWeight weight covered by the selection
     * @param selected      the selection (original site indices, ascending)
     */
    public record Count(double targetWeight, boolean reachable, int sites, int lowerBound, double coveredWeight,
            int[] selected) {
        public Count {
            selected = selected.clone();
        }

        /** True when the count is proven minimal. */
        public boolean optimal() {
            return reachable && sites == lowerBound;
        }
    }

    /**
     * All targets of one instance.
     *
     * @param totalWeight     weight of all demand points
     * @param reachableWeight weight within reach of an allowed site (the most any selection can cover)
     * @param counts          one entry per requested target, in request order
     * @param curve           {@code curve[k - 1]}: weight covered by the first k sites of the greedy order (the fixed
     *                        sites first), k = 1 .. curve length; ends when the largest reachable target is reached
     * @param upper           {@code upper[k - 1]}: proven upper bound on the weight any k sites can cover (NaN below
     *                        the number of fixed sites); same length as {@code curve}
     * @param reduction       what instance reduction did
     * @param status          {@code optimal} (every reachable count proven), {@code feasible}, {@code time-limit} or
     *                        {@code cancelled}
     * @param seconds         solve time
     */
    public record Result(double totalWeight, double reachableWeight, List<Count> counts, double[] curve,
            double[] upper, ReductionStats reduction, String status, double seconds) {
        public Result {
            counts = List.copyOf(counts);
            curve = curve.clone();
            upper = upper.clone();
        }
    }

    /**
     * Solves all targets.
     *
     * @param targetWeights weights to cover, each >= 0 (e.g. 0.95 x the total weight)
     * @param options       run controls: time limit, cancellation, progress, seed, reduction (model and p ignored)
     * @throws IllegalArgumentException when a target is negative or NaN, or the instance has group minima or budgets
     */
    public static Result solve(OptimisationProblem problem, double[] targetWeights, SolverOptions options) {
        for (double t : targetWeights) {
            if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("target weights must be finite and >= 0, got " + t);
            }
        }
        if (problem.constraints().hasGroupMinimum() || problem.constraints().hasBudget()) {
            throw new IllegalArgumentException("target counts do not support group minima or budgets");
        }
        RunControl run = new RunControl(options);
        ReducedProblem q = InstanceReduction.reduce(problem, Model.MCLP, options.reduce());
        return new Solver(q, problem, options.reduce(), targetWeights, options.seed(), run).solve();
    }

    /** The state of one solve: greedy order, multipliers, bounds per p. */
    private static final class Solver {
        private final ReducedProblem q;
        private final OptimisationProblem original;
        private final boolean reduce;
        private final double[] targets;
        private final long seed;
        private final RunControl run;
        private final double eps;
        private final double reachable;
        private final int[] order;
        private int orderLength;
        private final double[] greedyCovered;
        /** minUpper[p]: best proven upper bound on the coverage of p sites, p = 0 .. sites. */
        private final double[] minUpper;
        private final double[] lambda;
        private final double[] siteValue;
        private final double[] sorted;
        private final double[] scratch;
        private final int[] count;
        private final boolean[] pick;

        Solver(ReducedProblem q, OptimisationProblem original, boolean reduce, double[] targets, long seed, RunControl run) {
            this.q = q;
            this.original = original;
            this.reduce = reduce;
            this.targets = targets.clone();
            this.seed = seed;
            this.run = run;
            this.eps = 1e-9 * Math.max(1, q.totalWeight);
            this.reachable = q.totalWeight - q.unreachableWeight;
            this.order = new int[q.sites];
            this.greedyCovered = new double[q.sites];
            this.minUpper = new double[q.sites + 1];
            Arrays.fill(minUpper, Double.POSITIVE_INFINITY);
            this.lambda = new double[q.demands];
            for (int d = 0; d < q.demands; d++) {
                int deg = q.demandStart[d + 1] - q.demandStart[d];
                lambda[d] = q.weight[d] / Math.max(1, deg);
            }
            this.siteValue = new double[q.sites];
            this.sorted = new double[q.sites];
            this.scratch = new double[q.sites];
            this.count = new int[q.demands];
            this.pick = new boolean[q.sites];
        }

        Result solve() {
            double goal = 0;
            for (double t : targets) {
                if (t <= reachable + eps) {
                    goal = Math.max(goal, Math.min(t, reachable));
                }
            }
            greedyOrder(goal);
            evaluateBounds(); // the starting multipliers already bound every p
            Count[] out = new Count[targets.length];
            Integer[] byTarget = new Integer[targets.length];
            for (int i = 0; i < targets.length; i++) {
                byTarget[i] = i;
            }
            Arrays.sort(byTarget, (a, b) -> Double.compare(targets[a], targets[b]));
            for (int n = 0; n < byTarget.length; n++) {
                int i = byTarget[n];
                out[i] = countFor(targets[i]);
                run.progress("targets", (n + 1.0) / targets.length, out[i].sites(), out[i].lowerBound());
            }
            monotone(out, byTarget);
            boolean allProven = true;
            for (Count c : out) {
                allProven &= !c.reachable() || c.optimal();
            }
            double[] curve = Arrays.copyOf(greedyCovered, orderLength);
            double[] upper = new double[orderLength];
            for (int k = 1; k <= orderLength; k++) {
                upper[k - 1] = k < q.fixedCount ? Double.NaN : Math.max(curve[k - 1], Math.min(reachable, minUpper[k]));
            }
            return new Result(q.totalWeight, reachable, List.of(out), curve, upper, q.stats,
                    run.stopStatus(allProven ? "optimal" : "feasible"), run.elapsedSeconds());
        }

        private void greedyOrder(double goal) {
            Selection sel = new Selection(q, q.sites);
            CoverState state = new CoverState(q);
            for (int s = 0; s < q.sites; s++) {
                if (q.fixed[s]) {
                    sel.add(s);
                    state.add(s);
                    record(s, state.covered());
                }
            }
            GreedyMaxCoverage.extend(q, sel, state, goal - eps, run, s -> record(s, state.covered()));
        }

        private void record(int site, double covered) {
            order[orderLength] = site;
            greedyCovered[orderLength] = covered;
            orderLength++;
        }

        /** The first count of the greedy order for a target: the shortest prefix reaching it. */
        private int greedyCount(double target) {
            if (target <= eps) {
                return q.fixedCount;
            }
            for (int k = 1; k <= orderLength; k++) {
                if (greedyCovered[k - 1] >= target - eps) {
                    return Math.max(k, q.fixedCount);
                }
            }
            return -1;
        }

        /** The smallest p whose proven upper bound reaches the target. */
        private int lowerBound(double target) {
            int lo = target <= eps ? q.fixedCount : Math.max(1, q.fixedCount);
            for (int p = lo; p <= q.sites; p++) {
                if (Math.min(reachable, minUpper[p]) >= target - eps) {
                    return p;
                }
            }
            return q.sites;
        }

        private Count countFor(double rawTarget) {
            if (rawTarget > reachable + eps) {
                return new Count(rawTarget, false, -1, -1, Double.NaN, new int[0]);
            }
            double target = Math.min(rawTarget, reachable);
            int k = greedyCount(target);
            if (k < 0) { // stopped before the greedy got there
                return new Count(rawTarget, true, -1, lowerBound(target), Double.NaN, new int[0]);
            }
            Selection best = prefix(k);
            int[] budget = {BOUND_ITERATIONS};
            probe(k - 1, target, budget, PROBE_ITERATIONS);
            int lb = lowerBound(target);
            boolean full = target >= reachable - eps && target > eps;
            if (full) {
                Count cover = setCover(rawTarget);
                if (cover != null) {
                    int bound = Math.max(cover.lowerBound(), lb);
                    return cover.sites() <= k
                            ? new Count(rawTarget, true, cover.sites(), Math.min(bound, cover.sites()), cover.coveredWeight(),
                                    cover.selected())
                            : new Count(rawTarget, true, k, Math.min(bound, k), coveredBy(best), q.originalSites(best.sites()));
                }
            }
            while (k > lb && !run.shouldStop()) {
                Selection smaller = shrink(best, target);
                if (smaller == null) {
                    break;
                }
                best = smaller;
                k = best.count();
            }
            lb = raiseBound(target, k, budget);
            int[] sites = best.sites();
            return new Count(rawTarget, true, sites.length, Math.min(lb, sites.length), coveredBy(best),
                    q.originalSites(sites));
        }

        /**
         * Raises the lower bound of a target by probes between the bound and {@code k - 1} (bisection): a probe that
         * pushes the bound of p below the target proves {@code > p}; one that does not suggests the LP bound itself
         * is at most p. Spends at most {@code budget[0]} subgradient iterations.
         */
        private int raiseBound(double target, int k, int[] budget) {
            int lb = lowerBound(target);
            int hi = k - 1;
            boolean first = true;
            while (lb <= hi && budget[0] > 0 && !run.shouldStop()) {
                int p = first ? hi : (lb + hi) >>> 1;
                first = false;
                boolean proven = probe(p, target, budget, PROBE_ITERATIONS);
                lb = lowerBound(target);
                if (!proven) {
                    hi = p - 1;
                }
            }
            return lb;
        }

        /** Every reachable point with weight: Beasley's Lagrangian set cover plus destroy-and-repair (as LSCP). */
        private Count setCover(double rawTarget) {
            double[] w = original.weight();
            OptimisationProblem positive = new OptimisationProblem(original.index().restrict(original.index().cutoffMetres(),
                    (site, d) -> w[d] > 0), w, original.constraints());
            ReducedProblem cq = InstanceReduction.dropImpliedDemand(InstanceReduction.reduce(positive, Model.LSCP, reduce),
                    positive.constraints());
            LagrangianSetCover.Result r = LagrangianSetCover.solve(cq, SET_COVER_ITERATIONS, run);
            Selection sel = r.selection();
            if (!sel.feasible()) {
                return null;
            }
            if (sel.count() > r.bound() && !run.shouldStop()) {
                sel = CoverImprovement.improve(cq, sel, (int) r.bound(), Math.min(SET_COVER_ROUNDS, 10 * cq.sites), seed,
                        run);
            }
            int[] chosen = cq.originalSites(sel.sites());
            boolean[] mask = new boolean[original.index().siteCount()];
            for (int s : chosen) {
                mask[s] = true;
            }
            double cov = 0;
            for (int d = 0; d < original.index().demandCount(); d++) {
                for (int t = original.index().demandStart(d); t < original.index().demandEnd(d); t++) {
                    if (mask[original.index().demandSite(t)]) {
                        cov += w[d];
                        break;
                    }
                }
            }
            return new Count(rawTarget, true, chosen.length, (int) Math.min(chosen.length, Math.ceil(r.bound() - 1e-6)),
                    cov, chosen);
        }

        private Selection prefix(int k) {
            Selection s = new Selection(q, Math.max(k, q.fixedCount));
            for (int t = 0; t < k; t++) {
                s.add(order[t]);
            }
            return s;
        }

        private double coveredBy(Selection sel) {
            return SwapLocalSearch.covered(q, sel);
        }

        /** One site fewer than {@code from} that still reaches the target, or null when none was found. */
        private Selection shrink(Selection from, double target) {
            int p = from.count() - 1;
            if (p < q.fixedCount) {
                return null;
            }
            CoverState state = new CoverState(q);
            for (int s : from.sites()) {
                state.add(s);
            }
            int drop = -1;
            double dropLoss = Double.POSITIVE_INFINITY;
            for (int s : from.sites()) {
                if (!q.fixed[s]) {
                    double l = state.loss(s);
                    if (l < dropLoss) {
                        dropLoss = l;
                        drop = s;
                    }
                }
            }
            if (drop < 0) {
                return null;
            }
            Selection sel = new Selection(q, p);
            for (int s : from.sites()) {
                if (s != drop) {
                    sel.add(s);
                }
            }
            state.remove(drop);
            SwapLocalSearch.improve(q, sel, state, run);
            if (state.exactCovered() >= target - eps) {
                return sel;
            }
            int rounds = Math.min(6, 2 + p / 100);
            Selection alt = SwapLocalSearch.iterate(q, sel, rounds, target - eps, seed + p, null, run);
            return coveredBy(alt) >= target - eps ? alt : null;
        }

        /**
         * Subgradient optimisation of the multipliers aimed at p sites, until the bound for p drops below the target
         * (then p sites cannot reach it: true), the step size vanishes or the iterations run out (false). The incumbent
         * of the Polyak steps is the greedy coverage of p sites, a lower bound on the best.
         */
        private boolean probe(int p, double target, int[] budget, int maxIter) {
            if (p < q.fixedCount || p < 1) {
                return false;
            }
            if (minUpper[p] < target - eps) {
                return true;
            }
            double incumbent = p <= orderLength ? greedyCovered[p - 1] : reachable;
            double alpha = 2;
            int stall = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int it = 0; it < maxIter && budget[0] > 0 && !run.shouldStop(); it++) {
                budget[0]--;
                double value = evaluate(p, it % FULL_UPDATE_EVERY == 0);
                if (value < best - 1e-12 * Math.max(1, best)) {
                    best = value;
                    stall = 0;
                } else if (++stall >= 10) {
                    alpha /= 2;
                    stall = 0;
                }
                if (minUpper[p] < target - eps) {
                    evaluate(p, true);
                    return true;
                }
                if (alpha < 1e-3 || best - incumbent <= eps) {
                    break;
                }
                double norm = 0;
                for (int d = 0; d < q.demands; d++) {
                    double g = count[d] - (q.weight[d] - lambda[d] > 0 ? 1 : 0);
                    norm += g * g;
                }
                if (norm == 0) {
                    break; // complementary relaxed solution: the bound for p is exact
                }
                double step = alpha * (value - incumbent) / norm;
                for (int d = 0; d < q.demands; d++) {
                    double g = count[d] - (q.weight[d] - lambda[d] > 0 ? 1 : 0);
                    lambda[d] = Math.min(q.weight[d], Math.max(0, lambda[d] - step * g));
                }
            }
            evaluate(p, true);
            return minUpper[p] < target - eps;
        }

        /** The bounds of the current multipliers for every p (into {@link #minUpper}). */
        private void evaluateBounds() {
            evaluate(-1, true);
        }

        /**
         * Evaluates the current multipliers: UB(lambda, p) for {@code p >= 0}, with the relaxed selection of p sites in
         * {@link #pick} and its cover counts in {@link #count}; updates {@link #minUpper} at p, and with {@code allP} at
         * every p (a sort of the site values).
         */
        private double evaluate(int p, boolean allP) {
            int m = q.sites;
            double base = 0;
            for (int d = 0; d < q.demands; d++) {
                base += q.weight[d] - lambda[d];
            }
            double fixedValue = 0;
            int free = 0;
            for (int s = 0; s < m; s++) {
                double sum = 0;
                for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                    sum += lambda[q.siteDemand[t]];
                }
                siteValue[s] = sum;
                if (q.fixed[s]) {
                    fixedValue += sum;
                } else {
                    sorted[free++] = sum;
                }
            }
            int f = q.fixedCount;
            if (allP) {
                Arrays.sort(sorted, 0, free);
                double running = base + fixedValue;
                minUpper[f] = Math.min(minUpper[f], running);
                for (int r = 1; r <= free; r++) {
                    running += sorted[free - r];
                    minUpper[f + r] = Math.min(minUpper[f + r], running);
                }
                // a bound for p also bounds every smaller p (coverage never falls when a site is added)
                for (int k = m - 1; k >= 0; k--) {
                    minUpper[k] = Math.min(minUpper[k], minUpper[k + 1]);
                }
            }
            if (p < 0) {
                return Double.NaN;
            }
            int take = Math.min(Math.max(p - f, 0), free);
            double value = base + fixedValue;
            Arrays.fill(pick, false);
            if (take > 0) {
                double threshold = allP ? sorted[free - take] : kthLargest(sorted, free, take);
                int ties = take;
                for (int s = 0; s < m; s++) {
                    if (!q.fixed[s] && siteValue[s] > threshold) {
                        pick[s] = true;
                        value += siteValue[s];
                        ties--;
                    }
                }
                for (int s = 0; s < m && ties > 0; s++) {
                    if (!q.fixed[s] && siteValue[s] == threshold) {
                        pick[s] = true;
                        value += siteValue[s];
                        ties--;
                    }
                }
            }
            if (p <= m) {
                for (int k = p; k >= 0 && value < minUpper[k]; k--) {
                    minUpper[k] = value;
                }
            }
            Arrays.fill(count, 0);
            for (int s = 0; s < m; s++) {
                if (pick[s] || q.fixed[s]) {
                    for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                        count[q.siteDemand[t]]++;
                    }
                }
            }
            return value;
        }

        /** The k-th largest of the first n values (k >= 1), by quickselect on a scratch copy. */
        private double kthLargest(double[] values, int n, int k) {
            System.arraycopy(values, 0, scratch, 0, n);
            return FixedPlusBest.kthSmallest(scratch, n, n - k);
        }

        /** A selection for a larger target with fewer sites also serves a smaller target. */
        private void monotone(Count[] out, Integer[] byTarget) {
            for (int a = byTarget.length - 2; a >= 0; a--) {
                Count small = out[byTarget[a]];
                Count large = out[byTarget[a + 1]];
                if (small.reachable() && large.reachable() && large.sites() >= 0
                        && (small.sites() < 0 || large.sites() < small.sites())) {
                    out[byTarget[a]] = new Count(small.targetWeight(), true, large.sites(),
                            Math.min(small.lowerBound(), large.sites()), large.coveredWeight(), large.selected());
                }
            }
        }
    }
}
