package nl.nsp.planner.api.coverage;

import nl.nsp.planner.analysis.CoverageReport;
import nl.nsp.planner.analysis.LinkResult;

/**
 * Statistics for a region and a set of open sites.
 *
 * @param sessionId   the evaluation session (only for session endpoints)
 * @param region      the region asked for, or null for the whole country
 * @param demandLayer the demand layer used
 * @param report      the statistics
 * @param links       NSP-CP links, when CPs were given
 */
public record CoverageResponse(String sessionId, String region, String demandLayer, CoverageReport report, LinkResult links) {
}
