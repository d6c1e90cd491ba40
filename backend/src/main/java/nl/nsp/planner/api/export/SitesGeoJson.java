package nl.nsp.planner.api.export;

import java.util.List;
import nl.nsp.planner.api.geojson.Feature;
import nl.nsp.planner.api.geojson.GeoJsonGeometry;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioContent;

/**
 * The sites of a scenario as an RFC 7946 FeatureCollection (WGS84 longitude, latitude; no {@code crs} member), with
 * the foreign member {@code scenario} that lets {@code POST /api/scenarios/import} give back the same plan.
 *
 * @param type     always {@code FeatureCollection}
 * @param scenario what the sites belong to
 * @param features one Point per site
 */
record SitesGeoJson(String type, ScenarioMember scenario, List<Feature<Properties>> features) {
    /** Decimals of the written longitude and latitude: 1e-7 degrees is about 1 cm. */
    private static final double SCALE = 1e7;

    /**
     * The top-level {@code scenario} member.
     *
     * @param version     the version exported
     * @param dataVersion the data version the scenario was saved on
     */
    record ScenarioMember(String id, String name, long version, String region, String demandLayer, Norms norms,
            long dataVersion, String author, String description) {
    }

    /** The properties of one site (see {@link ExportSite}). */
    record Properties(String id, String name, String address, String municipalityCode, String municipalityName,
            String role, boolean fixed, boolean own, boolean excluded, double rdX, double rdY) {
    }

    static SitesGeoJson of(Scenario s, List<ExportSite> sites) {
        ScenarioContent c = s.content();
        ScenarioMember member = new ScenarioMember(s.id(), c.name(), s.version(), c.region(), c.demandLayer(), c.norms(),
                c.dataVersion(), c.author(), c.description());
        List<Feature<Properties>> features = sites.stream().map(e -> Feature.of(e.id(),
                new GeoJsonGeometry("Point", new double[] {round(e.lon()), round(e.lat())}),
                new Properties(e.id(), e.name(), e.address(), e.municipalityCode(), e.municipalityName(), e.role().code(),
                        e.fixed(), e.own(), e.excluded(), e.rdX(), e.rdY()))).toList();
        return new SitesGeoJson("FeatureCollection", member, features);
    }

    private static double round(double degrees) {
        return Math.round(degrees * SCALE) / SCALE;
    }
}
