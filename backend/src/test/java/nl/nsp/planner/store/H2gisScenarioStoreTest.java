package nl.nsp.planner.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The scenario contract on the embedded H2GIS store, in a fresh folder per test. */
class H2gisScenarioStoreTest extends ScenarioStoreContract {
    @TempDir
    Path dir;

    @Override
    JdbcPlannerStore openStore() {
        return H2gisStore.open(dir, clock);
    }
}
