package nl.nsp.planner.api.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.scenario.ScenarioSite;
import nl.nsp.planner.scenario.SiteRole;

/**
 * One site of a scenario as every export writes it.
 *
 * @param id               candidate id or own-location id ({@code eigen-...})
 * @param name             the site's name
 * @param address          one-line address (may be empty)
 * @param municipalityCode gemeentecode, or empty when the site lies in no municipality
 * @param municipalityName gemeentenaam, or empty
 * @param role             nsp, cp, nsp+cp, excluded or none
 * @param fixed            must stay an NSP
 * @param own              a location the planner added
 * @param excluded         must not be used
 * @param rdX              RD New x, metres
 * @param rdY              RD New y, metres
 * @param lon              WGS84 longitude
 * @param lat              WGS84 latitude
 */
record ExportSite(String id, String name, String address, String municipalityCode, String municipalityName,
        SiteRole role, boolean fixed, boolean own, boolean excluded, double rdX, double rdY, double lon, double lat) {

    /** The sites in scenario order (NSPs first, then CPs, excluded sites and own locations without a role). */
    static List<ExportSite> of(List<ScenarioSite> sites, Map<String, String> municipalityNames) {
        List<ExportSite> out = new ArrayList<>(sites.size());
        for (ScenarioSite s : sites) {
            LatLon ll = RdProjection.toWgs84(new RdPoint(s.x(), s.y()));
            out.add(new ExportSite(s.siteId(), s.name(), s.address(), s.municipalityCode(),
                    municipalityNames.getOrDefault(s.municipalityCode(), ""), SiteRole.of(s), s.fixed(), s.own(),
                    s.excluded(), s.x(), s.y(), ll.lon(), ll.lat()));
        }
        return out;
    }
}
