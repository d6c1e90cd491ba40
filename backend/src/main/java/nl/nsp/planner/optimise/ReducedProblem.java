package nl.nsp.planner.optimise;

/**
 * The instance the algorithms work on: dense site and demand indices after reduction, pairs in both
 * directions, weights and the side constraints mapped to reduced site indices. Package-private arrays for
 * the hot loops; never modified after construction.
 */
final class ReducedProblem {
    final int sites;
    final int demands;
    final int[] siteStart;
    final int[] siteDemand;
    final double[] siteDist;
    final int[] demandStart;
    final int[] demandSite;
    final double[] demandDist;
    final double[] weight;
    /** Reduced site -> original site index. */
    final int[] siteOriginal;
    final boolean[] fixed;
    final int fixedCount;
    /** Group per reduced site, -1 for none; null when no group minima. */
    final int[] group;
    final int[] groupMinimum;
    /** Costs per reduced site; null when no budget. */
    final double[] oneOff;
    final double[] yearly;
    final double oneOffBudget;
    final double yearlyBudget;
    /** Weight of all demand in the input, and of the demand no allowed site reaches. */
    final double totalWeight;
    final double unreachableWeight;
    final ReductionStats stats;

    ReducedProblem(int[] siteStart, int[] siteDemand, double[] siteDist, int demands, double[] weight,
            int[] siteOriginal, SideConstraints c, double totalWeight, double unreachableWeight, ReductionStats stats) {
        this.sites = siteOriginal.length;
        this.demands = demands;
        this.siteStart = siteStart;
        this.siteDemand = siteDemand;
        this.siteDist = siteDist;
        this.weight = weight;
        this.siteOriginal = siteOriginal;
        this.totalWeight = totalWeight;
        this.unreachableWeight = unreachableWeight;
        this.stats = stats;
        int pairs = siteDemand.length;
        demandStart = new int[demands + 1];
        for (int k = 0; k < pairs; k++) {
            demandStart[siteDemand[k] + 1]++;
        }
        for (int d = 0; d < demands; d++) {
            demandStart[d + 1] += demandStart[d];
        }
        int[] fill = java.util.Arrays.copyOf(demandStart, demands);
        demandSite = new int[pairs];
        demandDist = new double[pairs];
        for (int s = 0; s < sites; s++) {
            for (int k = siteStart[s]; k < siteStart[s + 1]; k++) {
                int pos = fill[siteDemand[k]]++;
                demandSite[pos] = s;
                demandDist[pos] = siteDist[k];
            }
        }
        boolean[] originalFixed = new boolean[c.siteCount()];
        for (int s : c.fixed()) {
            originalFixed[s] = true;
        }
        fixed = new boolean[sites];
        int f = 0;
        for (int s = 0; s < sites; s++) {
            fixed[s] = originalFixed[siteOriginal[s]];
            f += fixed[s] ? 1 : 0;
        }
        fixedCount = f;
        if (c.hasGroupMinimum()) {
            group = new int[sites];
            for (int s = 0; s < sites; s++) {
                group[s] = c.siteGroup()[siteOriginal[s]];
            }
            groupMinimum = c.groupMinimum().clone();
        } else {
            group = null;
            groupMinimum = new int[0];
        }
        if (c.hasBudget()) {
            oneOff = new double[sites];
            yearly = new double[sites];
            for (int s = 0; s < sites; s++) {
                oneOff[s] = c.oneOffCost().length == 0 ? 0 : c.oneOffCost()[siteOriginal[s]];
                yearly[s] = c.yearlyCost().length == 0 ? 0 : c.yearlyCost()[siteOriginal[s]];
            }
        } else {
            oneOff = null;
            yearly = null;
        }
        oneOffBudget = c.oneOffBudget();
        yearlyBudget = c.yearlyBudget();
    }

    private double penalty = Double.NaN;

    /** Ten times the largest listed distance, plus one (see {@link Assignment#penalty}); computed once. */
    double penaltyDistance() {
        if (Double.isNaN(penalty)) {
            double max = 0;
            for (double x : siteDist) {
                max = Math.max(max, x);
            }
            penalty = 10 * max + 1;
        }
        return penalty;
    }

    private int[] nearSite;
    private double[] nearDist;

    /**
     * Each demand row (same offsets as {@link #demandStart}) with its sites ordered by distance, ties by site
     * index; built on first use (p-median only).
     */
    int[] nearSite() {
        if (nearSite == null) {
            sortRows();
        }
        return nearSite;
    }

    /** Distances matching {@link #nearSite()}. */
    double[] nearDist() {
        if (nearDist == null) {
            sortRows();
        }
        return nearDist;
    }

    private void sortRows() {
        int[] ns = demandSite.clone();
        double[] nd = demandDist.clone();
        int[] tmpS = new int[ns.length];
        double[] tmpD = new double[nd.length];
        for (int d = 0; d < demands; d++) {
            // rows start sorted by site index; a stable merge sort by distance keeps that order for ties
            mergeSort(ns, nd, tmpS, tmpD, demandStart[d], demandStart[d + 1]);
        }
        nearSite = ns;
        nearDist = nd;
    }

    private static void mergeSort(int[] s, double[] x, int[] ts, double[] tx, int from, int to) {
        for (int width = 1; width < to - from; width *= 2) {
            for (int lo = from; lo < to - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, to);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (x[j] < x[i]) {
                        ts[k] = s[j];
                        tx[k++] = x[j++];
                    } else {
                        ts[k] = s[i];
                        tx[k++] = x[i++];
                    }
                }
                while (i < mid) {
                    ts[k] = s[i];
                    tx[k++] = x[i++];
                }
                while (j < hi) {
                    ts[k] = s[j];
                    tx[k++] = x[j++];
                }
                System.arraycopy(ts, lo, s, lo, hi - lo);
                System.arraycopy(tx, lo, x, lo, hi - lo);
            }
        }
    }

    /** The same instance with every demand point weighing 1 (for "cover every point" searches). */
    ReducedProblem withUnitWeights() {
        return new ReducedProblem(this, unitWeights(demands));
    }

    private static double[] unitWeights(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private ReducedProblem(ReducedProblem o, double[] newWeight) {
        sites = o.sites;
        demands = o.demands;
        siteStart = o.siteStart;
        siteDemand = o.siteDemand;
        siteDist = o.siteDist;
        demandStart = o.demandStart;
        demandSite = o.demandSite;
        demandDist = o.demandDist;
        weight = newWeight;
        siteOriginal = o.siteOriginal;
        fixed = o.fixed;
        fixedCount = o.fixedCount;
        group = o.group;
        groupMinimum = o.groupMinimum;
        oneOff = o.oneOff;
        yearly = o.yearly;
        oneOffBudget = o.oneOffBudget;
        yearlyBudget = o.yearlyBudget;
        double t = 0;
        for (double w : newWeight) {
            t += w;
        }
        totalWeight = t;
        unreachableWeight = 0;
        stats = o.stats;
    }

    int pairs() {
        return siteDemand.length;
    }

    boolean hasBudget() {
        return oneOff != null;
    }

    boolean hasGroups() {
        return group != null;
    }

    /** Maps reduced site indices to sorted original ones. */
    int[] originalSites(int[] reduced) {
        int[] out = new int[reduced.length];
        for (int i = 0; i < reduced.length; i++) {
            out[i] = siteOriginal[reduced[i]];
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
