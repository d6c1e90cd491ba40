package nl.nsp.planner.national;

import java.util.List;
import java.util.Objects;

/**
 * What an outage takes away from the headline plans and how they are repaired.
 *
 * @param scenario    the scenario
 * @param norm        the norm of the headline plan
 * @param targetShare the target of the headline plan
 * @param regions     every region whose plan loses a site or whose inhabitants live in the area
 */
public record OutageResult(OutageScenario scenario, Norm norm, double targetShare, List<RegionOutage> regions) {
    public OutageResult {
        Objects.requireNonNull(scenario, "scenario");
        regions = List.copyOf(regions);
    }

    /**
     * One region.
     *
     * @param code, name            the region
     * @param planned               NSPs in the headline plan
     * @param failedSiteIds         planned NSPs that fall out
     * @param areaInhabitants       inhabitants (counted by the norm) living in the outage area
     * @param areaCoveredBefore     of those, covered by the plan before the outage
     * @param areaCoveredAfter      of those, still covered by the remaining NSPs
     * @param lostInhabitants       inhabitants (counted by the norm) who lose their NSP: covered before, not after
     * @param lost65                inhabitants 65+ among them
     * @param coveredBefore         inhabitants covered by the plan
     * @param coveredAfter          inhabitants covered by the remaining NSPs
     * @param targetWeight          what the headline plan had to cover
     * @param targetReachable       false when the remaining candidates cannot reach the target any more (the repair then
     *                              covers everyone still reachable)
     * @param repairTarget          what the repair covers
     * @param repaired              NSPs of the repaired plan (remaining NSPs plus added ones)
     * @param repairedLowerBound    proven lower bound on that number (given the remaining NSPs stay)
     * @param addedSiteIds          the NSPs added
     * @param coveredRepaired       inhabitants covered by the repaired plan
     */
    public record RegionOutage(String code, String name, int planned, List<String> failedSiteIds, double areaInhabitants,
            double areaCoveredBefore, double areaCoveredAfter, double lostInhabitants, double lost65, double coveredBefore,
            double coveredAfter, double targetWeight, boolean targetReachable, double repairTarget, int repaired,
            int repairedLowerBound, List<String> addedSiteIds, double coveredRepaired) {
        public RegionOutage {
            failedSiteIds = List.copyOf(failedSiteIds);
            addedSiteIds = List.copyOf(addedSiteIds);
        }

        public int failed() {
            return failedSiteIds.size();
        }
    }

    public double lostInhabitants() {
        return regions.stream().mapToDouble(RegionOutage::lostInhabitants).sum();
    }

    public double lost65() {
        return regions.stream().mapToDouble(RegionOutage::lost65).sum();
    }

    public int failed() {
        return regions.stream().mapToInt(RegionOutage::failed).sum();
    }

    public int added() {
        return regions.stream().mapToInt(r -> r.addedSiteIds().size()).sum();
    }
}
