package nl.nsp.planner.optimise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.nsp.planner.reach.CoverageIndex;

/**
 * Shrinks an instance without changing its optimum value.
 *
 * <ul>
 *   <li>Always: excluded sites are removed; demand points that no remaining site reaches are left out (their
 *       weight can never count; it stays in the total weight).</li>
 *   <li>Covering models (MCLP, LSCP, CMCLP), when reduction is on: demand points reached by exactly the same
 *       set of sites are merged into one point carrying the summed weight.</li>
 *   <li>MCLP and LSCP without group minima or budgets, when reduction is on: a site whose covered set is a
 *       subset of another site's is removed unless it is fixed ("dominated"). Dominance is a strict order
 *       (strict subset, or equal sets and a lower index wins), so every removed site has a kept dominator
 *       and an optimal solution survives. Not applied to CMCLP, where a dominated site still adds capacity.</li>
 *   <li>p-median: nothing but the two "always" steps, which do not change the optimum.</li>
 * </ul>
 */
final class InstanceReduction {
    private InstanceReduction() {
    }

    static ReducedProblem reduce(OptimisationProblem problem, Model model, boolean enabled) {
        CoverageIndex idx = problem.index();
        SideConstraints c = problem.constraints();
        int m = idx.siteCount();
        int n = idx.demandCount();
        double[] w = problem.weight();
        boolean[] excluded = new boolean[m];
        for (int s : c.excluded()) {
            excluded[s] = true;
        }
        boolean covering = model != Model.PMEDIAN;
        boolean merge = covering && enabled;

        // class of each demand point: -1 unreachable; merged classes share an id
        int[] cls = new int[n];
        int classes = 0;
        Map<Long, int[]> byHash = new HashMap<>();
        int[] rep = new int[n];
        double unreachable = 0;
        for (int d = 0; d < n; d++) {
            long h = 1469598103934665603L;
            int count = 0;
            for (int k = idx.demandStart(d); k < idx.demandEnd(d); k++) {
                int s = idx.demandSite(k);
                if (!excluded[s]) {
                    h = (h ^ s) * 1099511628211L;
                    count++;
                }
            }
            if (count == 0) {
                cls[d] = -1;
                unreachable += w[d];
                continue;
            }
            if (!merge) {
                rep[classes] = d;
                cls[d] = classes++;
                continue;
            }
            int[] bucket = byHash.get(h);
            int found = -1;
            if (bucket != null) {
                for (int b = 1; b <= bucket[0]; b++) {
                    if (sameAllowedSites(idx, excluded, rep[bucket[b]], d)) {
                        found = bucket[b];
                        break;
                    }
                }
            }
            if (found < 0) {
                found = classes++;
                rep[found] = d;
                if (bucket == null) {
                    bucket = new int[] {0, 0};
                } else if (bucket[0] + 1 == bucket.length) {
                    bucket = Arrays.copyOf(bucket, bucket.length * 2);
                }
                bucket[++bucket[0]] = found;
                byHash.put(h, bucket);
            }
            cls[d] = found;
        }
        double[] weight = new double[classes];
        for (int d = 0; d < n; d++) {
            if (cls[d] >= 0) {
                weight[cls[d]] += w[d];
            }
        }

        // site rows over classes (deduplicated; for merged classes the distance is irrelevant)
        int[] start = new int[m + 1];
        int[] dem = new int[idx.pairCount()];
        double[] dist = new double[idx.pairCount()];
        int[] stamp = new int[classes];
        Arrays.fill(stamp, -1);
        int size = 0;
        for (int s = 0; s < m; s++) {
            if (!excluded[s]) {
                for (int k = idx.siteStart(s); k < idx.siteEnd(s); k++) {
                    int q = cls[idx.siteDemand(k)];
                    if (q >= 0 && stamp[q] != s) {
                        stamp[q] = s;
                        dem[size] = q;
                        dist[size] = idx.siteMetres(k);
                        size++;
                    }
                }
                if (merge) {
                    Arrays.sort(dem, start[s], size); // classes are numbered in first-seen order; keep rows sorted
                }
            }
            start[s + 1] = size;
        }

        boolean[] dominated = new boolean[m];
        int dominatedCount = 0;
        if (enabled && (model == Model.MCLP || model == Model.LSCP) && !c.hasGroupMinimum() && !c.hasBudget()) {
            dominatedCount = markDominated(m, classes, start, dem, excluded, c.fixed(), dominated);
        }
        int kept = 0;
        for (int s = 0; s < m; s++) {
            if (!excluded[s] && !dominated[s]) {
                kept++;
            }
        }
        int[] original = new int[kept];
        int[] rs = new int[kept + 1];
        int pairs = 0;
        for (int s = 0, r = 0; s < m; s++) {
            if (!excluded[s] && !dominated[s]) {
                original[r] = s;
                pairs += start[s + 1] - start[s];
                rs[++r] = pairs;
            }
        }
        int[] rd = new int[pairs];
        double[] rdist = new double[pairs];
        for (int r = 0; r < kept; r++) {
            int s = original[r];
            System.arraycopy(dem, start[s], rd, rs[r], start[s + 1] - start[s]);
            System.arraycopy(dist, start[s], rdist, rs[r], start[s + 1] - start[s]);
        }
        int unreachableCount = 0;
        for (int d = 0; d < n; d++) {
            unreachableCount += cls[d] < 0 ? 1 : 0;
        }
        ReductionStats stats = new ReductionStats(n, classes, unreachableCount, m, kept, c.excluded().length,
                dominatedCount);
        return new ReducedProblem(rs, rd, rdist, classes, weight, original, c, problem.totalWeight(), unreachable,
                stats);
    }

    /**
     * For "cover every point" only: drops every demand point whose site set contains another point's site set (covering
     * the smaller set covers it too). The optimum and every cover stay the same; weights lose their meaning, so this
     * must not be used for weighted or partial covering. Points reached by equal site sets must already be merged.
     */
    static ReducedProblem dropImpliedDemand(ReducedProblem q, SideConstraints c) {
        int n = q.demands;
        boolean[] implied = new boolean[n];
        int[] stamp = new int[q.sites];
        Arrays.fill(stamp, -1);
        int dropped = 0;
        for (int d = 0; d < n; d++) {
            int size = q.demandStart[d + 1] - q.demandStart[d];
            int best = -1;
            int bestColumn = Integer.MAX_VALUE;
            for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                int s = q.demandSite[k];
                stamp[s] = d;
                int col = q.siteStart[s + 1] - q.siteStart[s];
                if (col < bestColumn) {
                    bestColumn = col;
                    best = s;
                }
            }
            if (best < 0) {
                continue;
            }
            for (int t = q.siteStart[best]; t < q.siteStart[best + 1] && !implied[d]; t++) {
                int e = q.siteDemand[t];
                int sizeE = q.demandStart[e + 1] - q.demandStart[e];
                if (e == d || sizeE >= size) {
                    continue;
                }
                boolean subset = true;
                for (int k = q.demandStart[e]; k < q.demandStart[e + 1] && subset; k++) {
                    subset = stamp[q.demandSite[k]] == d;
                }
                implied[d] = subset;
            }
            dropped += implied[d] ? 1 : 0;
        }
        if (dropped == 0) {
            return q;
        }
        int[] renumber = new int[n];
        int kept = 0;
        double[] weight = new double[n - dropped];
        for (int d = 0; d < n; d++) {
            renumber[d] = implied[d] ? -1 : kept;
            if (!implied[d]) {
                weight[kept++] = q.weight[d];
            }
        }
        int[] start = new int[q.sites + 1];
        int[] dem = new int[q.pairs()];
        double[] dist = new double[q.pairs()];
        int size = 0;
        for (int s = 0; s < q.sites; s++) {
            for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                int r = renumber[q.siteDemand[k]];
                if (r >= 0) {
                    dem[size] = r;
                    dist[size] = q.siteDist[k];
                    size++;
                }
            }
            start[s + 1] = size;
        }
        return new ReducedProblem(start, Arrays.copyOf(dem, size), Arrays.copyOf(dist, size), kept, weight,
                q.siteOriginal, c, q.totalWeight, q.unreachableWeight, q.stats);
    }

    private static boolean sameAllowedSites(CoverageIndex idx, boolean[] excluded, int a, int b) {
        int ka = idx.demandStart(a);
        int kb = idx.demandStart(b);
        int ea = idx.demandEnd(a);
        int eb = idx.demandEnd(b);
        while (true) {
            while (ka < ea && excluded[idx.demandSite(ka)]) {
                ka++;
            }
            while (kb < eb && excluded[idx.demandSite(kb)]) {
                kb++;
            }
            if (ka == ea || kb == eb) {
                return ka == ea && kb == eb;
            }
            if (idx.demandSite(ka) != idx.demandSite(kb)) {
                return false;
            }
            ka++;
            kb++;
        }
    }

    /** Marks every non-fixed site dominated by another allowed site; returns how many. */
    private static int markDominated(int m, int classes, int[] start, int[] dem, boolean[] excluded, int[] fixed,
            boolean[] dominated) {
        boolean[] isFixed = new boolean[m];
        for (int s : fixed) {
            isFixed[s] = true;
        }
        // transpose over classes
        int[] cStart = new int[classes + 1];
        for (int s = 0; s < m; s++) {
            for (int k = start[s]; k < start[s + 1]; k++) {
                cStart[dem[k] + 1]++;
            }
        }
        for (int q = 0; q < classes; q++) {
            cStart[q + 1] += cStart[q];
        }
        int[] fill = Arrays.copyOf(cStart, classes);
        int[] cSite = new int[start[m]];
        for (int s = 0; s < m; s++) {
            for (int k = start[s]; k < start[s + 1]; k++) {
                cSite[fill[dem[k]]++] = s;
            }
        }
        int[] mark = new int[classes];
        Arrays.fill(mark, -1);
        int count = 0;
        for (int a = 0; a < m; a++) {
            if (excluded[a] || isFixed[a]) {
                continue;
            }
            int sizeA = start[a + 1] - start[a];
            if (sizeA == 0) {
                // covers nothing: any other allowed site dominates it
                for (int b = 0; b < m; b++) {
                    if (b != a && !excluded[b] && (start[b + 1] - start[b] > 0 || b < a)) {
                        dominated[a] = true;
                        break;
                    }
                }
            } else {
                // a dominator reaches every point of a, in particular the one the fewest sites reach
                int first = dem[start[a]];
                for (int k = start[a]; k < start[a + 1]; k++) {
                    mark[dem[k]] = a;
                    if (cStart[dem[k] + 1] - cStart[dem[k]] < cStart[first + 1] - cStart[first]) {
                        first = dem[k];
                    }
                }
                for (int t = cStart[first]; t < cStart[first + 1] && !dominated[a]; t++) {
                    int b = cSite[t];
                    int sizeB = start[b + 1] - start[b];
                    if (b == a || sizeB < sizeA || (sizeB == sizeA && b > a)) {
                        continue;
                    }
                    int hit = 0;
                    for (int k = start[b]; k < start[b + 1]; k++) {
                        if (mark[dem[k]] == a) {
                            hit++;
                        }
                    }
                    if (hit == sizeA) {
                        dominated[a] = true;
                    }
                }
            }
            count += dominated[a] ? 1 : 0;
        }
        return count;
    }
}
