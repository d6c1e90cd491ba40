package nl.nsp.planner.optimise;

import java.util.Arrays;

/** The test oracle of last resort: enumerates every site subset of a tiny instance. */
final class BruteForce {
    private BruteForce() {
    }

    /** Best objective over all feasible subsets, NaN when none is feasible. */
    static double optimum(OptimisationProblem problem, Model model, int p, double targetShare, double capacity) {
        var idx = problem.index();
        int m = idx.siteCount();
        int n = idx.demandCount();
        double[] w = problem.weight();
        SideConstraints c = problem.constraints();
        double total = problem.totalWeight();
        boolean[] coverable = new boolean[n];
        boolean[] excluded = new boolean[m];
        for (int s : c.excluded()) {
            excluded[s] = true;
        }
        for (int s = 0; s < m; s++) {
            if (!excluded[s]) {
                for (int k = idx.siteStart(s); k < idx.siteEnd(s); k++) {
                    coverable[idx.siteDemand(k)] = true;
                }
            }
        }
        double best = Double.NaN;
        for (int mask = 0; mask < (1 << m); mask++) {
            int size = Integer.bitCount(mask);
            if (!feasible(mask, c, m)) {
                continue;
            }
            boolean[] chosen = new boolean[m];
            for (int s = 0; s < m; s++) {
                chosen[s] = (mask >> s & 1) == 1;
            }
            double value;
            switch (model) {
                case MCLP -> {
                    if (size > p) {
                        continue;
                    }
                    value = covered(idx, w, chosen);
                }
                case LSCP -> {
                    double cov = covered(idx, w, chosen);
                    if (Double.isNaN(targetShare)) {
                        boolean all = true;
                        for (int d = 0; d < n; d++) {
                            if (coverable[d] && !isCovered(idx, d, chosen)) {
                                all = false;
                            }
                        }
                        if (!all) {
                            continue;
                        }
                    } else if (cov < targetShare * total - 1e-9) {
                        continue;
                    }
                    value = size;
                }
                case PMEDIAN -> {
                    if (size > p || size == 0) {
                        continue;
                    }
                    value = 0;
                    for (int d = 0; d < n; d++) {
                        double near = Double.POSITIVE_INFINITY;
                        for (int k = idx.demandStart(d); k < idx.demandEnd(d); k++) {
                            if (chosen[idx.demandSite(k)]) {
                                near = Math.min(near, idx.demandMetres(k));
                            }
                        }
                        value += w[d] * near;
                    }
                }
                case CMCLP -> {
                    if (size > p) {
                        continue;
                    }
                    value = served(idx, w, chosen, capacity);
                }
                default -> throw new IllegalStateException();
            }
            if (Double.isNaN(best) || (model.maximise() ? value > best : value < best)) {
                best = value;
            }
        }
        return best;
    }

    static boolean feasible(int mask, SideConstraints c, int m) {
        for (int s : c.fixed()) {
            if ((mask >> s & 1) == 0) {
                return false;
            }
        }
        for (int s : c.excluded()) {
            if ((mask >> s & 1) == 1) {
                return false;
            }
        }
        if (c.hasGroupMinimum()) {
            int[] count = new int[c.groupMinimum().length];
            for (int s = 0; s < m; s++) {
                if ((mask >> s & 1) == 1 && c.siteGroup()[s] >= 0) {
                    count[c.siteGroup()[s]]++;
                }
            }
            for (int g = 0; g < count.length; g++) {
                if (count[g] < c.groupMinimum()[g]) {
                    return false;
                }
            }
        }
        if (c.hasBudget()) {
            double o = 0;
            double y = 0;
            for (int s = 0; s < m; s++) {
                if ((mask >> s & 1) == 1) {
                    o += c.oneOffCost().length == 0 ? 0 : c.oneOffCost()[s];
                    y += c.yearlyCost().length == 0 ? 0 : c.yearlyCost()[s];
                }
            }
            if (o > c.oneOffBudget() + 1e-9 || y > c.yearlyBudget() + 1e-9) {
                return false;
            }
        }
        return true;
    }

    static double covered(nl.nsp.planner.reach.CoverageIndex idx, double[] w, boolean[] chosen) {
        double cov = 0;
        for (int d = 0; d < idx.demandCount(); d++) {
            if (isCovered(idx, d, chosen)) {
                cov += w[d];
            }
        }
        return cov;
    }

    private static boolean isCovered(nl.nsp.planner.reach.CoverageIndex idx, int d, boolean[] chosen) {
        for (int k = idx.demandStart(d); k < idx.demandEnd(d); k++) {
            if (chosen[idx.demandSite(k)]) {
                return true;
            }
        }
        return false;
    }

    /** Served weight by an independent max-flow (Edmonds-Karp on a dense matrix). */
    static double served(nl.nsp.planner.reach.CoverageIndex idx, double[] w, boolean[] chosen, double capacity) {
        int n = idx.demandCount();
        int m = idx.siteCount();
        int size = n + m + 2;
        int src = n + m;
        int snk = src + 1;
        double[][] cap = new double[size][size];
        for (int d = 0; d < n; d++) {
            cap[src][d] = w[d];
        }
        for (int s = 0; s < m; s++) {
            if (chosen[s]) {
                cap[n + s][snk] = capacity;
                for (int k = idx.siteStart(s); k < idx.siteEnd(s); k++) {
                    cap[idx.siteDemand(k)][n + s] = Double.POSITIVE_INFINITY;
                }
            }
        }
        double flow = 0;
        while (true) {
            int[] prev = new int[size];
            Arrays.fill(prev, -1);
            prev[src] = src;
            int[] queue = new int[size];
            int h = 0;
            int t = 0;
            queue[t++] = src;
            while (h < t && prev[snk] < 0) {
                int u = queue[h++];
                for (int v = 0; v < size; v++) {
                    if (prev[v] < 0 && cap[u][v] > 1e-12) {
                        prev[v] = u;
                        queue[t++] = v;
                    }
                }
            }
            if (prev[snk] < 0) {
                return flow;
            }
            double f = Double.POSITIVE_INFINITY;
            for (int v = snk; v != src; v = prev[v]) {
                f = Math.min(f, cap[prev[v]][v]);
            }
            for (int v = snk; v != src; v = prev[v]) {
                cap[prev[v]][v] -= f;
                cap[v][prev[v]] += f;
            }
            flow += f;
        }
    }
}
