package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * A set of chosen sites with the bookkeeping of the side constraints: the size limit, budgets and group
 * minima. Answers whether adding or swapping keeps the set feasible (or at least no less feasible).
 */
final class Selection {
    private final ReducedProblem q;
    private final int limit;
    final boolean[] chosen;
    private int count;
    private double oneOffUsed;
    private double yearlyUsed;
    private final int[] groupCount;
    private int unmetNeed;

    /** An empty selection allowing at most {@code limit} sites. */
    Selection(ReducedProblem q, int limit) {
        this.q = q;
        this.limit = limit;
        this.chosen = new boolean[q.sites];
        this.groupCount = new int[q.groupMinimum.length];
        for (int min : q.groupMinimum) {
            unmetNeed += min;
        }
    }

    int count() {
        return count;
    }

    int limit() {
        return limit;
    }

    /** Sum over groups of the sites still missing to reach the group minimum. */
    int unmetNeed() {
        return unmetNeed;
    }

    /** True when site {@code s} belongs to a group that is still below its minimum. */
    boolean helpsGroup(int s) {
        if (!q.hasGroups()) {
            return false;
        }
        int g = q.group[s];
        return g >= 0 && groupCount[g] < q.groupMinimum[g];
    }

    boolean withinBudget(double oneOff, double yearly) {
        return oneOff <= q.oneOffBudget * (1 + 1e-12) + 1e-9 && yearly <= q.yearlyBudget * (1 + 1e-12) + 1e-9;
    }

    /** True when adding {@code s} stays within size and budget and leaves room for the unmet group minima. */
    boolean canAdd(int s) {
        if (chosen[s] || count >= limit) {
            return false;
        }
        if (q.hasBudget() && !withinBudget(oneOffUsed + q.oneOff[s], yearlyUsed + q.yearly[s])) {
            return false;
        }
        int need = unmetNeed - (helpsGroup(s) ? 1 : 0);
        return count + 1 + need <= limit || helpsGroup(s);
    }

    /** True when replacing {@code out} (chosen, not fixed) by {@code in} keeps budgets and group minima. */
    boolean canSwap(int in, int out) {
        if (chosen[in] || !chosen[out] || q.fixed[out]) {
            return false;
        }
        if (q.hasBudget() && !withinBudget(oneOffUsed - q.oneOff[out] + q.oneOff[in],
                yearlyUsed - q.yearly[out] + q.yearly[in])) {
            return false;
        }
        if (q.hasGroups()) {
            int gi = q.group[in];
            int go = q.group[out];
            if (gi != go) {
                boolean breaks = go >= 0 && groupCount[go] <= q.groupMinimum[go];
                boolean helps = gi >= 0 && groupCount[gi] < q.groupMinimum[gi];
                if (breaks && !helps) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when removing chosen site {@code s} would leave its group below its minimum. */
    boolean removalBreaksGroup(int s) {
        if (!q.hasGroups() || q.group[s] < 0) {
            return false;
        }
        int g = q.group[s];
        return groupCount[g] <= q.groupMinimum[g];
    }

    /**
     * Adds, while some group minimum is unmet, the allowed site of an unmet group that covers the most
     * uncovered weight (ties: lowest index); keeps {@code state} in step.
     */
    void fillGroups(CoverState state) {
        while (unmetNeed > 0) {
            int best = -1;
            double bestGain = -1;
            for (int t = 0; t < chosen.length; t++) {
                if (!chosen[t] && helpsGroup(t) && canAdd(t)) {
                    double g = state.gain(t);
                    if (g > bestGain) {
                        bestGain = g;
                        best = t;
                    }
                }
            }
            if (best < 0) {
                return;
            }
            add(best);
            state.add(best);
        }
    }

    void add(int s) {
        chosen[s] = true;
        count++;
        if (q.hasBudget()) {
            oneOffUsed += q.oneOff[s];
            yearlyUsed += q.yearly[s];
        }
        if (q.hasGroups() && q.group[s] >= 0) {
            int g = q.group[s];
            if (groupCount[g] < q.groupMinimum[g]) {
                unmetNeed--;
            }
            groupCount[g]++;
        }
    }

    void remove(int s) {
        chosen[s] = false;
        count--;
        if (q.hasBudget()) {
            oneOffUsed -= q.oneOff[s];
            yearlyUsed -= q.yearly[s];
        }
        if (q.hasGroups() && q.group[s] >= 0) {
            int g = q.group[s];
            groupCount[g]--;
            if (groupCount[g] < q.groupMinimum[g]) {
                unmetNeed++;
            }
        }
    }

    /** True when the budgets hold and every group minimum is met. */
    boolean feasible() {
        int fixedChosen = 0;
        for (int s = 0; s < chosen.length; s++) {
            fixedChosen += chosen[s] && q.fixed[s] ? 1 : 0;
        }
        return fixedChosen == q.fixedCount && unmetNeed == 0 && (!q.hasBudget() || withinBudget(oneOffUsed, yearlyUsed)) && count <= limit;
    }

    int[] sites() {
        int[] out = new int[count];
        int i = 0;
        for (int s = 0; s < chosen.length; s++) {
            if (chosen[s]) {
                out[i++] = s;
            }
        }
        return out;
    }

    Selection copy() {
        Selection c = new Selection(q, limit);
        for (int s = 0; s < chosen.length; s++) {
            if (chosen[s]) {
                c.add(s);
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return Arrays.toString(sites());
    }
}
