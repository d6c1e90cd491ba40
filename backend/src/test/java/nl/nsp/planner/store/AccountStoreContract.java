package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import org.junit.jupiter.api.Test;

/**
 * What every store's {@link AccountRepository} and {@link AuditLog} must do, run on each store by a subclass. Each
 * test starts from an empty store.
 */
abstract class AccountStoreContract {
    static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
    static final String OTHER_HASH = "{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfeZYXWVUTSRQPONMLKJIHGFEDCBA98765";

    final ScenarioStoreContract.TickingClock clock = new ScenarioStoreContract.TickingClock();

    /** Opens the store under test with {@link #clock}; empty at the start of every test. */
    abstract JdbcPlannerStore openStore();

    static final Account ANNA = new Account("anna", Role.REGION, "VR17", "", true);

    @Test
    void anAccountRoundTripsWithItsHashAndSurvivesReopening() {
        Account gem = new Account("gem-rdam", Role.MUNICIPALITY, "VR17", "GM0599", true);
        try (JdbcPlannerStore store = openStore()) {
            store.accounts().add(ANNA, HASH, "cli:root");
            store.accounts().add(gem, OTHER_HASH, "cli:root");
        }
        try (JdbcPlannerStore store = openStore()) {
            assertThat(store.accounts().list()).containsExactly(ANNA, gem);
            assertThat(store.accounts().find("anna")).contains(ANNA);
            assertThat(store.accounts().credentials("gem-rdam").orElseThrow().passwordHash()).isEqualTo(OTHER_HASH);
            assertThat(store.accounts().find("nobody")).isEmpty();
        }
    }

    @Test
    void addingTwiceChangingAnUnknownAccountAndStoringABarePasswordAreRefused() {
        try (JdbcPlannerStore store = openStore()) {
            store.accounts().add(ANNA, HASH, "cli:root");
            assertThatThrownBy(() -> store.accounts().add(ANNA, HASH, "cli:root")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> store.accounts().update(new Account("bert", Role.VIEWER, "", "", true), Optional.empty(),
                    "cli:root")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no account bert");
            assertThatThrownBy(() -> store.accounts().add(new Account("bert", Role.VIEWER, "", "", true),
                    "correct horse battery staple", "cli:root")).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.accounts().list()).containsExactly(ANNA);
            assertThat(store.audit().list(AuditQuery.latest(10))).hasSize(1);
        }
    }

    @Test
    void everyAccountChangeIsAuditedWithoutPasswordMaterial() {
        try (JdbcPlannerStore store = openStore()) {
            AccountRepository accounts = store.accounts();
            accounts.add(ANNA, HASH, "cli:root");
            Account moved = new Account("anna", Role.REGION, "VR18", "", true);
            accounts.update(moved, Optional.empty(), "cli:root");
            accounts.update(moved, Optional.of(OTHER_HASH), "cli:beheer");
            accounts.update(moved.withEnabled(false), Optional.empty(), "cli:beheer");
            accounts.update(moved, Optional.empty(), "cli:beheer");
            assertThat(accounts.credentials("anna").orElseThrow().passwordHash()).isEqualTo(OTHER_HASH);
            List<AuditEvent> events = store.audit().list(AuditQuery.latest(10));
            assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.USER_ENABLE,
                    AuditAction.USER_DISABLE, AuditAction.USER_CHANGE, AuditAction.USER_CHANGE, AuditAction.USER_ADD);
            assertThat(events).extracting(AuditEvent::actor).containsExactly("cli:beheer", "cli:beheer", "cli:beheer",
                    "cli:root", "cli:root");
            assertThat(events).allSatisfy(e -> assertThat(e.target()).isEqualTo("anna"));
            assertThat(events.get(4).before()).isEmpty();
            assertThat(events.get(4).after().orElseThrow()).contains("\"region\":\"VR17\"").contains("\"role\":\"region\"");
            assertThat(events.get(3).before().orElseThrow()).contains("\"region\":\"VR17\"");
            assertThat(events.get(3).after().orElseThrow()).contains("\"region\":\"VR18\"").doesNotContain("passwordChanged");
            assertThat(events.get(2).after().orElseThrow()).contains("\"passwordChanged\":true");
            assertThat(events.get(1).after().orElseThrow()).contains("\"enabled\":false");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.before().orElse("") + e.after().orElse("")).doesNotContain("bcrypt").doesNotContain("$2a$");
            });
            assertThat(events.get(0).id()).isGreaterThan(events.get(1).id());
        }
    }

    @Test
    void anImportIsAuditedWithTheTotalsBeforeAndAfter() {
        try (JdbcPlannerStore store = openStore()) {
            store.replaceAll(StoreFixtures.smallImport(), "startup", "/data/nl");
            store.replaceAll(StoreFixtures.smallImport(), "startup", "/data/nl-2");
            List<AuditEvent> events = store.audit().list(AuditQuery.latest(10));
            assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.IMPORT, AuditAction.IMPORT);
            assertThat(events.get(1).before()).isEmpty();
            assertThat(events.get(1).after().orElseThrow()).contains("\"dataVersion\":1").contains("\"municipalities\":3")
                    .contains("\"candidates\":3").contains("\"rejectedRows\":1");
            assertThat(events.get(0).target()).isEqualTo("/data/nl-2");
            assertThat(events.get(0).before().orElseThrow()).contains("\"dataVersion\":1");
            assertThat(events.get(0).after().orElseThrow()).contains("\"dataVersion\":2");
        }
    }
}
