package nl.nsp.planner.optimise;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Exact solution (or LP relaxation) of every model through an OR-Tools {@code MPSolver} back end (SCIP by
 * default; CBC, HiGHS and CP-SAT also work; GLOP for the relaxation). Formulations on the reduced instance:
 * <ul>
 *   <li>MCLP: max sum w_d z_d; z_d <= sum_{s reaches d} y_s; sum y_s <= p; z in [0,1], y binary.</li>
 *   <li>LSCP: min sum y_s; sum_{s reaches d} y_s >= 1 for every point, or with a target:
 *       sum w_d z_d >= target weight and z_d <= sum_{s reaches d} y_s.</li>
 *   <li>p-median: min sum w_d dist_ds x_ds + w_d penalty u_d; sum_s x_ds + u_d = 1; x_ds <= y_s; sum y_s <= p
 *       (optionally over the assignments and sites left by {@link PMedianFixing}).</li>
 *   <li>CMCLP: max sum w_d x_ds; sum_s x_ds <= 1; sum_d w_d x_ds <= K y_s; x_ds <= y_s; sum y_s <= p
 *       (assignments may be split between sites).</li>
 * </ul>
 * All with fixed sites (y = 1), group minima (sum over the group >= minimum) and budgets
 * (sum cost_s y_s <= budget). The time limit and cancellation interrupt the solver; the best solution and the
 * solver's best bound are returned.
 */
final class MipSolver {
    private static boolean loaded;

    private MipSolver() {
    }

    /** Loads the OR-Tools native libraries once per JVM. */
    static synchronized void ensureLoaded() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** Outcome of a MIP or LP solve, on reduced site indices. */
    record Outcome(int[] selected, double objective, double bound, String status) {
    }

    /**
     * @param relax          solve the LP relaxation (continuous y) instead of the MIP
     * @param targetWeight   LSCP only: weight to cover, or NaN for full coverage
     */
    static Outcome solve(ReducedProblem q, Model model, int p, double targetWeight, double capacity, String backend,
            boolean relax, RunControl run) {
        return solve(q, model, p, targetWeight, capacity, backend, relax, null, null, run);
    }

    /**
     * As above; for p-median, {@code restriction} (nullable) limits the model to the kept assignments and fixes
     * sites open or closed ({@link PMedianFixing}), and {@code hint} (nullable) is a selection handed to the solver
     * as a starting solution.
     */
    static Outcome solve(ReducedProblem q, Model model, int p, double targetWeight, double capacity, String backend,
            boolean relax, PMedianFixing.Restriction restriction, boolean[] hint, RunControl run) {
        ensureLoaded();
        MPSolver solver = MPSolver.createSolver(relax ? "GLOP" : backend);
        if (solver == null) {
            throw new IllegalArgumentException("MIP back end \"" + backend + "\" is not available; try SCIP, CBC or HIGHS");
        }
        try {
            return build(solver, q, model, p, targetWeight, capacity, relax, restriction, hint, run);
        } finally {
            solver.delete();
        }
    }

    private static Outcome build(MPSolver solver, ReducedProblem q, Model model, int p, double targetWeight,
            double capacity, boolean relax, PMedianFixing.Restriction restriction, boolean[] hint, RunControl run) {
        int m = q.sites;
        int n = q.demands;
        double inf = MPSolver.infinity();
        MPVariable[] y = new MPVariable[m];
        for (int s = 0; s < m; s++) {
            double lb = q.fixed[s] || restriction != null && restriction.siteOn()[s] ? 1 : 0;
            double ub = restriction != null && restriction.siteOff()[s] ? 0 : 1;
            y[s] = relax ? solver.makeNumVar(lb, ub, "") : solver.makeIntVar(lb, ub, "");
        }
        if (hint != null) {
            double[] values = new double[m];
            for (int s = 0; s < m; s++) {
                values[s] = hint[s] ? 1 : 0;
            }
            solver.setHint(y, values);
        }
        MPObjective obj = solver.objective();
        if (model != Model.LSCP) {
            MPConstraint card = solver.makeConstraint(-inf, p, "");
            for (int s = 0; s < m; s++) {
                card.setCoefficient(y[s], 1);
            }
        }
        sideConstraints(solver, q, y, inf);
        switch (model) {
            case MCLP -> {
                for (int d = 0; d < n; d++) {
                    MPVariable z = solver.makeNumVar(0, 1, "");
                    obj.setCoefficient(z, q.weight[d]);
                    MPConstraint c = solver.makeConstraint(-inf, 0, "");
                    c.setCoefficient(z, 1);
                    for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                        c.setCoefficient(y[q.demandSite[k]], -1);
                    }
                }
                obj.setMaximization();
            }
            case LSCP -> {
                for (int s = 0; s < m; s++) {
                    obj.setCoefficient(y[s], 1);
                }
                if (Double.isNaN(targetWeight)) {
                    for (int d = 0; d < n; d++) {
                        MPConstraint c = solver.makeConstraint(1, inf, "");
                        for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                            c.setCoefficient(y[q.demandSite[k]], 1);
                        }
                    }
                } else {
                    MPConstraint need = solver.makeConstraint(targetWeight, inf, "");
                    for (int d = 0; d < n; d++) {
                        MPVariable z = solver.makeNumVar(0, 1, "");
                        need.setCoefficient(z, q.weight[d]);
                        MPConstraint c = solver.makeConstraint(-inf, 0, "");
                        c.setCoefficient(z, 1);
                        for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                            c.setCoefficient(y[q.demandSite[k]], -1);
                        }
                    }
                }
                obj.setMinimization();
            }
            case PMEDIAN -> {
                double penalty = Assignment.penalty(q);
                boolean[] keep = restriction == null ? null : restriction.keepPair();
                for (int d = 0; d < n; d++) {
                    MPConstraint one = solver.makeConstraint(1, 1, "");
                    int listed = 0;
                    for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                        if (keep != null && !keep[k]) {
                            continue;
                        }
                        listed++;
                        MPVariable x = solver.makeNumVar(0, 1, "");
                        obj.setCoefficient(x, q.weight[d] * q.demandDist[k]);
                        one.setCoefficient(x, 1);
                        MPConstraint link = solver.makeConstraint(-inf, 0, "");
                        link.setCoefficient(x, 1);
                        link.setCoefficient(y[q.demandSite[k]], -1);
                    }
                    if (listed < m) {
                        MPVariable u = solver.makeNumVar(0, 1, "");
                        obj.setCoefficient(u, q.weight[d] * penalty);
                        one.setCoefficient(u, 1);
                    }
                }
                obj.setMinimization();
            }
            case CMCLP -> {
                MPConstraint[] cap = new MPConstraint[m];
                for (int s = 0; s < m; s++) {
                    cap[s] = solver.makeConstraint(-inf, 0, "");
                    cap[s].setCoefficient(y[s], -capacity);
                }
                for (int d = 0; d < n; d++) {
                    MPConstraint once = solver.makeConstraint(-inf, 1, "");
                    for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                        int s = q.demandSite[k];
                        MPVariable x = solver.makeNumVar(0, 1, "");
                        obj.setCoefficient(x, q.weight[d]);
                        once.setCoefficient(x, 1);
                        cap[s].setCoefficient(x, q.weight[d]);
                        MPConstraint link = solver.makeConstraint(-inf, 0, "");
                        link.setCoefficient(x, 1);
                        link.setCoefficient(y[s], -1);
                    }
                }
                obj.setMaximization();
            }
            default -> throw new IllegalStateException("unknown model " + model);
        }
        double seconds = run.remainingSeconds();
        if (seconds < 1e8) {
            solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
        }
        MPSolverParameters params = new MPSolverParameters();
        if (!relax) {
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        }
        run.progress(relax ? "lp" : "exact", 0.1, Double.NaN, Double.NaN);
        Thread watcher = cancelWatcher(solver, run);
        MPSolver.ResultStatus status = solver.solve(params);
        watcher.interrupt();
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            String word = status == MPSolver.ResultStatus.INFEASIBLE ? "infeasible"
                    : run.cancelled() ? "cancelled" : run.timedOut() ? "time-limit" : status.name().toLowerCase();
            return new Outcome(new int[0], Double.NaN, Double.NaN, word);
        }
        int count = 0;
        int[] sel = new int[m];
        for (int s = 0; s < m; s++) {
            if (y[s].solutionValue() > 0.5) {
                sel[count++] = s;
            }
        }
        double value = obj.value();
        double bound = status == MPSolver.ResultStatus.OPTIMAL ? value : obj.bestBound();
        if (relax) {
            bound = value;
        }
        String word = status == MPSolver.ResultStatus.OPTIMAL ? "optimal"
                : run.cancelled() ? "cancelled" : "time-limit";
        return new Outcome(java.util.Arrays.copyOf(sel, count), value, bound, word);
    }

    private static void sideConstraints(MPSolver solver, ReducedProblem q, MPVariable[] y, double inf) {
        if (q.hasGroups()) {
            MPConstraint[] g = new MPConstraint[q.groupMinimum.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = solver.makeConstraint(q.groupMinimum[i], inf, "");
            }
            for (int s = 0; s < q.sites; s++) {
                if (q.group[s] >= 0) {
                    g[q.group[s]].setCoefficient(y[s], 1);
                }
            }
        }
        if (q.hasBudget()) {
            if (q.oneOffBudget < Double.POSITIVE_INFINITY) {
                MPConstraint b = solver.makeConstraint(-inf, q.oneOffBudget, "");
                for (int s = 0; s < q.sites; s++) {
                    b.setCoefficient(y[s], q.oneOff[s]);
                }
            }
            if (q.yearlyBudget < Double.POSITIVE_INFINITY) {
                MPConstraint b = solver.makeConstraint(-inf, q.yearlyBudget, "");
                for (int s = 0; s < q.sites; s++) {
                    b.setCoefficient(y[s], q.yearly[s]);
                }
            }
        }
    }

    /** A daemon thread that interrupts the solver when the run is cancelled. */
    private static Thread cancelWatcher(MPSolver solver, RunControl run) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (run.cancelled()) {
                        solver.interruptSolve();
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mip-cancel-watcher");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
