package nl.nsp.planner.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The account and audit contract on the embedded H2GIS store, in a fresh folder per test. */
class H2gisAccountStoreTest extends AccountStoreContract {
    @TempDir
    Path dir;

    @Override
    JdbcPlannerStore openStore() {
        return H2gisStore.open(dir, clock);
    }
}
