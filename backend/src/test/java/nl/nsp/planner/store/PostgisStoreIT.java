package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostGIS, plus what only PostGIS has (typed geometry columns for QGIS, schema version).
 * The database is {@code -Dnsp.test.postgis} / {@code NSP_TEST_POSTGIS} (a {@code postgis://} location whose
 * tables this test drops!) or else a throwaway cluster started by {@link ThrowawayPostgis}.
 */
class PostgisStoreIT extends PlannerStoreContract {
    private static String location;

    @BeforeAll
    static void database() {
        location = ThrowawayPostgis.testLocation();
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        ThrowawayPostgis.dropStoreTables(location);
    }

    private static Connection connect() throws SQLException {
        return ThrowawayPostgis.connect(location);
    }

    @Override
    JdbcPlannerStore openStore() {
        return PostgisStore.open(location, CLOCK);
    }

    @Override
    void assertBoxQueryUsesSpatialIndex(JdbcPlannerStore store, RdEnvelope box) {
        // a few hundred rows are cheaper to scan, so the planner is told to avoid sequential scans: it still scans
        // sequentially when there is no usable index
        String options = (location.contains("?") ? "&" : "?") + "options=-c%20enable_seqscan%3Doff";
        try (JdbcPlannerStore noSeqScan = PostgisStore.open(location + options, CLOCK)) {
            String plan = noSeqScan.explainDemandInBox("random", box);
            assertThat(plan).containsPattern("(Index Scan using|Bitmap Index Scan on) demand_block_geom");
        }
    }

    @Test
    void geometryColumnsAreTypedForQgis() throws SQLException {
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
        }
        List<String> columns = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT f_table_name, f_geometry_column, type, srid FROM geometry_columns "
                        + "WHERE f_table_schema = current_schema() ORDER BY f_table_name")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4));
            }
        }
        assertThat(columns).containsExactly("candidate_site.geom POINT 28992", "demand_block.geom GEOMETRY 28992",
                "municipality.geom MULTIPOLYGON 28992", "safety_region.geom MULTIPOLYGON 28992",
                "scenario_site.geom POINT 28992");
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gist%' ORDER BY indexname")) {
            List<String> gist = new ArrayList<>();
            while (rs.next()) {
                gist.add(rs.getString(1));
            }
            assertThat(gist).contains("candidate_site_geom", "demand_block_geom", "municipality_geom",
                    "safety_region_geom", "scenario_site_geom");
        }
    }

    @Test
    void unreachableDatabaseGivesAClearMessage() {
        PostgisStore.Target t = PostgisStore.parse(location);
        String wrongDb = location.replaceFirst("/[^/?]+(\\?|$)", "/no_such_db$1");
        assertThat(wrongDb).isNotEqualTo(location);
        assertThatThrownBy(() -> PostgisStore.open(wrongDb, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to the PostGIS store").hasMessageContaining("no_such_db")
                .hasMessageNotContaining(t.password() == null ? "\u0000" : t.password());
    }
}
