package nl.nsp.planner.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import nl.nsp.planner.store.FixtureImportConfiguration;
import nl.nsp.planner.store.PlannerStore;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The server mode ({@code nsp.security.enabled=true}) on the embedded store with the {@link StoreFixtures} data set:
 * VR17 = GM0001 (site S1) + GM0002 (site S2), VR18 = GM0003 (site S3). Accounts (password {@link #PASSWORD}):
 * {@code anna} region VR17, {@code bert} region VR18, {@code gem1} municipality GM0001 in VR17, {@code lcms}
 * national, {@code kijker} viewer of VR17. Anna's scenario {@link #secretId} in VR17 carries marker texts that must
 * never reach anyone who may not read it. Subclasses share one server (same configuration, Spring's context cache).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixtureImportConfiguration.class)
abstract class ServerModeTestBase {
    static final String PASSWORD = "correct horse battery";
    /** Marker texts of Anna's scenario: its name and its own location's name. */
    static final String SECRET_NAME = "Geheim plan Eerstedorp";
    static final String SECRET_SITE = "Verborgen buurthuis";
    private static final Path ROOT = temporaryRoot();
    private static String secret;

    static String secretId;

    @DynamicPropertySource
    static void serverMode(DynamicPropertyRegistry registry) {
        registry.add("nsp.security.enabled", () -> "true");
        registry.add("nsp.store", () -> ROOT.resolve("store").toString());
        registry.add("nsp.data-dir", () -> ROOT.resolve("data").toString());
    }


    @Autowired
    MockMvc mvc;

    @Autowired
    PlannerStore store;

    @BeforeEach
    void accountsAndScenario() throws Exception {
        synchronized (ServerModeTestBase.class) {
            for (Account a : new Account[] {new Account("anna", Role.REGION, "VR17", "", true),
                    new Account("bert", Role.REGION, "VR18", "", true),
                    new Account("gem1", Role.MUNICIPALITY, "VR17", "GM0001", true),
                    new Account("lcms", Role.NATIONAL, "", "", true),
                    new Account("kijker", Role.VIEWER, "VR17", "", true)}) {
                if (store.accounts().find(a.name()).isEmpty()) {
                    store.accounts().add(a, Passwords.hashNew(PASSWORD.toCharArray()), "test");
                }
            }
            if (secret == null) {
                String body = mvc.perform(post("/api/scenarios").with(as("anna")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(secretPlan())).andExpect(status().isCreated())
                        .andReturn().getResponse().getContentAsString();
                secret = body;
                secretId = JsonPath.read(body, "$.id");
            }
        }
    }

    /** Anna's plan in VR17: S1 (GM0001) and S2 (GM0002) as NSPs, an own location in GM0001. */
    static String secretPlan() {
        return "{\"name\": \"" + SECRET_NAME + "\", \"region\": \"VR17\", \"demandLayer\": \"cbs100\", "
                + "\"nspSiteIds\": [\"S1\", \"S2\", \"eigen-1\"], \"ownSites\": [{\"id\": \"eigen-1\", \"name\": \""
                + SECRET_SITE + "\", \"address\": \"Achterom 1\", \"x\": 91500, \"y\": 438200}]}";
    }

    /** Requests as the stored account {@code name} (its role and area come from the store on every request). */
    static RequestPostProcessor as(String name) {
        return user(name);
    }

    /**
     * A CSRF token the way the browser sends it: the {@code XSRF-TOKEN} cookie and the same value in the
     * {@code X-XSRF-TOKEN} header (double-submit; the server compares the two). Not spring-security-test's
     * {@code csrf()}, which swaps the application's cookie repository for a session one in the shared context.
     */
    static RequestPostProcessor csrf() {
        return request -> {
            String token = "test-" + java.util.UUID.randomUUID();
            Cookie[] old = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] cookies = java.util.Arrays.copyOf(old, old.length + 1);
            cookies[old.length] = new Cookie("XSRF-TOKEN", token);
            request.setCookies(cookies);
            request.addHeader("X-XSRF-TOKEN", token);
            return request;
        };
    }

    private static Path temporaryRoot() {
        try {
            Path root = Files.createTempDirectory("nsp-server-mode-test");
            Files.createDirectories(root.resolve("data"));
            return root;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
