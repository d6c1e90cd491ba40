package nl.nsp.planner.store;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The account and audit contract on PostGIS (the database of {@link ThrowawayPostgis#testLocation()}; its tables are dropped). */
class PostgisAccountStoreIT extends AccountStoreContract {
    private static String location;

    @BeforeAll
    static void database() {
        location = ThrowawayPostgis.testLocation();
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        ThrowawayPostgis.dropStoreTables(location);
    }

    @Override
    JdbcPlannerStore openStore() {
        return PostgisStore.open(location, clock);
    }
}
