package nl.nsp.planner.api;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.nsp.planner.DataDirectoryImport;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A start-up import that fails leaves the server running, empty, with the errors in the import report. */
@SpringBootTest
@AutoConfigureMockMvc
class FailedStartupImportTest {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("nsp-api-fail");
        Files.createDirectories(root.resolve("data"));
        registry.add("nsp.store", () -> root.resolve("store").toString());
        registry.add("nsp.data-dir", () -> root.resolve("data").toString());
    }

    @TestConfiguration
    static class BrokenImport {
        @Bean
        @Primary
        DataDirectoryImport brokenImporter() {
            return dir -> {
                throw new InputException(new InputError("gemeenten_2024_rd.geojson", 0, "",
                        "file is truncated: unexpected end of input"));
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void serverStartsEmptyAndReportsTheFailure() throws Exception {
        mvc.perform(get("/api/import/report")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("failed"))
                .andExpect(jsonPath("$.report").doesNotExist())
                .andExpect(jsonPath("$.failure.errors[0].file").value("gemeenten_2024_rd.geojson"))
                .andExpect(jsonPath("$.failure.errors[0].reason").value("file is truncated: unexpected end of input"));
        mvc.perform(get("/api/regions")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/config")).andExpect(status().isOk()).andExpect(jsonPath("$.storeEmpty").value(true));
        mvc.perform(get("/api/demand?region=VR17")).andExpect(status().isNotFound());
    }
}
