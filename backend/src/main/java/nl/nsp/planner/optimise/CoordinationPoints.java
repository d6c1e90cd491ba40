package nl.nsp.planner.optimise;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;

/**
 * Second level of the two-level NSP + CP plan: given the chosen NSPs, choose the fewest coordination points
 * (CPs) from their own candidate set so that every NSP is linked to an open CP within link range and no CP
 * serves more than its NSP limit.
 *
 * <p>This is a capacitated set cover solved after (not jointly with) the NSP choice. Heuristic: greedy on the
 * increase of the maximum matching (NSP -> CP in range, CP capacity = limit; a max flow; lazily re-evaluated, as
 * the gains are submodular), then removal of CPs the flow does not need. Bound: the LP relaxation (GLOP), rounded up, and at least ceil(NSPs / limit).
 * Exact: the MIP {@code min sum u_c; sum_c a_nc = 1; sum_n a_nc <= limit u_c; a_nc <= u_c}.
 */
public final class CoordinationPoints {
    private CoordinationPoints() {
    }

    /**
     * The CP plan.
     *
     * @param selected   chosen CP candidate indices, ascending
     * @param assignment CP index of each NSP (-1 when it cannot be linked)
     * @param bound      lower bound on the number of CPs
     * @param feasible   true when every NSP is linked
     */
    public record Plan(int[] selected, int[] assignment, double bound, boolean feasible) {
        public Plan {
            selected = selected.clone();
            assignment = assignment.clone();
        }
    }

    /**
     * @param inRange  inRange[n][c] true when NSP n is within link range of CP candidate c
     * @param limit    most NSPs one CP may serve, >= 1
     * @param exact    solve the MIP (OR-Tools SCIP) instead of the heuristic
     */
    public static Plan solve(boolean[][] inRange, int limit, boolean exact) {
        if (limit < 1) {
            throw new IllegalArgumentException("CP limit must be >= 1, got " + limit);
        }
        int n = inRange.length;
        int m = n == 0 ? 0 : inRange[0].length;
        double trivial = Math.ceil(n / (double) limit);
        double lp = lpBound(inRange, limit, false, null);
        double bound = Math.max(trivial, Math.ceil(lp - 1e-6));
        if (exact) {
            int[] chosen = new int[m];
            double v = lpBound(inRange, limit, true, chosen);
            if (!Double.isNaN(v)) {
                boolean[] open = new boolean[m];
                for (int c = 0; c < m; c++) {
                    open[c] = chosen[c] == 1;
                }
                int[] assign = new int[n];
                int flow = match(inRange, limit, open, assign);
                return new Plan(indices(open), assign, Math.max(bound, v), flow == n);
            }
        }
        int[][] adjacency = adjacency(inRange, m);
        boolean[] open = new boolean[m];
        int[] assign = new int[n];
        int flow = 0;
        // lazy greedy: the matching gain of opening a CP only shrinks as others open (the matching size is
        // submodular in the open set), so a stale gain is an upper bound, re-evaluated when it reaches the top
        java.util.PriorityQueue<long[]> queue = new java.util.PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        int[] degree = new int[m];
        for (int[] row : adjacency) {
            for (int c : row) {
                degree[c]++;
            }
        }
        for (int c = 0; c < m; c++) {
            if (degree[c] > 0) {
                queue.add(new long[] {Math.min(limit, degree[c]), c, -1});
            }
        }
        int round = 0;
        while (flow < n && !queue.isEmpty()) {
            long[] top = queue.poll();
            int c = (int) top[1];
            if (top[2] != round) {
                open[c] = true;
                int gain = match(adjacency, limit, open, assign) - flow;
                open[c] = false;
                if (gain > 0) {
                    queue.add(new long[] {gain, c, round});
                }
                continue;
            }
            open[c] = true;
            flow += (int) top[0];
            round++;
        }
        for (int c = m - 1; c >= 0; c--) {
            if (open[c]) {
                open[c] = false;
                if (match(adjacency, limit, open, assign) < flow) {
                    open[c] = true;
                }
            }
        }
        flow = match(adjacency, limit, open, assign);
        return new Plan(indices(open), assign, Math.min(bound, indices(open).length), flow == n);
    }

    /** For every NSP the CP candidates in range, ascending. */
    private static int[][] adjacency(boolean[][] inRange, int m) {
        int[][] out = new int[inRange.length][];
        int[] buf = new int[m];
        for (int i = 0; i < inRange.length; i++) {
            int k = 0;
            for (int c = 0; c < m; c++) {
                if (inRange[i][c]) {
                    buf[k++] = c;
                }
            }
            out[i] = Arrays.copyOf(buf, k);
        }
        return out;
    }

    private static int[] indices(boolean[] open) {
        int[] out = new int[open.length];
        int k = 0;
        for (int c = 0; c < open.length; c++) {
            if (open[c]) {
                out[k++] = c;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Maximum number of NSPs linked to open CPs (max flow); fills {@code assign}. */
    static int match(boolean[][] inRange, int limit, boolean[] open, int[] assign) {
        return match(adjacency(inRange, open.length), limit, open, assign);
    }

    /** As {@link #match(boolean[][], int, boolean[], int[])} with the CPs in range of each NSP as lists. */
    static int match(int[][] adjacency, int limit, boolean[] open, int[] assign) {
        int n = adjacency.length;
        int m = open.length;
        FlowNetwork net = new FlowNetwork(n + m + 2);
        int src = n + m;
        int snk = src + 1;
        int[][] edge = new int[n][];
        for (int i = 0; i < n; i++) {
            net.addEdge(src, i, 1);
            edge[i] = new int[adjacency[i].length];
            for (int k = 0; k < adjacency[i].length; k++) {
                int c = adjacency[i][k];
                edge[i][k] = open[c] ? net.addEdge(i, n + c, 1) : -1;
            }
        }
        for (int c = 0; c < m; c++) {
            if (open[c]) {
                net.addEdge(n + c, snk, limit);
            }
        }
        int flow = (int) Math.round(net.maxFlow(src, snk));
        for (int i = 0; i < n; i++) {
            assign[i] = -1;
            for (int k = 0; k < adjacency[i].length; k++) {
                if (edge[i][k] >= 0 && net.flow(edge[i][k]) > 0.5) {
                    assign[i] = adjacency[i][k];
                }
            }
        }
        return flow;
    }

    /** LP relaxation value (or MIP optimum with {@code integer}, writing the open CPs to {@code chosen}). */
    private static double lpBound(boolean[][] inRange, int limit, boolean integer, int[] chosen) {
        MipSolver.ensureLoaded();
        MPSolver solver = MPSolver.createSolver(integer ? "SCIP" : "GLOP");
        try {
            int n = inRange.length;
            int m = n == 0 ? 0 : inRange[0].length;
            double inf = MPSolver.infinity();
            MPVariable[] u = new MPVariable[m];
            MPObjective obj = solver.objective();
            MPConstraint[] cap = new MPConstraint[m];
            for (int c = 0; c < m; c++) {
                u[c] = integer ? solver.makeIntVar(0, 1, "") : solver.makeNumVar(0, 1, "");
                obj.setCoefficient(u[c], 1);
                cap[c] = solver.makeConstraint(-inf, 0, "");
                cap[c].setCoefficient(u[c], -limit);
            }
            for (int i = 0; i < n; i++) {
                MPConstraint one = solver.makeConstraint(1, 1, "");
                for (int c = 0; c < m; c++) {
                    if (inRange[i][c]) {
                        MPVariable a = solver.makeNumVar(0, 1, "");
                        one.setCoefficient(a, 1);
                        cap[c].setCoefficient(a, 1);
                        MPConstraint link = solver.makeConstraint(-inf, 0, "");
                        link.setCoefficient(a, 1);
                        link.setCoefficient(u[c], -1);
                    }
                }
            }
            obj.setMinimization();
            MPSolver.ResultStatus st = solver.solve();
            if (st != MPSolver.ResultStatus.OPTIMAL) {
                return Double.NaN;
            }
            if (chosen != null) {
                for (int c = 0; c < m; c++) {
                    chosen[c] = u[c].solutionValue() > 0.5 ? 1 : 0;
                }
            }
            return obj.value();
        } finally {
            solver.delete();
        }
    }
}
