package nl.nsp.planner.api.geocode;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.SiteKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The online part of {@code /api/geocode} against a local HTTP server that answers in the PDOK Locatieserver's
 * format (its "free" endpoint: {@code response.docs[]} with {@code weergavenaam}, {@code type}, {@code centroide_rd});
 * when that server fails, the offline results are still answered, with {@code online.status = "unavailable"}.
 */
// a controller slice: the security chain (Spring Boot\'s default here, not the application\'s) is tested in ServerModeEndpointTest
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = GeocodeController.class, properties = "nsp.geocoder.timeout-ms=10000")
class GeocodeControllerTest {
    private static final AtomicReference<String> ANSWER = new AtomicReference<>();
    private static final AtomicReference<String> LAST_QUERY = new AtomicReference<>();
    private static final HttpServer PDOK = start();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DatasetSource source;

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/bzk/locatieserver/search/v3_1/free", exchange -> {
                LAST_QUERY.set(exchange.getRequestURI().getRawQuery());
                String body = ANSWER.get();
                if (body == null) {
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void pdok(DynamicPropertyRegistry registry) {
        registry.add("nsp.geocoder.pdok-url",
                () -> "http://127.0.0.1:" + PDOK.getAddress().getPort() + "/bzk/locatieserver/search/v3_1/free");
    }

    @AfterAll
    static void stop() {
        PDOK.stop(0);
    }

    @BeforeEach
    void data() {
        CandidateSite kerk = new CandidateSite("s1", "Kerkzaal", "Kerkstraat 9, 3011 AB Rotterdam", 92600, 437300, "GM0599",
                SiteKind.POLLING_STATION, Accessibility.YES, "", Map.of());
        given(source.dataset()).willReturn(new Dataset(List.of(), List.of(), List.of(), List.of(kerk)));
    }

    @Test
    void addressesOfTheLocatieserverFollowTheOfflineResults() throws Exception {
        ANSWER.set("{\"response\":{\"numFound\":2,\"start\":0,\"maxScore\":12.1,\"docs\":["
                + "{\"type\":\"adres\",\"weergavenaam\":\"Kerkstraat 1, 3011AB Rotterdam\",\"centroide_rd\":\"POINT(92512.3 437120.8)\"},"
                + "{\"type\":\"weg\",\"weergavenaam\":\"Kerkstraat, Rotterdam\",\"centroide_rd\":\"POINT(92500 437100)\"},"
                + "{\"type\":\"adres\",\"weergavenaam\":\"zonder punt\"}]}}");
        mvc.perform(get("/api/geocode?q=kerkstraat rotterdam&limit=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(3)))
                .andExpect(jsonPath("$.results[0].kind").value("candidate"))
                .andExpect(jsonPath("$.results[0].siteId").value("s1"))
                .andExpect(jsonPath("$.results[1].kind").value("address"))
                .andExpect(jsonPath("$.results[1].source").value("pdok"))
                .andExpect(jsonPath("$.results[1].label").value("Kerkstraat 1, 3011AB Rotterdam"))
                .andExpect(jsonPath("$.results[1].x").value(92512.3))
                .andExpect(jsonPath("$.results[1].y").value(437120.8))
                .andExpect(jsonPath("$.results[2].label").value("Kerkstraat, Rotterdam"))
                .andExpect(jsonPath("$.online.status").value("ok"));
        org.assertj.core.api.Assertions.assertThat(LAST_QUERY.get()).startsWith("q=kerkstraat+rotterdam&rows=5");
    }

    @Test
    void aFailingLocatieserverLeavesTheOfflineResults() throws Exception {
        ANSWER.set(null);
        mvc.perform(get("/api/geocode?q=kerkzaal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].siteId").value("s1"))
                .andExpect(jsonPath("$.online.status").value("unavailable"))
                .andExpect(jsonPath("$.online.message").value(containsString("HTTP 503")));
        ANSWER.set("<html>not json</html>");
        mvc.perform(get("/api/geocode?q=kerkzaal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.online.status").value("unavailable"));
    }
}
