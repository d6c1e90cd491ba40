package nl.nsp.planner.optimise;

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
        boolean fellBack = options.exact() && run.mipFallbackStatus() != null;
        if (fellBack) {
            status = run.mipFallbackStatus(); // the MIP found no solution: the heuristic one is returned
        }
        Solution s = new Solution(model, r.objective, r.bound, gap, q.originalSites(r.selected), r.covered,
                q.totalWeight, r.selected.length, options.exact() && !fellBack ? "exact" : "heuristic", status,
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
            run.mipFellBack(out.status());
        }
        double[] bound = new double[1];
        Selection sel = coverageSearch(q, o.p(), Double.POSITIVE_INFINITY, o.seed(), run, bound);
        double obj = SwapLocalSearch.covered(q, sel);
        return new Result(sel.sites(), obj, Math.max(bound[0], obj), obj, heuristicStatus(sel, run));
    }

    /**
     * The covering search for p sites: greedy + interchange, the volume bound, two more starts completed and
     * improved the same way (the best relaxed site set met by the bound, a Lagrangian heuristic, and the p sites
     * with the largest averaged relaxed choice, an LP rounding), then iterated local search from the best of the
     * three until {@code stopAt} or the bound is reached. {@code boundOut[0]} receives the Lagrangian upper
     * bound (the reachable weight when it was not needed).
     */
    private static Selection coverageSearch(ReducedProblem q, int p, double stopAt, long seed, RunControl run,
            double[] boundOut) {
        double reachable = q.totalWeight - q.unreachableWeight;
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        Selection sel = improvedStart(q, p, null, run);
        double obj = SwapLocalSearch.covered(q, sel);
        double bound = reachable;
        double[] average = null;
        if (obj < Math.min(stopAt, reachable) - eps) {
            boolean[] primal = new boolean[q.sites];
            average = new double[q.sites];
            bound = Math.min(reachable, LagrangianMaxCoverage.bound(q, p, obj, BOUND_ITERATIONS, primal, average, run));
            boolean[] rounded = new boolean[q.sites];
            FixedPlusBest.choose(q, average, Math.min(p, q.sites), true, new double[q.sites], rounded);
            for (boolean[] pick : new boolean[][] {primal, rounded}) {
                if (run.shouldStop()) {
                    break;
                }
                Selection alt = improvedStart(q, p, pick, run);
                double value = SwapLocalSearch.covered(q, alt);
                if (alt.feasible() && value > obj + eps) {
                    sel = alt;
                    obj = value;
                }
            }
        }
        double goal = Math.min(stopAt, bound);
        boolean hopeless = stopAt < Double.POSITIVE_INFINITY && bound < stopAt - eps; // proven out of reach
        if (obj < goal - eps && !run.shouldStop() && !hopeless) {
            // rounds are cheap (incremental swaps): a few hundred, more for larger p
            int rounds = Math.min(1000, 100 + 4 * sel.count());
            sel = SwapLocalSearch.iterate(q, sel, rounds, goal, seed, average, run);
        }
        boundOut[0] = bound;
        return sel;
    }

    /**
     * Fixed sites, then the sites marked in {@code pick} that fit (none when null), filled up greedily and
     * improved by interchange.
     */
    private static Selection improvedStart(ReducedProblem q, int p, boolean[] pick, RunControl run) {
        Selection sel = startSelection(q, p);
        CoverState state = new CoverState(q);
        for (int s : sel.sites()) {
            state.add(s);
        }
        for (int s = 0; pick != null && s < q.sites; s++) {
            if (pick[s] && sel.canAdd(s)) {
                sel.add(s);
                state.add(s);
            }
        }
        GreedyMaxCoverage.extend(q, sel, state, Double.POSITIVE_INFINITY, run);
        SwapLocalSearch.improve(q, sel, state, run);
        return sel;
    }

    /**
     * The smallest p in [lo, hi] for which the covering search reaches {@code target} (binary search), starting
     * from a known solution with {@code hi} sites; returns the best selection found.
     */
    private static Selection smallestReaching(ReducedProblem q, int lo, int hi, Selection atHi, double target,
            long seed, RunControl run) {
        Selection best = atHi;
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        while (lo < hi && !run.shouldStop()) {
            int mid = (lo + hi) >>> 1;
            Selection s = coverageSearch(q, mid, target, seed, run, new double[1]);
            if (s.feasible() && SwapLocalSearch.covered(q, s) >= target - eps) {
                best = s;
                hi = s.count();
            } else {
                lo = mid + 1;
            }
            run.progress("shrink", 0.8, best.count(), lo);
        }
        return best;
    }

    private static Result setCover(ReducedProblem q, SolverOptions o, RunControl run) {
        if (o.exact()) {
            MipSolver.Outcome out = MipSolver.solve(q, Model.LSCP, 0, Double.NaN, o.capacity(), o.mipBackend(), false,
                    run);
            if (out.selected().length > 0) {
                return new Result(out.selected(), out.selected().length, Math.ceil(out.bound() - 1e-6),
                        coveredBy(q, out.selected()), out.status());
            }
            run.mipFellBack(out.status());
        }
        if (o.reduce() && !q.hasGroups() && !q.hasBudget()) {
            return kernelCover(q, o, run);
        }
        LagrangianSetCover.Result r = LagrangianSetCover.solve(q, BOUND_ITERATIONS, run);
        Selection best = r.selection();
        if (best.count() > r.bound() && best.feasible() && !run.shouldStop()) {
            // shrink with the covering local search on unit weights: "all points covered" = covered weight n
            best = CoverImprovement.improve(q, best, (int) r.bound(), Math.min(50_000, 100 * q.sites), o.seed(), run);
        }
        int[] sel = best.sites();
        return new Result(sel, sel.length, r.bound(), coveredBy(q, sel), heuristicStatus(best, run));
    }

    /**
     * LSCP without group minima and budgets: the set-cover kernel, then each component on its own (greedy,
     * Lagrangian heuristic and bound, destroy-and-repair until the component's bound is met).
     */
    private static Result kernelCover(ReducedProblem q, SolverOptions o, RunControl run) {
        SetCoverKernel.Kernel k = SetCoverKernel.reduce(q, run);
        Selection all = new Selection(q, q.sites);
        for (int s : k.forced()) {
            all.add(s);
        }
        double bound = k.forced().length;
        int done = 0;

        for (ReducedProblem part : k.components()) {
            LagrangianSetCover.Result r = LagrangianSetCover.solve(part, BOUND_ITERATIONS, run);
            Selection best = r.selection();
            if (best.count() > r.bound() && !run.shouldStop()) {
                best = CoverImprovement.improve(part, best, (int) r.bound(), Math.min(50_000, 100 * part.sites),
                        o.seed(), run);
            }
            for (int s : best.sites()) {
                all.add(part.siteOriginal[s]);
            }
            bound += r.bound();
            run.progress("components", ++done / (double) k.components().size(), all.count(), bound);
        }
        int[] sel = all.sites();
        return new Result(sel, sel.length, bound, coveredBy(q, sel), heuristicStatus(all, run));
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
            run.mipFellBack(out.status());
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
        int k = sel.count();
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
        boolean proven = !run.shouldStop();
        Selection best = smallestReaching(q, lo, k, sel, target - eps, o.seed(), run);
        k = best.count();
        int[] sites = best.sites();
        return new Result(sites, k, proven ? lo : Math.max(1, q.fixedCount), coveredBy(q, sites),
                heuristicStatus(best, run));
    }

    private static Selection copyOf(ReducedProblem q, Selection from) {
        Selection c = new Selection(q, from.limit());
        for (int s : from.sites()) {
            c.add(s);
        }
        return c;
    }

    private static Result pMedian(ReducedProblem q, SolverOptions o, RunControl run) {
        double reachable = q.totalWeight - q.unreachableWeight;
        Assignment a = new Assignment(q);
        if (o.exact() && !o.reduce()) {
            // the plain MIP over every assignment (no reduced-cost fixing)
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
            run.mipFellBack(out.status());
        }
        Selection sel = startSelection(q, o.p());
        GreedyPMedian.extend(q, sel, run);
        double cost = FastInterchange.improve(q, sel, a, run);
        boolean integral = integralCosts(q);
        boolean[] primal = new boolean[q.sites];
        double[] lambda = new double[q.demands];
        double bound = LagrangianPMedian.bound(q, o.p(), a, cost, cost, BOUND_ITERATIONS, primal, lambda, run);
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
            int rounds = Math.min(300, 100 + 2 * sel.count());
            Selection better = FastInterchange.iterate(q, sel, cost, rounds, bound, o.seed(), run);
            double c = a.assign(better.chosen);
            if (c < cost) {
                sel = better;
                cost = c;
            }
        }
        a.assign(sel.chosen);
        String status = heuristicStatus(sel, run);
        bound = Math.min(bound, cost);
        if (o.exact() && cost > bound + 1e-9 * Math.max(1, cost)) {
            if (sel.feasible() && !run.shouldStop()) {
                return fixedMip(q, o, run, sel, cost, bound, lambda, integral);
            }
            run.mipFellBack(status); // out of time (or infeasible) before the MIP: the heuristic's result
        }
        return new Result(sel.sites(), cost, bound, reachable - a.unassignedWeight(), status);
    }

    /**
     * Exact p-median after the heuristic: the MIP over the assignments and sites left by Lagrangian
     * reduced-cost fixing against the heuristic's cost ({@link PMedianFixing}), with the heuristic selection as
     * the solver's starting solution. The optimum is the better of the two; when the solver stops early the bound
     * is max(Lagrangian bound, min(heuristic cost, solver bound)).
     */
    private static Result fixedMip(ReducedProblem q, SolverOptions o, RunControl run, Selection sel, double cost,
            double bound, double[] lambda, boolean integral) {
        double reachable = q.totalWeight - q.unreachableWeight;
        PMedianFixing.Restriction r = PMedianFixing.compute(q, o.p(), lambda, cost);
        run.progress("fixing", 0.5, cost, Math.max(bound, r.lower()));
        MipSolver.Outcome out = MipSolver.solve(q, Model.PMEDIAN, o.p(), Double.NaN, o.capacity(), o.mipBackend(),
                false, r, sel.chosen, run);
        int[] best = sel.sites();
        double bestCost = cost;
        Assignment a = new Assignment(q);
        if (out.selected().length == 0 && !out.status().equals("infeasible")) {
            run.mipFellBack(out.status());
        }
        if (out.selected().length > 0) {
            boolean[] chosen = new boolean[q.sites];
            for (int s : out.selected()) {
                chosen[s] = true;
            }
            double c = a.assign(chosen);
            if (c < bestCost) {
                best = out.selected();
                bestCost = c;
            }
        }
        double lower = bound;
        if (!Double.isNaN(out.bound())) {
            double solverBound = integral ? Math.ceil(out.bound() - 1e-6) : out.bound();
            lower = Math.max(lower, Math.min(cost, solverBound));
        }
        if (out.status().equals("optimal") || out.status().equals("infeasible")) {
            lower = bestCost; // the reduced model is solved (infeasible: nothing beats the heuristic)
        }
        boolean[] chosen = new boolean[q.sites];
        for (int s : best) {
            chosen[s] = true;
        }
        a.assign(chosen);
        String status = out.status().equals("infeasible") ? "optimal" : out.status();
        return new Result(best, bestCost, Math.min(lower, bestCost), reachable - a.unassignedWeight(), status);
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
        double penalty = Assignment.penalty(q);
        for (double w : q.weight) {
            if (w * penalty != Math.rint(w * penalty)) {
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
            run.mipFellBack(out.status());
        }
        Selection sel = startSelection(q, o.p());
        double trivial = Math.min(reachable, Math.min(o.p(), q.sites) * cap);
        double served = CapacitatedCoverage.solve(q, sel, cap, trivial, run);
        double bound = trivial;
        if (served < bound * (1 - 1e-9)) {
            bound = Math.min(bound, LagrangianMaxCoverage.bound(q, o.p(), served, BOUND_ITERATIONS, run));
        }
        if (served < bound * (1 - 1e-9) && q.pairs() <= 300_000 && !run.shouldStop()) {
            MipSolver.Outcome lp = MipSolver.solve(q, Model.CMCLP, o.p(), Double.NaN, cap, "GLOP", true, run);
            if (!Double.isNaN(lp.bound())) {
                bound = Math.min(bound, lp.bound() * (1 + 1e-9) + 1e-9);
            }
        }
        return new Result(sel.sites(), served, Math.max(bound, served), served, heuristicStatus(sel, run));
    }
}
