package nl.nsp.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import nl.nsp.planner.security.Passwords;
import nl.nsp.planner.store.FixtureImportConfiguration;
import nl.nsp.planner.store.PlannerStore;
import nl.nsp.planner.store.PostgisStore;
import nl.nsp.planner.store.StoreFixtures;
import nl.nsp.planner.store.ThrowawayPostgis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The server with {@code nsp.store=postgis://…}: the start-up import goes into an empty PostGIS database (the
 * tiny {@link StoreFixtures} data set) and the API answers from it.
 */
@Import(FixtureImportConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class PostgisServerIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException, SQLException {
        String location = ThrowawayPostgis.testLocation();
        ThrowawayPostgis.dropStoreTables(location);
        registry.add("nsp.store", () -> location);
        // the fixture importer ignores the folder; it only has to exist, and is empty, so deleteOnExit removes it
        java.io.File dataDir = Files.createTempDirectory("nsp-pg-data").toFile();
        dataDir.deleteOnExit();
        registry.add("nsp.data-dir", dataDir::toString);
    }


    @Autowired
    MockMvc mvc;

    @Autowired
    PlannerStore store;

    @Test
    void servesTheStartupImportFromPostgis() throws Exception {
        assertThat(store).isInstanceOf(PostgisStore.class);
        // a PostGIS store starts the server mode: nothing but the public API without login
        mvc.perform(get("/api/regions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/account")).andExpect(jsonPath("$.mode").value("server"));
        if (store.accounts().find("viewer").isEmpty()) {
            store.accounts().add(new Account("viewer", Role.VIEWER, "", "", true),
                    Passwords.hashNew("a long test password".toCharArray()), "test");
        }
        RequestPostProcessor viewer = user("viewer");
        mvc.perform(get("/api/regions").with(viewer)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].code").value("VR17")).andExpect(jsonPath("$[0].inhabitants").value(3500));
        mvc.perform(get("/api/config").with(viewer)).andExpect(status().isOk()).andExpect(jsonPath("$.storeEmpty").value(false));
        mvc.perform(get("/api/candidates?region=VR17").with(viewer)).andExpect(status().isOk());
        assertThat(store.candidatesOfRegion("VR17")).extracting(c -> c.id()).containsExactly("S1", "S2");
    }
}
