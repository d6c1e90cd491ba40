package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioContent;
import nl.nsp.planner.scenario.ScenarioSite;
import org.junit.jupiter.api.Test;

/**
 * What every store's {@link ScenarioRepository} must do, run on each store by a subclass: round trips, versions
 * (optimistic locking), publication, and changes that are all-or-nothing. Each test starts from an empty store.
 */
abstract class ScenarioStoreContract {
    /** A clock that moves one second on every reading, so "most recently changed first" is testable. */
    static final class TickingClock extends Clock {
        private final AtomicLong seconds = new AtomicLong(Instant.parse("2026-03-01T09:00:00Z").getEpochSecond());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement());
        }
    }

    /** Who makes every change in these tests (the audit log records it). */
    static final String ACTOR = "anna";

    final TickingClock clock = new TickingClock();

    /** Opens the store under test with {@link #clock}; empty at the start of every test. */
    abstract JdbcPlannerStore openStore();

    static ScenarioSite nsp(String id, double x, double y) {
        return new ScenarioSite(id, "Site " + id, "Straat 1, " + id, x, y, "GM0599", false, true, false, false, false);
    }

    static ScenarioContent content(String name, String region, List<ScenarioSite> sites) {
        return new ScenarioContent(name, "", "planner@vr17", region, "cbs100", Norms.defaults(), sites, 3);
    }

    @Test
    void aScenarioRoundTripsWithEverySiteRoleOwnLocationsNormsAndOrder() {
        List<ScenarioSite> sites = List.of(
                new ScenarioSite("0599-2", "Pilot", "Kerkstraat 2", 92_000, 437_000, "GM0599", false, true, false, true, false),
                new ScenarioSite("0599-1", "Buurthuis", "", 92_500.25, 437_100.5, "GM0599", false, true, true, false, false),
                new ScenarioSite("0599-9", "Kazerne", "Dijk 9", 93_000, 438_000, "GM0599", false, false, true, false, false),
                new ScenarioSite("0599-7", "Gesloten", "", 93_500, 438_500, "GM0599", false, false, false, false, true),
                new ScenarioSite("eigen-1", "Eigen plek", "Plein 1", 91_000, 436_000, "", true, true, false, false, false),
                new ScenarioSite("eigen-2", "Reserve", "", 91_500, 436_500, "GM0599", true, false, false, false, false));
        Norms norms = new Norms(800, 400, Map.of(4, 1500.0, 5, 2000.0), 7_500, 12, 4_000);
        ScenarioContent content = new ScenarioContent("Rijnmond basis", "eerste voorstel\nmet twee regels", "Anna",
                "VR17", "cbs100", norms, sites, 7);
        try (JdbcPlannerStore store = openStore()) {
            Scenario created = store.scenarios().create(content, ACTOR);
            assertThat(created.version()).isEqualTo(1);
            assertThat(created.published()).isFalse();
            assertThat(created.createdAt()).isEqualTo(created.updatedAt());
            assertThat(store.scenarios().find(created.id())).contains(created);
        }
        try (JdbcPlannerStore store = openStore()) {
            Scenario read = store.scenarios().list(Optional.empty()).stream()
                    .map(s -> store.scenarios().find(s.id()).orElseThrow()).findFirst().orElseThrow();
            assertThat(read.content()).isEqualTo(content);
            assertThat(read.plan().nspSiteIds()).containsExactly("0599-2", "0599-1", "eigen-1");
            assertThat(read.plan().cpSiteIds()).containsExactly("0599-1", "0599-9");
            assertThat(read.plan().fixedSiteIds()).containsExactly("0599-2");
            assertThat(read.plan().excludedSiteIds()).containsExactly("0599-7");
            assertThat(read.plan().ownSites()).extracting(o -> o.id()).containsExactly("eigen-1", "eigen-2");
        }
    }

    @Test
    void listIsPerRegionMostRecentlyChangedFirstWithCounts() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario a = repo.create(content("A", "VR17", List.of(nsp("1", 1, 400_000), nsp("2", 2, 400_000))), ACTOR);
            Scenario b = repo.create(content("B", "VR17", List.of(nsp("1", 1, 400_000))), ACTOR);
            repo.create(content("C", "VR18", List.of()), ACTOR);
            repo.update(a.id(), 1, a.content().withName("A2"), ACTOR);
            assertThat(repo.list(Optional.of("VR17"))).extracting(ScenarioSummary::name).containsExactly("A2", "B");
            assertThat(repo.list(Optional.empty())).extracting(ScenarioSummary::name).containsExactly("A2", "C", "B");
            ScenarioSummary first = repo.list(Optional.of("VR17")).get(0);
            assertThat(first.nspCount()).isEqualTo(2);
            assertThat(first.cpCount()).isZero();
            assertThat(first.version()).isEqualTo(2);
            assertThat(repo.list(Optional.of("VR99"))).isEmpty();
            assertThat(b.version()).isEqualTo(1);
        }
    }

    @Test
    void anUpdateRaisesTheVersionAndReplacesTheSites() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario v1 = repo.create(content("A", "VR17", List.of(nsp("1", 1, 400_000), nsp("2", 2, 400_000))), ACTOR);
            Scenario v2 = repo.update(v1.id(), 1, content("A", "VR17", List.of(nsp("3", 3, 400_000))), ACTOR);
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.createdAt()).isEqualTo(v1.createdAt());
            assertThat(v2.updatedAt()).isAfter(v1.updatedAt());
            assertThat(repo.find(v1.id())).contains(v2);
            assertThat(repo.find(v1.id()).orElseThrow().plan().nspSiteIds()).containsExactly("3");
        }
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedAndChangesNothing() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario v1 = repo.create(content("A", "VR17", List.of(nsp("1", 1, 400_000))), ACTOR);
            Scenario v2 = repo.update(v1.id(), 1, content("mine", "VR17", List.of(nsp("2", 2, 400_000))), ACTOR);
            assertThatThrownBy(() -> repo.update(v1.id(), 1, content("theirs", "VR17", List.of()), ACTOR))
                    .isInstanceOfSatisfying(StaleScenarioException.class, e -> {
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.currentVersion()).isEqualTo(2);
                    });
            assertThatThrownBy(() -> repo.delete(v1.id(), 1, ACTOR)).isInstanceOf(StaleScenarioException.class);
            assertThatThrownBy(() -> repo.setPublished(v1.id(), 3, true, ACTOR)).isInstanceOf(StaleScenarioException.class);
            assertThat(repo.find(v1.id())).contains(v2);
        }
    }

    @Test
    void unknownScenariosAreNotFound() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            assertThat(repo.find("nope")).isEmpty();
            assertThatThrownBy(() -> repo.update("nope", 1, content("A", "VR17", List.of()), ACTOR))
                    .isInstanceOf(ScenarioNotFoundException.class).hasMessageContaining("nope");
            assertThatThrownBy(() -> repo.delete("nope", 1, ACTOR)).isInstanceOf(ScenarioNotFoundException.class);
            assertThatThrownBy(() -> repo.setPublished("nope", 1, true, ACTOR)).isInstanceOf(ScenarioNotFoundException.class);
        }
    }

    @Test
    void deletingRemovesTheScenarioAndItsSites() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario a = repo.create(content("A", "VR17", List.of(nsp("1", 1, 400_000))), ACTOR);
            Scenario b = repo.create(content("B", "VR17", List.of(nsp("1", 1, 400_000))), ACTOR);
            repo.delete(a.id(), 1, ACTOR);
            assertThat(repo.find(a.id())).isEmpty();
            assertThat(repo.list(Optional.empty())).extracting(ScenarioSummary::id).containsExactly(b.id());
            assertThat(repo.find(b.id()).orElseThrow().plan().nspSiteIds()).containsExactly("1");
        }
    }

    @Test
    void publishingOneScenarioWithdrawsTheOtherOfItsRegionOnly() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario a = repo.create(content("A", "VR17", List.of()), ACTOR);
            Scenario b = repo.create(content("B", "VR17", List.of()), ACTOR);
            Scenario c = repo.create(content("C", "VR18", List.of()), ACTOR);
            assertThat(repo.published("VR17")).isEmpty();
            Scenario aPublished = repo.setPublished(a.id(), 1, true, ACTOR);
            repo.setPublished(c.id(), 1, true, ACTOR);
            assertThat(aPublished.version()).isEqualTo(2);
            assertThat(repo.published("VR17")).contains(aPublished);
            Scenario bPublished = repo.setPublished(b.id(), 1, true, ACTOR);
            assertThat(repo.published("VR17")).contains(bPublished);
            assertThat(repo.find(a.id()).orElseThrow().published()).isFalse();
            assertThat(repo.published("VR18").orElseThrow().id()).isEqualTo(c.id());
            repo.setPublished(b.id(), 2, false, ACTOR);
            assertThat(repo.published("VR17")).isEmpty();
        }
    }

    @Test
    void movingAPublishedScenarioToAnotherRegionWithdrawsItsPublication() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario a = repo.create(content("A", "VR17", List.of()), ACTOR);
            Scenario other = repo.setPublished(repo.create(content("X", "VR18", List.of()), ACTOR).id(), 1, true, ACTOR);
            repo.setPublished(a.id(), 1, true, ACTOR);
            Scenario kept = repo.update(a.id(), 2, content("A renamed", "VR17", List.of()), ACTOR);
            assertThat(kept.published()).isTrue();
            Scenario moved = repo.update(a.id(), 3, content("A", "VR18", List.of()), ACTOR);
            assertThat(moved.published()).isFalse();
            assertThat(repo.published("VR17")).isEmpty();
            assertThat(repo.published("VR18")).contains(other);
        }
    }

    @Test
    void aChangeTheDatabaseRefusesHalfwayLeavesTheScenarioAsItWas() {
        // a municipality code longer than the column's 8 characters fails on the second site row, after the
        // scenario row was already updated in the same transaction
        ScenarioSite tooLong = new ScenarioSite("2", "", "", 2, 400_000, "GM0599-too-long", false, true, false, false, false);
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario v1 = repo.create(content("A", "VR17", List.of(nsp("1", 1, 400_000))), ACTOR);
            assertThatThrownBy(() -> repo.update(v1.id(), 1, content("B", "VR17", List.of(nsp("3", 3, 400_000), tooLong)), ACTOR))
                    .isInstanceOf(StoreException.class).hasMessageContaining("nothing was changed");
            assertThat(repo.find(v1.id())).contains(v1);
            assertThatThrownBy(() -> repo.create(content("C", "VR17", List.of(tooLong)), ACTOR))
                    .isInstanceOf(StoreException.class);
            assertThat(repo.list(Optional.empty())).extracting(ScenarioSummary::id).containsExactly(v1.id());
        }
    }

    @Test
    void everyChangeIsAuditedWithWhoTheVersionsAndTheContentBeforeAndAfter() {
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario a = repo.create(content("A", "VR17", List.of(nsp("0599-1", 1, 400_000))), "anna");
            repo.update(a.id(), 1, content("A2", "VR17", List.of(nsp("0599-2", 2, 400_000))), "bert");
            Scenario b = repo.create(content("B", "VR17", List.of()), "anna");
            repo.setPublished(a.id(), 2, true, "anna");
            // publishing B withdraws A: an event for A too, at A's unchanged version 3
            repo.setPublished(b.id(), 1, true, "bert");
            repo.delete(a.id(), 3, "anna");
            List<AuditEvent> ofA = store.audit().list(AuditQuery.ofScenario(a.id(), 100));
            assertThat(ofA).extracting(AuditEvent::action).containsExactly(AuditAction.SCENARIO_DELETE,
                    AuditAction.SCENARIO_UNPUBLISH, AuditAction.SCENARIO_PUBLISH, AuditAction.SCENARIO_UPDATE,
                    AuditAction.SCENARIO_CREATE);
            assertThat(ofA).extracting(AuditEvent::actor).containsExactly("anna", "bert", "anna", "bert", "anna");
            assertThat(ofA).extracting(e -> e.versionBefore().orElse(0L) + "->" + e.versionAfter().orElse(0L))
                    .containsExactly("3->0", "3->3", "2->3", "1->2", "0->1");
            assertThat(ofA).allSatisfy(e -> assertThat(e.region()).isEqualTo("VR17"));
            AuditEvent update = ofA.get(3);
            assertThat(update.target()).isEqualTo("A2");
            assertThat(update.before().orElseThrow()).contains("\"name\":\"A\"").contains("\"nspSiteIds\":[\"0599-1\"]")
                    .contains("\"version\":1");
            assertThat(update.after().orElseThrow()).contains("\"name\":\"A2\"").contains("\"nspSiteIds\":[\"0599-2\"]")
                    .contains("\"version\":2").contains("\"radiusMetres\":1000.0");
            assertThat(ofA.get(1).before().orElseThrow()).contains("\"published\":true");
            assertThat(ofA.get(1).after().orElseThrow()).contains("\"published\":false");
            assertThat(ofA.get(0).after()).isEmpty();
            assertThat(ofA.get(4).before()).isEmpty();
            assertThat(store.audit().list(new AuditQuery(Optional.empty(), Optional.of("VR17"), Optional.empty(), 100)))
                    .hasSize(7);
            List<AuditEvent> page = store.audit().list(new AuditQuery(Optional.empty(), Optional.empty(),
                    Optional.of(ofA.get(2).id()), 2));
            assertThat(page).extracting(AuditEvent::action).containsExactly(AuditAction.SCENARIO_CREATE,
                    AuditAction.SCENARIO_UPDATE);
        }
    }

    @Test
    void aRefusedChangeWritesNoAuditEvent() {
        ScenarioSite tooLong = new ScenarioSite("2", "", "", 2, 400_000, "GM0599-too-long", false, true, false, false, false);
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario v1 = repo.create(content("A", "VR17", List.of()), ACTOR);
            assertThatThrownBy(() -> repo.update(v1.id(), 7, content("B", "VR17", List.of()), ACTOR))
                    .isInstanceOf(StaleScenarioException.class);
            assertThatThrownBy(() -> repo.update(v1.id(), 1, content("B", "VR17", List.of(tooLong)), ACTOR))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> repo.delete("nope", 1, ACTOR)).isInstanceOf(ScenarioNotFoundException.class);
            assertThat(store.audit().list(AuditQuery.latest(100))).extracting(AuditEvent::action)
                    .containsExactly(AuditAction.SCENARIO_CREATE);
        }
    }

    @Test
    void ofManySimultaneousSavesOnOneVersionExactlyOneWins() throws Exception {
        int writers = 8;
        try (JdbcPlannerStore store = openStore()) {
            ScenarioRepository repo = store.scenarios();
            Scenario v1 = repo.create(content("A", "VR17", List.of()), ACTOR);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    String name = "writer " + i;
                    Callable<String> save = () -> {
                        start.await();
                        try {
                            repo.update(v1.id(), 1, content(name, "VR17", List.of(nsp(name, 1, 400_000))), ACTOR);
                            return "saved " + name;
                        } catch (StaleScenarioException e) {
                            return "stale";
                        }
                    };
                    results.add(pool.submit(save));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : results) {
                    outcomes.add(f.get());
                }
                List<String> saved = outcomes.stream().filter(o -> o.startsWith("saved")).toList();
                assertThat(saved).hasSize(1);
                assertThat(outcomes.stream().filter("stale"::equals)).hasSize(writers - 1);
                Scenario stored = repo.find(v1.id()).orElseThrow();
                assertThat(stored.version()).isEqualTo(2);
                String winner = saved.get(0).substring("saved ".length());
                assertThat(stored.content().name()).isEqualTo(winner);
                assertThat(stored.plan().nspSiteIds()).containsExactly(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
