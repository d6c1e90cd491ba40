package nl.nsp.planner.optimise;

import java.util.Objects;

/**
 * The result of a run: chosen sites, objective and a proven bound.
 *
 * @param model         the model solved
 * @param objective     MCLP/CMCLP: covered weight; LSCP: number of sites; p-median: sum of weight x distance
 * @param bound         a proven bound on the optimum (upper for maximisation, lower for minimisation)
 * @param gap           |bound - objective| / max(|objective|, 1e-9); 0 means proven optimal
 * @param selected      chosen site indices, ascending
 * @param coveredWeight weight within reach of a chosen site (CMCLP: weight actually served)
 * @param totalWeight   weight of all demand points in the input
 * @param p             number of chosen sites
 * @param method        {@code heuristic} or {@code exact}
 * @param status        {@code optimal}, {@code feasible}, {@code time-limit}, {@code cancelled} or {@code infeasible}
 * @param seconds       time spent solving (after the coverage index was built)
 * @param reduction     what instance reduction did
 */
public record Solution(Model model, double objective, double bound, double gap, int[] selected, double coveredWeight,
        double totalWeight, int p, String method, String status, double seconds, ReductionStats reduction) {
    public Solution {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reduction, "reduction");
        selected = selected.clone();
    }

    /** Relative gap between an objective and a bound. */
    public static double gap(double objective, double bound) {
        if (Double.isNaN(bound) || Double.isNaN(objective)) {
            return Double.NaN;
        }
        double g = Math.abs(bound - objective) / Math.max(Math.abs(objective), 1e-9);
        return g < 1e-12 ? 0 : g;
    }

    /** Covered weight as a share of the total weight (0 when the total is 0). */
    public double coveredShare() {
        return totalWeight > 0 ? coveredWeight / totalWeight : 0;
    }
}
