package nl.nsp.planner.api.optimisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The proposal of a finished job.
 *
 * @param model         the model solved
 * @param objective     mclp/cmclp: covered weight; lscp: number of sites; pmedian: sum of weight x distance in metres
 * @param bound         proven bound on the optimum (upper for mclp/cmclp, lower for lscp/pmedian), null when unknown
 * @param gap           relative gap between objective and bound, 0 = proven optimal, null when unknown
 * @param selected      chosen candidate ids
 * @param selectedSites the chosen candidates with name and position (RD x/y and WGS84 lon/lat)
 * @param coveredWeight inhabitants within the radius of a chosen site (cmclp: served)
 * @param totalWeight   inhabitants of the region in the demand layer
 * @param coveredShare  coveredWeight / totalWeight
 * @param seconds       solver time
 * @param method        {@code heuristic} or {@code exact}
 * @param status        solver status: {@code optimal}, {@code feasible}, {@code time-limit} or {@code infeasible}
 * @param region        the region code
 * @param demandLayer   the demand layer used
 * @param radiusMetres  the coverage radius used
 * @param curve         for a curve job: coverage for p = 1, 2, ... (absent otherwise); the other fields then describe
 *                      its last point
 */
record OptimisationResultResponse(String model, double objective, Double bound, Double gap, List<String> selected,
        List<SelectedSite> selectedSites, double coveredWeight, double totalWeight, double coveredShare, double seconds,
        String method, String status, String region, String demandLayer, double radiusMetres,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CurvePoint> curve) {
    OptimisationResultResponse {
        selected = List.copyOf(selected);
        selectedSites = List.copyOf(selectedSites);
        curve = curve == null ? null : List.copyOf(curve);
    }

    /**
     * One point of the trade-off curve.
     *
     * @param p             number of sites
     * @param coveredWeight inhabitants within the radius of the p sites found
     * @param coveredShare  coveredWeight / totalWeight
     * @param bound         proven upper bound on the best coverage with p sites
     * @param boundShare    bound / totalWeight
     */
    record CurvePoint(int p, double coveredWeight, double coveredShare, double bound, double boundShare) {
    }

    /** One chosen candidate: id, name, RD New x/y in metres, WGS84 lon/lat in degrees. */
    record SelectedSite(String id, String name, double x, double y, double lon, double lat) {
    }
}
