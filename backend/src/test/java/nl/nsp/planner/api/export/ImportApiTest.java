package nl.nsp.planner.api.export;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.nsp.planner.api.FixtureApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/scenarios/import} with files other than the tool's own exports, and with bad ones: every problem
 * is a 4xx in the project's error shape naming the feature ({@code line}) and property ({@code field}).
 */
class ImportApiTest extends FixtureApiTest {
    private static final String RD = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}";

    private ResultActions upload(String body) throws Exception {
        return upload(body, "");
    }

    private ResultActions upload(String body, String query) throws Exception {
        return mvc.perform(post("/api/scenarios/import" + query).contentType("application/geo+json").content(body));
    }

    private static String collection(String crs, String... features) {
        return "{\"type\":\"FeatureCollection\"," + (crs == null ? "" : "\"crs\":" + crs + ",") + "\"features\":["
                + String.join(",", features) + "]}";
    }

    private static String point(double x, double y, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + x + "," + y + "]},"
                + "\"properties\":" + properties + "}";
    }

    @Test
    void aPlainRdPointLayerBecomesAPlanOfNspsInTheRegionWhereItsSitesLie() throws Exception {
        upload(collection(RD, point(94000, 439000, "{\"id\":\"S2\",\"role\":\"cp\"}"),
                point(92000, 438000, "{\"id\":\"buurthuis-1\",\"name\":\"Buurthuis\",\"address\":\"Plein 1\"}"),
                point(91000, 438000, "{\"id\":\"S1\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.region").value("VR17"))
                .andExpect(jsonPath("$.plan.demandLayer").value("pc4"))
                .andExpect(jsonPath("$.plan.norms.radiusMetres").value(1000.0))
                .andExpect(jsonPath("$.plan.nspSiteIds", contains("eigen-buurthuis-1", "S1")))
                .andExpect(jsonPath("$.plan.cpSiteIds", contains("S2")))
                .andExpect(jsonPath("$.plan.ownSites[0].id").value("eigen-buurthuis-1"))
                .andExpect(jsonPath("$.plan.ownSites[0].x").value(92000.0))
                .andExpect(jsonPath("$.plan.ownSites[0].address").value("Plein 1"))
                .andExpect(jsonPath("$.source").doesNotExist())
                .andExpect(jsonPath("$.format").value("geojson (EPSG:28992)"));
        // the region can be given; a WGS84 file without crs member is RFC 7946
        upload(collection(null, point(4.45, 51.92, "{\"name\":\"x\"}")), "?region=vr18").andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.region").value("VR18"))
                .andExpect(jsonPath("$.format").value("geojson (EPSG:4326)"));
    }

    @Test
    void theScenarioMemberGivesBackNormsAndRegion() throws Exception {
        String body = "{\"type\":\"FeatureCollection\",\"scenario\":{\"id\":\"abc\",\"name\":\"Oud\",\"version\":7,"
                + "\"region\":\"VR17\",\"demandLayer\":\"cbs100\",\"norms\":{\"radiusMetres\":750,\"maxNspPerCp\":4},"
                + "\"dataVersion\":99},\"features\":[" + point(4.45, 51.92, "{\"id\":\"S1\",\"role\":\"nsp\"}") + "]}";
        upload(body).andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.region").value("VR17"))
                .andExpect(jsonPath("$.plan.demandLayer").value("cbs100"))
                .andExpect(jsonPath("$.plan.norms.radiusMetres").value(750.0))
                .andExpect(jsonPath("$.plan.norms.maxNspPerCp").value(4))
                .andExpect(jsonPath("$.source.name").value("Oud"))
                .andExpect(jsonPath("$.source.version").value(7))
                // S1's stored position counts; the file's point is far away, and the data version differs
                .andExpect(jsonPath("$.notes[*].field", contains("geometry", "scenario.dataVersion")));
        upload(body.replace("\"radiusMetres\":750", "\"radiusMetres\":-5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scenario.norms.radiusMetres"));
        upload(body.replace("\"version\":7", "\"version\":\"zeven\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scenario"));
        upload(body.replace("\"demandLayer\":\"cbs100\"", "\"demandLayer\":\"cbs1000\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("demandLayer"));
    }

    @Test
    void malformedFilesAre400WithTheErrorShape() throws Exception {
        upload("{\"type\":\"FeatureCollection\",\"features\":[").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].file").value("upload"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("JSON ends unexpectedly")));
        upload("").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].reason", containsString("empty")));
        upload("[1, 2]").andExpect(status().isBadRequest());
        upload("{\"type\":\"Point\",\"coordinates\":[1,2]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("FeatureCollection")));
        upload("{\"type\":\"FeatureCollection\",\"features\":[]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("features"));
        upload("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("geometry"));
    }

    @Test
    void aWrongCrsIsRefused() throws Exception {
        // declared web mercator
        upload(collection("{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}}", point(495000, 6790000, "{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("neither RD New (EPSG:28992) nor WGS84")));
        // web mercator metres without a crs member: in neither extent
        upload(collection(null, point(495000, 6790000, "{}"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].reason", org.hamcrest.Matchers.hasItem(containsString("another CRS"))));
        // declared RD, written in degrees
        upload(collection(RD, point(4.45, 51.92, "{}"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("crs"));
        // latitude first
        upload(collection(null, point(51.92, 4.45, "{}"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("swapped")));
    }

    @Test
    void everyBadFeatureIsNamedByNumberAndProperty() throws Exception {
        upload(collection(RD, point(91000, 438000, "{\"id\":\"S1\",\"role\":\"noodpunt\"}"),
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[91000,438000],[91100,438000],"
                        + "[91100,438100],[91000,438000]]]},\"properties\":{}}",
                point(94000, 439000, "{\"id\":\"S2\",\"role\":\"cp\",\"fixed\":true}"),
                point(91000, 438000, "{\"id\":\"S1\",\"fixed\":\"misschien\"}"),
                point(900000, 438000, "{\"id\":\"far\"}")))
                .andExpect(status().isBadRequest())
                // the reader rejects the point outside the Netherlands first; the plan is read only from a clean file
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(5))
                .andExpect(jsonPath("$.errors[0].field").value("geometry"));
        upload(collection(RD, point(91000, 438000, "{\"id\":\"S1\",\"role\":\"noodpunt\"}"),
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[91000,438000],[91100,438000],"
                        + "[91100,438100],[91000,438000]]]},\"properties\":{}}",
                point(94000, 439000, "{\"id\":\"S2\",\"role\":\"cp\",\"fixed\":true}"),
                point(91000, 438000, "{\"id\":\"S1\",\"fixed\":\"misschien\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line", contains(1, 2, 3, 4)))
                .andExpect(jsonPath("$.errors[*].field", contains("role", "geometry", "fixed", "fixed")))
                .andExpect(jsonPath("$.errors[0].reason", startsWith("feature 1: unknown role \"noodpunt\"")));
    }

    @Test
    void limitsOnFeaturesAndBytes() throws Exception {
        StringBuilder many = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i <= 20_000; i++) {
            many.append(i == 0 ? "" : ",").append(point(92000 + i % 100, 438000 + i / 100, "{}"));
        }
        upload(many.append("]}").toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(20001))
                .andExpect(jsonPath("$.errors[0].reason", containsString("at most 20000 features")));
        // above the API's general body limit (nsp.max-request-body, 4 MB) but under the import's own 10 MB: accepted
        upload(collection(RD, point(91000, 438000, "{\"id\":\"S1\"}")).replace("\"features\"",
                " ".repeat(6 * 1024 * 1024) + "\"features\"")).andExpect(status().isOk());
        String padding = " ".repeat(11 * 1024 * 1024);
        upload("{\"type\":\"FeatureCollection\"," + padding + "\"features\":[]}").andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        upload(collection(RD, point(91000, 438000, "{}")), "?region=Rijnmond").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        upload(collection(RD, point(91000, 438000, "{}")), "?region=VR99").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
    }
}
