package nl.nsp.planner.api.scenario;

import java.util.List;
import nl.nsp.planner.api.coverage.NormsRequest;
import nl.nsp.planner.api.plan.OwnSiteRequest;

/**
 * Body of {@code POST /api/scenarios} and {@code PUT /api/scenarios/{id}}: the plan (the shape the map edits) plus
 * its name. Lists may be omitted (empty); norms fall back to the defaults.
 *
 * @param version required by PUT: the version the change was made on
 */
record ScenarioRequest(String name, String description, String author, String region, String demandLayer,
        NormsRequest norms, List<String> nspSiteIds, List<String> cpSiteIds, List<String> fixedSiteIds,
        List<String> excludedSiteIds, List<OwnSiteRequest> ownSites, Long version) {
}
