package nl.nsp.planner.api.scenario;

import java.util.List;
import nl.nsp.planner.api.coverage.CoverageResponse;
import nl.nsp.planner.api.coverage.CoverageService;
import nl.nsp.planner.scenario.PlanDifference;

/**
 * Two scenarios side by side: both scenarios, the statistics of each, which NSPs and CPs differ, and (when both
 * are on the same region, demand layer and norms: {@code sameBasis}) the demand points covered by one only.
 */
record ComparisonResponse(ScenarioResponse a, ScenarioResponse b, CoverageResponse statisticsA,
        CoverageResponse statisticsB, PlanDifference difference, boolean sameBasis,
        List<CoverageService.ChangedPoint> changedPoints) {
}
