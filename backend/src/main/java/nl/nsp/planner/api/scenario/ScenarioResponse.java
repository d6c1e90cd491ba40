package nl.nsp.planner.api.scenario;

import java.time.Instant;
import java.util.List;
import nl.nsp.planner.reach.Norms;

/**
 * A saved scenario: its bookkeeping, the plan in the shape the map edits, and every site with its position.
 *
 * @param dataVersion        the data version the scenario was saved on
 * @param currentDataVersion the data version the server holds now (differs after a new import)
 * @param missingSiteIds     candidate sites of the scenario that the current data set no longer has
 */
record ScenarioResponse(String id, long version, String name, String description, String author, Instant createdAt,
        Instant updatedAt, boolean published, long dataVersion, long currentDataVersion, String region,
        String demandLayer, Norms norms, List<String> nspSiteIds, List<String> cpSiteIds,
        List<String> fixedSiteIds, List<String> excludedSiteIds, List<OwnSite> ownSites, List<Site> sites,
        List<String> missingSiteIds) {

    /** A location added by hand, as the map sends it. */
    record OwnSite(String id, String name, String address, double x, double y) {
    }

    /** One site with its roles; x/y in RD New metres, lon/lat WGS84. */
    record Site(String id, String name, String address, String municipalityCode, double x, double y, double lon,
            double lat, boolean own, boolean nsp, boolean cp, boolean fixed, boolean excluded) {
    }
}
