package nl.nsp.planner.api.coverage;

import nl.nsp.planner.analysis.CoverageDelta;
import nl.nsp.planner.analysis.CoverageReport;

/**
 * The result of one toggle.
 *
 * @param sessionId the session, or null for the stateless toggle
 * @param delta     what changed (totals, changed area rows, demand points that flipped)
 * @param report    the full statistics after the toggle, when asked for ({@code ?full=true})
 */
record ToggleResponse(String sessionId, CoverageDelta delta, CoverageReport report) {
}
