package nl.nsp.planner.national;

import java.util.List;

/**
 * The coördinatiepunten of one region's headline plan: the fewest CPs, chosen among the plan's own NSPs inside the
 * region, such that every NSP of the plan is within the link range of a CP that serves at most the maximum number of
 * NSPs ({@link nl.nsp.planner.optimise.CoordinationPoints}).
 *
 * @param cpSiteIds   the NSPs that double as CP
 * @param lowerBound  proven lower bound on the number of CPs (LP relaxation, at least NSPs / max per CP)
 * @param feasible    false when some NSP has no CP candidate within range
 * @param unlinked    NSPs without a CP in the plan
 */
public record CpPlan(List<String> cpSiteIds, int lowerBound, boolean feasible, int unlinked) {
    public CpPlan {
        cpSiteIds = List.copyOf(cpSiteIds);
    }

    public int count() {
        return cpSiteIds.size();
    }
}
