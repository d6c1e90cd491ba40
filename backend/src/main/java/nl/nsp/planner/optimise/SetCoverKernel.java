package nl.nsp.planner.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classic set-cover reductions for LSCP (every point covered, unit site costs), applied until none changes
 * anything, then the split of what is left into independent parts:
 * <ol>
 *   <li>fixed sites are taken and the points they cover dropped;</li>
 *   <li><b>essential site</b>: a point only one remaining site reaches forces that site (and drops the points
 *       it covers);</li>
 *   <li><b>dominated point</b>: a point whose remaining sites include all remaining sites of another point is
 *       dropped (covering the other covers it; equal sets keep the lower index);</li>
 *   <li><b>dominated site</b>: a site whose remaining points are a subset of another remaining site's is
 *       dropped (swapping it for the other never uncovers a point; equal sets keep the lower index); a site
 *       with no remaining points is dropped.</li>
 * </ol>
 * After the first round only points that lost a site and sites that lost a point are examined again: sets only
 * shrink, so a subset relation can only appear when its smaller side loses members.
 * None of these changes the optimum: optimum = forced sites + the optimum of the kernel, and any cover of the
 * kernel plus the forced sites covers every point of the instance (a dropped point is covered by a forced site,
 * or by whatever covers the point that dominated it, whose sites only ever shrink). Nor do they change the LP
 * relaxation value, but on a much smaller instance the Lagrangian bound converges, and the kernel falls apart
 * into <b>components</b> (sites linked by shared points) that are solved, and bounded, one by one: the bound is
 * forced + the sum of each component's rounded-up bound, which is at least the rounded-up bound of the whole.
 *
 * <p>Only for instances without group minima and budgets (with them a dominated site may be the one that fits).
 */
final class SetCoverKernel {
    /** Sites taken in every optimal cover (fixed, then essential), and the kernel's parts. */
    record Kernel(int[] forced, List<ReducedProblem> components, int rowsLeft) {
    }

    private final ReducedProblem q;
    private final boolean[] rowAlive;
    private final boolean[] siteAlive;
    private final boolean[] forced;
    private final int[] rowSize;
    private final int[] siteSize;
    /** Points that lost a site, and sites that lost a point, since they were last examined. */
    private final boolean[] rowDirty;
    private final boolean[] siteDirty;
    private final int[] siteMark;
    private final int[] rowMark;
    private int stamp;

    private SetCoverKernel(ReducedProblem q) {
        this.q = q;
        rowAlive = new boolean[q.demands];
        siteAlive = new boolean[q.sites];
        forced = new boolean[q.sites];
        rowSize = new int[q.demands];
        siteSize = new int[q.sites];
        rowDirty = new boolean[q.demands];
        siteDirty = new boolean[q.sites];
        Arrays.fill(rowDirty, true);
        Arrays.fill(siteDirty, true);
        siteMark = new int[q.sites];
        rowMark = new int[q.demands];
        Arrays.fill(rowAlive, true);
        Arrays.fill(siteAlive, true);
        for (int d = 0; d < q.demands; d++) {
            rowSize[d] = q.demandStart[d + 1] - q.demandStart[d];
        }
        for (int s = 0; s < q.sites; s++) {
            siteSize[s] = q.siteStart[s + 1] - q.siteStart[s];
        }
    }

    /** Reduces the full-cover LSCP instance {@code q} (no group minima, no budgets). */
    static Kernel reduce(ReducedProblem q, RunControl run) {
        if (q.hasGroups() || q.hasBudget()) {
            throw new IllegalArgumentException("the set-cover kernel needs an instance without group minima and budgets");
        }
        SetCoverKernel k = new SetCoverKernel(q);
        for (int s = 0; s < q.sites; s++) {
            if (q.fixed[s]) {
                k.force(s);
            }
        }
        boolean changed = true;
        while (changed && !run.shouldStop()) {
            changed = k.essentialSites();
            changed |= k.dominatedRows();
            changed |= k.dominatedSites();
        }
        return k.split();
    }

    private void force(int s) {
        forced[s] = true;
        removeSite(s);
        for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
            removeRow(q.siteDemand[t]);
        }
    }

    private void removeRow(int d) {
        if (!rowAlive[d]) {
            return;
        }
        rowAlive[d] = false;
        for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
            siteSize[q.demandSite[t]]--;
            siteDirty[q.demandSite[t]] = true;
        }
    }

    private void removeSite(int s) {
        if (!siteAlive[s]) {
            return;
        }
        siteAlive[s] = false;
        for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
            rowSize[q.siteDemand[t]]--;
            rowDirty[q.siteDemand[t]] = true;
        }
    }

    private boolean essentialSites() {
        boolean changed = false;
        for (int d = 0; d < q.demands; d++) {
            if (rowAlive[d] && rowSize[d] == 1) {
                for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                    int s = q.demandSite[t];
                    if (siteAlive[s]) {
                        force(s);
                        changed = true;
                        break;
                    }
                }
            }
            // rowSize 0 cannot happen: every point is reachable, and a site is only dropped for a dominator
        }
        return changed;
    }

    /** Drops every point whose live sites include all live sites of another live point. */
    private boolean dominatedRows() {
        boolean changed = false;
        for (int t = 0; t < q.demands; t++) {
            // only a point that lost sites can have become a subset of another (a superset losing sites cannot)
            if (!rowAlive[t] || !rowDirty[t]) {
                continue;
            }
            rowDirty[t] = false;
            // candidates r must contain t's two live sites with the fewest live points: walk the rarest one's
            // points, keep those the second rarest also reaches (marked), then check the rest of t's sites
            stamp++;
            int pivot = -1;
            int second = -1;
            for (int k = q.demandStart[t]; k < q.demandStart[t + 1]; k++) {
                int s = q.demandSite[k];
                if (siteAlive[s]) {
                    siteMark[s] = stamp;
                    if (pivot < 0 || siteSize[s] < siteSize[pivot]) {
                        second = pivot;
                        pivot = s;
                    } else if (second < 0 || siteSize[s] < siteSize[second]) {
                        second = s;
                    }
                }
            }
            if (second >= 0) {
                for (int k = q.siteStart[second]; k < q.siteStart[second + 1]; k++) {
                    rowMark[q.siteDemand[k]] = stamp;
                }
            }
            for (int k = q.siteStart[pivot]; k < q.siteStart[pivot + 1]; k++) {
                int r = q.siteDemand[k];
                if (r == t || !rowAlive[r] || rowSize[r] < rowSize[t] || second >= 0 && rowMark[r] != stamp) {
                    continue;
                }
                int hit = 0;
                for (int j = q.demandStart[r]; j < q.demandStart[r + 1]; j++) {
                    int s = q.demandSite[j];
                    if (siteAlive[s] && siteMark[s] == stamp) {
                        hit++;
                    }
                }
                if (hit == rowSize[t]) {
                    changed = true;
                    if (rowSize[r] == rowSize[t] && r < t) {
                        removeRow(t); // equal sets: the lower index stays
                        break;
                    }
                    removeRow(r);
                }
            }
        }
        return changed;
    }

    /** Drops every live site whose live points are a subset of another live site's. */
    private boolean dominatedSites() {
        boolean changed = false;
        for (int a = 0; a < q.sites; a++) {
            // likewise only a site that lost points can have become dominated
            if (!siteAlive[a] || !siteDirty[a]) {
                continue;
            }
            siteDirty[a] = false;
            if (siteSize[a] == 0) {
                removeSite(a);
                changed = true;
                continue;
            }
            // as for points: candidates b reach a's two live points with the fewest live sites
            stamp++;
            int pivot = -1;
            int second = -1;
            for (int k = q.siteStart[a]; k < q.siteStart[a + 1]; k++) {
                int d = q.siteDemand[k];
                if (rowAlive[d]) {
                    rowMark[d] = stamp;
                    if (pivot < 0 || rowSize[d] < rowSize[pivot]) {
                        second = pivot;
                        pivot = d;
                    } else if (second < 0 || rowSize[d] < rowSize[second]) {
                        second = d;
                    }
                }
            }
            if (second >= 0) {
                for (int k = q.demandStart[second]; k < q.demandStart[second + 1]; k++) {
                    siteMark[q.demandSite[k]] = stamp;
                }
            }
            for (int k = q.demandStart[pivot]; k < q.demandStart[pivot + 1]; k++) {
                int b = q.demandSite[k];
                if (b == a || !siteAlive[b] || siteSize[b] < siteSize[a] || second >= 0 && siteMark[b] != stamp) {
                    continue;
                }
                int hit = 0;
                for (int j = q.siteStart[b]; j < q.siteStart[b + 1]; j++) {
                    int d = q.siteDemand[j];
                    if (rowAlive[d] && rowMark[d] == stamp) {
                        hit++;
                    }
                }
                if (hit == siteSize[a]) {
                    changed = true;
                    if (siteSize[b] == siteSize[a] && b > a) {
                        removeSite(b); // equal sets: the lower index stays
                        continue;
                    }
                    removeSite(a);
                    break;
                }
            }
        }
        return changed;
    }

    /** Connected components of the live sites and points, each as an instance of its own. */
    private Kernel split() {
        int[] parent = new int[q.sites];
        for (int s = 0; s < q.sites; s++) {
            parent[s] = s;
        }
        int rowsLeft = 0;
        for (int d = 0; d < q.demands; d++) {
            if (!rowAlive[d]) {
                continue;
            }
            rowsLeft++;
            int first = -1;
            for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                int s = q.demandSite[k];
                if (siteAlive[s]) {
                    if (first < 0) {
                        first = find(parent, s);
                    } else {
                        int r = find(parent, s);
                        if (r != first) {
                            parent[r] = first;
                        }
                    }
                }
            }
        }
        int[] compOf = new int[q.sites];
        Arrays.fill(compOf, -1);
        int comps = 0;
        int[] rootComp = new int[q.sites];
        Arrays.fill(rootComp, -1);
        for (int s = 0; s < q.sites; s++) {
            if (siteAlive[s]) {
                int r = find(parent, s);
                if (rootComp[r] < 0) {
                    rootComp[r] = comps++;
                }
                compOf[s] = rootComp[r];
            }
        }
        // local indices: sites and points of each component in increasing order of their index in q
        int[] localSite = new int[q.sites];
        int[] siteCount = new int[comps];
        for (int s = 0; s < q.sites; s++) {
            if (compOf[s] >= 0) {
                localSite[s] = siteCount[compOf[s]]++;
            }
        }
        int[] localRow = new int[q.demands];
        int[] rowCount = new int[comps];
        int[] rowComp = new int[q.demands];
        for (int d = 0; d < q.demands; d++) {
            rowComp[d] = -1;
            if (rowAlive[d]) {
                for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                    if (siteAlive[q.demandSite[k]]) {
                        rowComp[d] = compOf[q.demandSite[k]];
                        break;
                    }
                }
                localRow[d] = rowCount[rowComp[d]]++;
            }
        }
        List<ReducedProblem> parts = new ArrayList<>();
        int[][] original = new int[comps][];
        for (int c = 0; c < comps; c++) {
            original[c] = new int[siteCount[c]];
        }
        int[][] starts = new int[comps][];
        int[] pairs = new int[comps];
        for (int c = 0; c < comps; c++) {
            starts[c] = new int[siteCount[c] + 1];
        }
        for (int s = 0; s < q.sites; s++) {
            if (compOf[s] >= 0) {
                int c = compOf[s];
                original[c][localSite[s]] = s;
                starts[c][localSite[s] + 1] = siteSize[s];
                pairs[c] += siteSize[s];
            }
        }
        for (int c = 0; c < comps; c++) {
            int[] st = starts[c];
            for (int i = 0; i < siteCount[c]; i++) {
                st[i + 1] += st[i];
            }
            int[] dem = new int[pairs[c]];
            int at = 0;
            for (int i = 0; i < siteCount[c]; i++) {
                int s = original[c][i];
                for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                    int d = q.siteDemand[k];
                    if (rowAlive[d]) {
                        dem[at++] = localRow[d];
                    }
                }
            }
            double[] w = new double[rowCount[c]];
            Arrays.fill(w, 1);
            parts.add(new ReducedProblem(st, dem, new double[pairs[c]], rowCount[c], w, original[c],
                    SideConstraints.none(q.sites), rowCount[c], 0, q.stats));
        }
        int nf = 0;
        for (boolean f : forced) {
            nf += f ? 1 : 0;
        }
        int[] f = new int[nf];
        for (int s = 0, i = 0; s < q.sites; s++) {
            if (forced[s]) {
                f[i++] = s;
            }
        }
        return new Kernel(f, parts, rowsLeft);
    }

    private static int find(int[] parent, int s) {
        while (parent[s] != s) {
            parent[s] = parent[parent[s]];
            s = parent[s];
        }
        return s;
    }
}
