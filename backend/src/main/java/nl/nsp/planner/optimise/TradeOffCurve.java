package nl.nsp.planner.optimise;

import java.util.ArrayList;
import java.util.List;
import nl.nsp.planner.reach.CoverageIndex;

/**
 * Coverage as a function of the number of sites, p = 1, 2, ... until every reachable point is covered (or
 * {@code maxP}), overall and per demand group (municipality, region, urbanity class, ...).
 *
 * <p>Work is reused between consecutive p: the solution for p + 1 starts from the one for p plus the best
 * greedy addition, then interchange local search improves it. Each point carries a proven upper bound that
 * costs one pass over the pairs: for any selection S, {@code OPT(p) <= f(S) + sum of the p largest marginal
 * gains with respect to S} (submodularity). Side constraints: fixed and excluded sites are honoured; group
 * minima and budgets are not used here.
 */
public final class TradeOffCurve {
    private TradeOffCurve() {
    }

    /**
     * One point of the curve.
     *
     * @param p               number of sites
     * @param coveredWeight   covered weight
     * @param bound           upper bound on the best covered weight with p sites
     * @param coveredByGroup  covered weight per demand group
     * @param selected        the chosen sites (original indices, ascending)
     */
    public record Point(int p, double coveredWeight, double bound, double[] coveredByGroup, int[] selected) {
        public Point {
            coveredByGroup = coveredByGroup.clone();
            selected = selected.clone();
        }
    }

    /**
     * @param demandGroup group of each demand point (0..groups-1, or -1 for none)
     * @param groups      number of groups
     * @param maxP        largest p to compute
     */
    public static List<Point> compute(OptimisationProblem problem, int[] demandGroup, int groups, int maxP,
            SolverOptions options) {
        if (demandGroup.length != problem.weight().length) {
            throw new IllegalArgumentException("expected a group for each of the " + problem.weight().length
                    + " demand points, got " + demandGroup.length);
        }
        RunControl run = new RunControl(options);
        // no dominance / merging: the per-group accounting needs the original points
        SideConstraints c = problem.constraints();
        SideConstraints plain = SideConstraints.none(c.siteCount()).withFixedAndExcluded(c.fixed(), c.excluded());
        ReducedProblem q = InstanceReduction.reduce(new OptimisationProblem(problem.index(), problem.weight(), plain),
                Model.PMEDIAN, false);
        double reachable = q.totalWeight - q.unreachableWeight;
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        int limit = Math.min(maxP, q.sites);
        List<Point> curve = new ArrayList<>();
        Selection sel = new Selection(q, Math.max(1, q.fixedCount));
        CoverState state = new CoverState(q);
        for (int s = 0; s < q.sites; s++) {
            if (q.fixed[s]) {
                sel.add(s);
                state.add(s);
            }
        }
        for (int p = Math.max(1, q.fixedCount); p <= limit && !run.shouldStop(); p++) {
            Selection next = new Selection(q, p);
            for (int s : sel.sites()) {
                next.add(s);
            }
            GreedyMaxCoverage.extend(q, next, state, Double.POSITIVE_INFINITY, run);
            SwapLocalSearch.improve(q, next, state, run);
            sel = next;
            double covered = state.exactCovered();
            double bound = Math.min(reachable, covered + topGains(q, state, sel, p));
            curve.add(new Point(p, covered, Math.max(bound, covered), byGroup(problem.index(), problem.weight(),
                    demandGroup, groups, q.originalSites(sel.sites())), q.originalSites(sel.sites())));
            run.progress("curve", (double) p / limit, covered, bound);
            if (covered >= reachable - eps) {
                break;
            }
        }
        return curve;
    }

    private static double topGains(ReducedProblem q, CoverState state, Selection sel, int p) {
        double[] gains = new double[q.sites];
        int n = 0;
        for (int s = 0; s < q.sites; s++) {
            if (!sel.chosen[s]) {
                gains[n++] = state.gain(s);
            }
        }
        java.util.Arrays.sort(gains, 0, n);
        double sum = 0;
        for (int i = n - 1; i >= Math.max(0, n - p); i--) {
            sum += gains[i];
        }
        return sum;
    }

    private static double[] byGroup(CoverageIndex idx, double[] weight, int[] demandGroup, int groups, int[] sites) {
        boolean[] covered = new boolean[idx.demandCount()];
        for (int s : sites) {
            for (int k = idx.siteStart(s); k < idx.siteEnd(s); k++) {
                covered[idx.siteDemand(k)] = true;
            }
        }
        double[] out = new double[groups];
        for (int d = 0; d < covered.length; d++) {
            if (covered[d] && demandGroup[d] >= 0) {
                out[demandGroup[d]] += weight[d];
            }
        }
        return out;
    }
}
