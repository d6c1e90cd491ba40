package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.ingest.ImportResult;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link PlannerStore} must have, run against each implementation by a subclass. Each test
 * starts from an empty store; {@link #openStore()} opens the same store again within one test.
 */
abstract class PlannerStoreContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    /** Opens the store under test (with {@link #CLOCK}); empty at the start of every test. */
    abstract JdbcPlannerStore openStore();

    /** Fails unless the database answers a demand bounding-box query of {@code store} from the spatial index. */
    abstract void assertBoxQueryUsesSpatialIndex(JdbcPlannerStore store, RdEnvelope box);

    @Test
    void newStoreIsEmpty() {
        try (JdbcPlannerStore store = openStore()) {
            assertThat(store.isEmpty()).isTrue();
            assertThat(store.dataVersion()).isEmpty();
            assertThat(store.lastImportReport()).isEmpty();
            assertThat(store.loadDataset()).isEqualTo(Dataset.empty());
        }
    }

    @Test
    void dataSurvivesCloseAndReopenIdentically() {
        ImportResult imported = StoreFixtures.smallImport();
        try (JdbcPlannerStore store = openStore()) {
            assertThat(store.replaceAll(imported, "test", "fixture")).isEqualTo(new DataVersion(1, CLOCK.instant()));
        }
        try (JdbcPlannerStore store = openStore()) {
            assertThat(store.isEmpty()).isFalse();
            assertThat(store.loadDataset()).isEqualTo(imported.dataset());
            assertThat(store.lastImportReport()).contains(imported.report());
            assertThat(store.dataVersion()).contains(new DataVersion(1, CLOCK.instant()));
            assertThat(store.replaceAll(imported, "test", "fixture").version()).isEqualTo(2);
        }
    }

    @Test
    void schemaIsMigratedOnceAndReopeningAppliesNothingAgain() throws SQLException {
        openStore().close();
        List<String> first;
        try (JdbcPlannerStore store = openStore()) {
            first = appliedMigrations(store);
        }
        try (JdbcPlannerStore store = openStore()) {
            assertThat(appliedMigrations(store)).isEqualTo(first);
        }
        // a fresh database: every migration from version 1 up, each once (after a baseline at 0 where the spatial
        // extension's own objects made the schema look non-empty to Flyway, as H2GIS's do)
        List<String> migrations = first.stream().filter(m -> !m.equals("0 BASELINE")).toList();
        assertThat(migrations.get(0)).isEqualTo("1 SQL");
        assertThat(migrations).allMatch(m -> m.endsWith(" SQL")).doesNotHaveDuplicates();
    }

    @Test
    void storeFromBeforeVersionedMigrationsKeepsItsDataAndIsUpgraded() throws SQLException {
        ImportResult imported = StoreFixtures.smallImport();
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(imported, "test", "fixture");
            // such a store has the version-1 tables only, and no history
            execute(store, "DROP TABLE audit_event");
            execute(store, "DROP TABLE account");
            execute(store, "DROP TABLE scenario_site");
            execute(store, "DROP TABLE scenario");
            execute(store, "DROP TABLE \"" + SchemaMigrations.HISTORY_TABLE + "\"");
        }
        try (JdbcPlannerStore store = openStore()) {
            assertThat(store.loadDataset()).isEqualTo(imported.dataset());
            List<String> applied = appliedMigrations(store);
            assertThat(applied.get(0)).isEqualTo("1 BASELINE");
            assertThat(applied).noneMatch(m -> m.equals("1 SQL"));
        }
    }

    @Test
    void schemaOfANewerProgramIsRefused() throws SQLException {
        try (JdbcPlannerStore store = openStore()) {
            execute(store, "INSERT INTO \"" + SchemaMigrations.HISTORY_TABLE + "\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (999, '999', 'from the future', 'SQL', "
                    + "'V999__future.sql', 0, 'test', 0, TRUE)");
        }
        assertThatThrownBy(this::openStore).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot bring the store schema up to date").hasMessageContaining("999");
    }

    private static List<String> appliedMigrations(JdbcPlannerStore store) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT \"version\", \"type\" FROM \"" + SchemaMigrations.HISTORY_TABLE + "\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    private static void execute(JdbcPlannerStore store, String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void failingReplaceLeavesPreviousContent() {
        ImportResult first = StoreFixtures.smallImport();
        Dataset d = first.dataset();
        CandidateSite dup = new CandidateSite("S1", "Duplicate id", "", 91000, 438000, "GM0001", SiteKind.OWN,
                Accessibility.YES, "", java.util.Map.of());
        List<CandidateSite> bad = new ArrayList<>(d.candidates());
        bad.add(dup);
        ImportResult second = new ImportResult(new Dataset(d.municipalities().subList(0, 1), d.regions(),
                List.of(new DemandLayer("other", "x", List.of())), bad), first.report());
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(first, "test", "fixture");
            assertThatThrownBy(() -> store.replaceAll(second, "test", "fixture")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing was changed");
            assertThat(store.loadDataset()).isEqualTo(d);
            assertThat(store.dataVersion().orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void regionSummariesAddUpMembers() {
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
            List<RegionSummary> regions = store.regions();
            assertThat(regions).extracting(RegionSummary::code).containsExactly("VR17", "VR18");
            assertThat(regions.get(0).inhabitants()).isEqualTo(3500);
            assertThat(regions.get(0).municipalityCount()).isEqualTo(2);
            assertThat(regions.get(0).extent()).contains(new RdEnvelope(90000, 437000, 96000, 440000));
            // VR18 has no outline: its extent is that of its municipalities
            assertThat(regions.get(1).extent()).contains(new RdEnvelope(96000, 434000, 99000, 437000));
            assertThat(store.municipalitiesOfRegion("VR17")).extracting(m -> m.code()).containsExactly("GM0001", "GM0002");
            assertThat(store.municipalitiesOfRegion("VR99")).isEmpty();
            assertThat(store.region("VR18").orElseThrow().geometry()).isNull();
        }
    }

    @Test
    void demandOfRegionTakesMembersAndUnassignedPointsInsideTheOutline() {
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
            // 18 grid cells in GM0001/GM0002 + E0925N4395 (unassigned, inside VR17); not E0800N4000 (outside)
            List<DemandPoint> vr17 = store.demandOfRegion("cbs100", "VR17");
            assertThat(vr17).hasSize(19);
            assertThat(vr17).extracting(DemandPoint::id).contains("E0925N4395").doesNotContain("E0800N4000");
            assertThat(store.demandOfRegion("pc4", "VR18")).extracting(DemandPoint::id).containsExactly("PC4-3300");
            assertThat(store.demandOfMunicipality("cbs100", "GM0002")).hasSize(9);
            assertThat(store.demandOfRegion("nolayer", "VR17")).isEmpty();
        }
    }

    @Test
    void demandLayersReportTheirGridSize() {
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
            List<DemandLayerInfo> layers = store.demandLayers();
            assertThat(layers).extracting(DemandLayerInfo::name).containsExactly("pc4", "cbs100");
            assertThat(layers.get(0).primary()).isTrue();
            assertThat(layers.get(0).cellSizeMetres()).isZero();
            assertThat(layers.get(1).cellSizeMetres()).isEqualTo(100);
            assertThat(layers.get(1).points()).isEqualTo(20);
            assertThat(layers.get(0).inhabitants()).isEqualTo(1700.5);
            assertThat(layers.get(0).inhabitants65PlusKnownPoints()).isEqualTo(1);
        }
    }

    @Test
    void candidatesByRegionMunicipalityAndBox() {
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
            assertThat(store.candidatesOfRegion("VR17")).extracting(CandidateSite::id).containsExactly("S1", "S2");
            assertThat(store.candidatesOfMunicipality("GM0003")).extracting(CandidateSite::id).containsExactly("S3");
            assertThat(store.candidatesInBox(new RdEnvelope(93500, 434000, 99000, 440000), 10))
                    .extracting(CandidateSite::id).containsExactly("S2", "S3");
            // limit + 1 rows tell the caller that the limit was exceeded
            assertThat(store.candidatesInBox(new RdEnvelope(0, 300000, 300000, 600000), 1)).hasSize(2);
        }
    }

    @Test
    void boxQueryUsesTheSpatialIndexAndMatchesALinearScan() {
        Random random = new Random(42);
        List<DemandPoint> points = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double x = 50 + 100 * random.nextInt(400) + 80000;
            double y = 50 + 100 * random.nextInt(400) + 430000;
            points.add(new DemandPoint("P" + i, x, y, random.nextInt(50), DemandPoint.UNKNOWN, "GM0001", "test"));
        }
        ImportResult base = StoreFixtures.smallImport();
        List<DemandLayer> layers = new ArrayList<>(base.dataset().demandLayers());
        layers.add(new DemandLayer("random", "random points, seed 42", points));
        Dataset data = new Dataset(base.dataset().municipalities(), base.dataset().regions(), layers,
                base.dataset().candidates());
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(new ImportResult(data, base.report()), "test", "fixture");
            for (int k = 0; k < 20; k++) {
                double minX = 80000 + random.nextInt(40000);
                double minY = 430000 + random.nextInt(40000);
                RdEnvelope box = new RdEnvelope(minX, minY, minX + random.nextInt(8000), minY + random.nextInt(8000));
                List<String> expected = points.stream()
                        .filter(p -> box.minX() <= p.x() && p.x() <= box.maxX() && box.minY() <= p.y() && p.y() <= box.maxY())
                        .map(DemandPoint::id).toList();
                assertThat(store.demandInBox("random", box, 10_000)).extracting(DemandPoint::id)
                        .as("box %s (seed 42, query %d)", box, k).containsExactlyElementsOf(expected);
            }
            assertBoxQueryUsesSpatialIndex(store, new RdEnvelope(85000, 435000, 86000, 436000));
        }
    }
}
