package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2GIS store, in a fresh folder per test. */
class H2gisStoreTest extends PlannerStoreContract {
    @TempDir
    Path dir;

    @Override
    JdbcPlannerStore openStore() {
        return H2gisStore.open(dir, CLOCK);
    }

    @Override
    void assertBoxQueryUsesSpatialIndex(JdbcPlannerStore store, RdEnvelope box) {
        String plan = store.explainDemandInBox("random", box);
        // H2 names the index that answers the condition in a comment: /* PUBLIC.DEMAND_BLOCK_GEOM: GEOM && ... */
        assertThat(plan).containsPattern("/\\* PUBLIC\\.DEMAND_BLOCK_GEOM: GEOM &&");
    }
}
