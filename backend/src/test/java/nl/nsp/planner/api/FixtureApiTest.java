package nl.nsp.planner.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.store.FixtureImportConfiguration;
import nl.nsp.planner.store.StoreFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of API tests on the hand-made data set of {@link StoreFixtures}, imported at start-up into a temporary store.
 * Subclasses share one application context (same configuration), so the server starts once for all of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixtureImportConfiguration.class)
public abstract class FixtureApiTest {
    protected static final ImportResult DATA = StoreFixtures.smallImport();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("nsp-fixture-api-test");
        Files.createDirectories(root.resolve("data"));
        registry.add("nsp.store", () -> root.resolve("store").toString());
        registry.add("nsp.data-dir", () -> root.resolve("data").toString());
    }


    @Autowired
    protected MockMvc mvc;
}
