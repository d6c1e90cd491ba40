package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * Constraints on the choice of sites that hold for every model, all by site index.
 *
 * @param siteCount     number of candidate sites
 * @param fixed         sites that must be chosen (e.g. existing pilot NSPs)
 * @param excluded      sites that must not be chosen
 * @param siteGroup     group (e.g. municipality) of each site, 0..groups-1, or -1 for none; empty array when
 *                      no groups are used
 * @param groupMinimum  at least this many chosen sites per group (indexed by group); empty when none
 * @param oneOffCost    one-off cost per site; empty when no budget is used
 * @param yearlyCost    yearly cost per site; empty when no budget is used
 * @param oneOffBudget  limit on the summed one-off cost ({@code +Infinity} for none)
 * @param yearlyBudget  limit on the summed yearly cost ({@code +Infinity} for none)
 */
public record SideConstraints(int siteCount, int[] fixed, int[] excluded, int[] siteGroup, int[] groupMinimum,
        double[] oneOffCost, double[] yearlyCost, double oneOffBudget, double yearlyBudget) {
    public SideConstraints {
        fixed = fixed.clone();
        excluded = excluded.clone();
        siteGroup = siteGroup.clone();
        groupMinimum = groupMinimum.clone();
        oneOffCost = oneOffCost.clone();
        yearlyCost = yearlyCost.clone();
        boolean[] isFixed = new boolean[siteCount];
        for (int s : fixed) {
            checkSite(siteCount, s, "fixed");
            isFixed[s] = true;
        }
        for (int s : excluded) {
            checkSite(siteCount, s, "excluded");
            if (isFixed[s]) {
                throw new IllegalArgumentException("site #" + s + " is both fixed and excluded");
            }
        }
        if (siteGroup.length != 0 && siteGroup.length != siteCount) {
            throw new IllegalArgumentException("site groups: expected " + siteCount + " entries, got " + siteGroup.length);
        }
        for (int g : siteGroup) {
            if (!(-1 <= g && g < groupMinimum.length)) {
                throw new IllegalArgumentException("site group " + g + " outside -1.." + (groupMinimum.length - 1));
            }
        }
        for (int min : groupMinimum) {
            if (min < 0) {
                throw new IllegalArgumentException("group minimum must be >= 0, got " + min);
            }
        }
        checkCosts(oneOffCost, siteCount, "one-off");
        checkCosts(yearlyCost, siteCount, "yearly");
        if (!(oneOffBudget >= 0) || !(yearlyBudget >= 0)) {
            throw new IllegalArgumentException("budgets must be >= 0, got " + oneOffBudget + " / " + yearlyBudget);
        }
        if (oneOffBudget < Double.POSITIVE_INFINITY && oneOffCost.length == 0
                || yearlyBudget < Double.POSITIVE_INFINITY && yearlyCost.length == 0) {
            throw new IllegalArgumentException("a budget needs a cost per site");
        }
    }

    /** No constraints on {@code siteCount} sites. */
    public static SideConstraints none(int siteCount) {
        return new SideConstraints(siteCount, new int[0], new int[0], new int[0], new int[0], new double[0],
                new double[0], Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A copy with these fixed and excluded sites. */
    public SideConstraints withFixedAndExcluded(int[] newFixed, int[] newExcluded) {
        return new SideConstraints(siteCount, newFixed, newExcluded, siteGroup, groupMinimum, oneOffCost, yearlyCost,
                oneOffBudget, yearlyBudget);
    }

    /** A copy with per-group minima. */
    public SideConstraints withGroups(int[] newSiteGroup, int[] newGroupMinimum) {
        return new SideConstraints(siteCount, fixed, excluded, newSiteGroup, newGroupMinimum, oneOffCost, yearlyCost,
                oneOffBudget, yearlyBudget);
    }

    /** A copy with costs and budgets. */
    public SideConstraints withBudget(double[] newOneOff, double[] newYearly, double newOneOffBudget,
            double newYearlyBudget) {
        return new SideConstraints(siteCount, fixed, excluded, siteGroup, groupMinimum, newOneOff, newYearly,
                newOneOffBudget, newYearlyBudget);
    }

    /** True when some group has a minimum above zero. */
    public boolean hasGroupMinimum() {
        return siteGroup.length > 0 && Arrays.stream(groupMinimum).anyMatch(m -> m > 0);
    }

    /** True when a finite budget is set. */
    public boolean hasBudget() {
        return oneOffBudget < Double.POSITIVE_INFINITY || yearlyBudget < Double.POSITIVE_INFINITY;
    }

    private static void checkSite(int siteCount, int s, String what) {
        if (!(0 <= s && s < siteCount)) {
            throw new IllegalArgumentException(what + " site #" + s + " outside 0.." + (siteCount - 1));
        }
    }

    private static void checkCosts(double[] cost, int siteCount, String what) {
        if (cost.length != 0 && cost.length != siteCount) {
            throw new IllegalArgumentException(what + " costs: expected " + siteCount + " entries, got " + cost.length);
        }
        for (double c : cost) {
            if (!(c >= 0 && c < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(what + " cost must be >= 0, got " + c);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SideConstraints c && siteCount == c.siteCount && Arrays.equals(fixed, c.fixed)
                && Arrays.equals(excluded, c.excluded) && Arrays.equals(siteGroup, c.siteGroup)
                && Arrays.equals(groupMinimum, c.groupMinimum) && Arrays.equals(oneOffCost, c.oneOffCost)
                && Arrays.equals(yearlyCost, c.yearlyCost) && oneOffBudget == c.oneOffBudget
                && yearlyBudget == c.yearlyBudget;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fixed) * 31 + Arrays.hashCode(excluded) + siteCount;
    }

    @Override
    public String toString() {
        return "SideConstraints[fixed=" + fixed.length + ", excluded=" + excluded.length + ", groups="
                + groupMinimum.length + ", budget=" + oneOffBudget + "/" + yearlyBudget + "]";
    }
}
