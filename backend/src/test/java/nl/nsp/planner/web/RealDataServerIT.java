package nl.nsp.planner.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the real server on a random port, with the real data folder ({@code nsp.data.dir})
 * imported into one temporary store. Every subclass has the same configuration, so Spring's test-context cache
 * starts the server and imports the national data once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RealDataServerIT {
    private static final Path STORE = temporaryStore();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realData(DynamicPropertyRegistry registry) {
        registry.add("nsp.store", STORE::toString);
        registry.add("nsp.data-dir", () -> Path.of(System.getProperty("nsp.data.dir", "../../shared/data/nl"))
                .toAbsolutePath().normalize().toString());
    }

    private static Path temporaryStore() {
        try {
            return Files.createTempDirectory("nsp-browser-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
