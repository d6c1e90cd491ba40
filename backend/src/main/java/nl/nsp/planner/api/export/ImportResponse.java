package nl.nsp.planner.api.export;

import java.util.List;
import nl.nsp.planner.api.ApiError;
import nl.nsp.planner.scenario.Plan;

/**
 * What {@code POST /api/scenarios/import} read: the plan (the shape the map edits), where it came from, and notes.
 *
 * @param plan     region, demandLayer, norms, nspSiteIds, cpSiteIds, fixedSiteIds, excludedSiteIds, ownSites
 * @param source   the file's {@code scenario} member (an export of this tool), or null
 * @param format   how the file was read, e.g. {@code geojson (EPSG:4326)}
 * @param features number of features read
 * @param notes    accepted with a remark: {@code line} is the 1-based feature number, {@code field} the property
 */
record ImportResponse(Plan plan, Source source, String format, int features, List<ApiError.Item> notes) {
    /** The exported scenario the file came from. */
    record Source(String id, String name, Long version, Long dataVersion, String author, String description) {
    }
}
