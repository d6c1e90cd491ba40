package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * The one entry point of the optimiser: reduces the instance, runs the heuristic (or the exact MIP) for the
 * chosen model and returns a {@link Solution} with objective, proven bound and gap.
 *
 * <p>Heuristic mode always returns a feasible solution when one exists (status {@code infeasible} when side
 * constraints cannot all be met), deterministically for a given seed. Exact mode returns the MIP optimum, or
 * the best solution and bound found within the time limit; when the solver finds no solution in time, the
 * heuristic solution is returned with the solver's status.
 */
public final class Optimiser {
    private static final int BOUND_ITERATIONS = 1000;

    private Optimiser() {
    }

    /**
     * Solves one instance.
     *
     * @throws IllegalArgumentException when p is below the number of fixed sites, or a target cannot be reached
     */
    public static Solution solve(OptimisationProblem problem, SolverOptions options) {
        RunControl run = new RunControl(options);
        Model model = options.model();
        int fixed = problem.constraints().fixed().length;
        if (model != Model.LSCP && options.p() < fixed) {
            throw new IllegalArgumentException("p = " + options.p() + " is below the " + fixed + " fixed sites");
        }
        ReducedProblem q = InstanceReduction.reduce(problem, model, options.reduce());
        Result r = switch (model) {
            case MCLP -> maxCoverage(q, options, run);
            case LSCP -> Double.isNaN(options.targetShare()) ? setCover(q, options, run) : targetCover(q, options, run);
            case PMEDIAN -> pMedian(q, options, run);
            case CMCLP -> capacitated(q, options, run);
        };
        double gap = Solution.gap(r.objective, r.bound);
        String status = r.status;
        if (status.equals("feasible") && gap == 0) {
            status = "optimal";
        }
        Solution s = new Solution(model, r.objective, r.bound, gap, q.originalSites(r.selected), r.covered,
                q.totalWeight, r.selected.length, options.exact() ? "exact" : "heuristic", status,
                run.elapsedSeconds(), q.stats);
        run.progress("done", 1, s.objective(), s.bound());
        return s;
    }

    private record Result(int[] selected, double objective, double bound, double covered, String status) {
    }

    private static Selection startSelection(ReducedProblem q, int limit) {
        Selection sel = new Selection(q, Math.min(limit, q.sites));
        for (int s = 0; s < q.sites; s++) {
            if (q.fixed[s]) {
                sel.add(s);
            }
        }
        return sel;
    }

    private static double coveredBy(ReducedProblem q, int[] sites) {
        CoverState st = new CoverState(q);
        for (int s : sites) {
            st.add(s);
        }
        return st.exactCovered();
    }

    private static String heuristicStatus(Selection sel, RunControl run) {
        return sel.feasible() ? run.stopStatus("feasible") : "infeasible";
    }

    private static Result maxCoverage(ReducedProblem q, SolverOptions o, RunControl run) {
        double reachable = q.totalWeight - q.unreachableWeight;
        if (o.exact()) {
            MipSolver.Outcome out = MipSolver.solve(q, Model.MCLP, o.p(), Double.NaN, o.capacity(), o.mipBackend(),
                    false, run);
            if (out.selected().length > 0 || !Double.isNaN(out.objective())) {
                double cov = coveredBy(q, out.selected());
                return new Result(out.selected(), cov, Math.min(out.bound(), reachable), cov, out.status());
            }
        }
        Selection sel = startSelection(q, o.p());
        CoverState state = new CoverState(q);
        for (int s : sel.sites()) {
            state.add(s);
        }
        GreedyMaxCoverage.extend(q, sel, state, Double.POSITIVE_INFINITY, run);
        SwapLocalSearch.improve(q, sel, state, run);
        double obj = state.exactCovered();
        boolean[] primal = new boolean[q.sites];
        double bound = Math.min(reachable, LagrangianMaxCoverage.bound(q, o.p(), obj, BOUND_ITERATIONS, primal, run));
        // Lagrangian heuristic: local search from the best relaxed site set, when it is a feasible start
        Selection alt = startSelection(q, sel.limit());
        CoverState altState = new CoverState(q);
        for (int s : alt.sites()) {
            altState.add(s);
        }
        for (int s = 0; s < q.sites; s++) {
            if (primal[s] && alt.canAdd(s)) {
                alt.add(s);
                altState.add(s);
            }
        }
        GreedyMaxCoverage.extend(q, alt, altState, Double.POSITIVE_INFINITY, run);
        SwapLocalSearch.improve(q, alt, altState, run);
        if (alt.feasible() && altState.covered() > obj) {
            sel = alt;
            obj = altState.covered();
        }
        if (obj < bound * (1 - 1e-9) && !run.shouldStop()) {
            int rounds = Math.min(300, 30 + 2 * sel.count());
            sel = SwapLocalSearch.iterate(q, sel, rounds, bound, o.seed(), run);
            obj = SwapLocalSearch.covered(q, sel);
        }
        return new Result(sel.sites(), obj, Math.max(bound, obj), obj, heuristicStatus(sel, run));
    }

    private static Result setCover(ReducedProblem q, SolverOptions o, RunControl run) {
        if (o.exact()) {
            MipSolver.Outcome out = MipSolver.solve(q, Model.LSCP, 0, Double.NaN, o.capacity(), o.mipBackend(), false,
                    run);
            if (out.selected().length > 0) {
                return new Result(out.selected(), out.selected().length, Math.ceil(out.bound() - 1e-6),
                        coveredBy(q, out.selected()), out.status());
            }
        }
        LagrangianSetCover.Result r = LagrangianSetCover.solve(q, BOUND_ITERATIONS, run);
        int[] sel = r.selection().sites();
        return new Result(sel, sel.length, r.bound(), coveredBy(q, sel), heuristicStatus(r.selection(), run));
    }

    private static Result targetCover(ReducedProblem q, SolverOptions o, RunControl run) {
        double reachable = q.totalWeight - q.unreachableWeight;
        double target = o.targetShare() * q.totalWeight;
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        if (target > reachable + eps) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "target share %.4f cannot be reached: at most %.4f of the weight is within reach of a site",
                    o.targetShare(), q.totalWeight > 0 ? reachable / q.totalWeight : 0));
        }
        target = Math.min(target, reachable);
        if (o.exact()) {
            MipSolver.Outcome out = MipSolver.solve(q, Model.LSCP, 0, target - eps, o.capacity(), o.mipBackend(),
                    false, run);
            if (out.selected().length > 0) {
                return new Result(out.selected(), out.selected().length, Math.ceil(out.bound() - 1e-6),
                        coveredBy(q, out.selected()), out.status());
            }
        }
        Selection sel = startSelection(q, q.sites);
        CoverState state = new CoverState(q);
        for (int s : sel.sites()) {
            state.add(s);
        }
        GreedyMaxCoverage.extend(q, sel, state, target - eps, run);
        sel.fillGroups(state);
        if (state.covered() < target - eps) {
            return new Result(sel.sites(), sel.count(), Double.NaN, state.covered(), "infeasible");
        }
        // shrink: drop the least useful site and re-optimise with one site fewer while the target still holds
        Selection best = sel;
        while (best.count() > Math.max(1, q.fixedCount) && !run.shouldStop()) {
            Selection smaller = new Selection(q, best.count() - 1);
            CoverState st = new CoverState(q);
            int[] sites = best.sites();
            int drop = -1;
            double minLoss = Double.POSITIVE_INFINITY;
            for (int s : sites) {
                st.add(s);
            }
            for (int s : sites) {
                double l = st.loss(s);
                if (!q.fixed[s] && !best.removalBreaksGroup(s) && l < minLoss) {
                    minLoss = l;
                    drop = s;
                }
            }
            if (drop < 0) {
                break;
            }
            st.remove(drop);
            for (int s : sites) {
                if (s != drop) {
                    smaller.add(s);
                }
            }
            SwapLocalSearch.improve(q, smaller, st, run);
            if (st.covered() < target - eps || !smaller.feasible()) {
                break;
            }
            best = smaller;
        }
        int k = best.count();
        // bound: the smallest p whose MCLP upper bound reaches the target
        int lo = Math.max(1, q.fixedCount);
        int hi = k;
        while (lo < hi && !run.shouldStop()) {
            int mid = (lo + hi) >>> 1;
            double ub = LagrangianMaxCoverage.bound(q, mid, target * 0.999, target - eps, BOUND_ITERATIONS, run);
            if (ub >= target - eps) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int[] sites = best.sites();
        return new Result(sites, k, run.shouldStop() ? Math.max(1, q.fixedCount) : lo, coveredBy(q, sites),
                heuristicStatus(best, run));
    }

    private static Result pMedian(ReducedProblem q, SolverOptions o, RunControl run) {
        double reachable = q.totalWeight - q.unreachableWeight;
        Assignment a = new Assignment(q);
        if (o.exact()) {
            MipSolver.Outcome out = MipSolver.solve(q, Model.PMEDIAN, o.p(), Double.NaN, o.capacity(),
                    o.mipBackend(), false, run);
            if (out.selected().length > 0) {
                boolean[] chosen = new boolean[q.sites];
                for (int s : out.selected()) {
                    chosen[s] = true;
                }
                double cost = a.assign(chosen);
                return new Result(out.selected(), cost, out.bound(), reachable - a.unassignedWeight(), out.status());
            }
        }
        Selection sel = startSelection(q, o.p());
        GreedyPMedian.extend(q, sel, run);
        double cost = FastInterchange.improve(q, sel, a, run);
        boolean integral = integralCosts(q);
        boolean[] primal = new boolean[q.sites];
        double bound = LagrangianPMedian.bound(q, o.p(), a, cost, cost, BOUND_ITERATIONS, primal, run);
        if (integral) {
            bound = Math.ceil(bound - 1e-6);
        }
        // Lagrangian heuristic: local search from the best relaxed site set
        Selection alt = startSelection(q, sel.limit());
        boolean any = false;
        for (int s = 0; s < q.sites; s++) {
            if (primal[s] && alt.canAdd(s)) {
                alt.add(s);
                any = true;
            }
        }
        if (any) {
            GreedyPMedian.extend(q, alt, run);
            double altCost = FastInterchange.improve(q, alt, new Assignment(q), run);
            if (alt.feasible() && altCost < cost) {
                sel = alt;
                cost = altCost;
            }
        }
        if (cost > bound + 1e-9 * Math.max(1, cost) && !run.shouldStop()) {
            int rounds = Math.min(100, 20 + sel.count());
            Selection better = FastInterchange.iterate(q, sel, cost, rounds, bound, o.seed(), run);
            double c = a.assign(better.chosen);
            if (c < cost) {
                sel = better;
                cost = c;
            }
        }
        a.assign(sel.chosen);
        return new Result(sel.sites(), cost, Math.min(bound, cost), reachable - a.unassignedWeight(),
                heuristicStatus(sel, run));
    }

    private static boolean integralCosts(ReducedProblem q) {
        for (int s = 0; s < q.sites; s++) {
            for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                double c = q.weight[q.siteDemand[k]] * q.siteDist[k];
                if (c != Math.rint(c)) {
                    return false;
                }
            }
        }
        for (double w : q.weight) {
            if (w * Assignment.penalty(q) != Math.rint(w * Assignment.penalty(q))) {
                return false;
            }
        }
        return true;
    }

    private static Result capacitated(ReducedProblem q, SolverOptions o, RunControl run) {
        double reachable = q.totalWeight - q.unreachableWeight;
        double cap = o.capacity();
        if (o.exact()) {
            MipSolver.Outcome out = MipSolver.solve(q, Model.CMCLP, o.p(), Double.NaN, cap, o.mipBackend(), false, run);
            if (out.selected().length > 0) {
                boolean[] chosen = new boolean[q.sites];
                for (int s : out.selected()) {
                    chosen[s] = true;
                }
                double served = CapacitatedCoverage.servedWeight(q, chosen, cap, null);
                return new Result(out.selected(), served, out.bound(), served, out.status());
            }
        }
        Selection sel = startSelection(q, o.p());
        double served = CapacitatedCoverage.solve(q, sel, cap, run);
        double bound = Math.min(reachable, Math.min(o.p(), q.sites) * cap);
        bound = Math.min(bound, LagrangianMaxCoverage.bound(q, o.p(), served, BOUND_ITERATIONS, run));
        if (q.pairs() <= 300_000 && !run.shouldStop()) {
            MipSolver.Outcome lp = MipSolver.solve(q, Model.CMCLP, o.p(), Double.NaN, cap, "GLOP", true, run);
            if (!Double.isNaN(lp.bound())) {
                bound = Math.min(bound, lp.bound() * (1 + 1e-9) + 1e-9);
            }
        }
        return new Result(sel.sites(), served, Math.max(bound, served), served, heuristicStatus(sel, run));
    }

    /** The chosen sites of a solution as a sorted copy (convenience for callers). */
    static int[] sorted(int[] sites) {
        int[] c = sites.clone();
        Arrays.sort(c);
        return c;
    }
}
