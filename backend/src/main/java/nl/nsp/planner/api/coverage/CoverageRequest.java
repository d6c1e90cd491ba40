package nl.nsp.planner.api.coverage;

import java.util.List;
import nl.nsp.planner.api.plan.OwnSiteRequest;

/**
 * A coverage question: which demand, which open sites, which norms.
 *
 * @param region      safety region code (VR##), or null for the whole country
 * @param demandLayer demand layer name, or null for the primary layer
 * @param openSiteIds ids of the open NSPs (candidate or own-site ids)
 * @param norms       norms (optional; defaults)
 * @param cpSiteIds   ids of sites acting as CPs (candidate or own-site ids); when given, the NSP-CP links are computed
 * @param metric      {@code euclidean} (default); network metrics are not served yet
 * @param ownSites    sites the planner added (ids {@code eigen-…}); they take part like candidates
 */
public record CoverageRequest(String region, String demandLayer, List<String> openSiteIds, NormsRequest norms,
        List<String> cpSiteIds, String metric, List<OwnSiteRequest> ownSites) {
}
