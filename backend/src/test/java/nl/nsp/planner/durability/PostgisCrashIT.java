package nl.nsp.planner.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import nl.nsp.planner.cli.load.ServerClient;
import nl.nsp.planner.security.Passwords;
import nl.nsp.planner.store.PostgisStore;
import nl.nsp.planner.store.ThrowawayPostgis;

/**
 * The crash test on PostGIS in the server mode (login, CSRF), on its own cluster with fsync on
 * ({@link ThrowawayPostgis#durableLocation()}, never the fsync-off test cluster), and with PostgreSQL itself
 * crashed ({@code pg_ctl stop -m immediate}: no checkpoint, recovery from the WAL at the next start) right after the
 * server was killed.
 */
class PostgisCrashIT extends CrashDurabilityContract {
    private static final String PASSWORD = "durability test password";

    @Override
    String store() throws Exception {
        String location = ThrowawayPostgis.durableLocation();
        try (Connection c = ThrowawayPostgis.connect(location); Statement st = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = st.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
        ThrowawayPostgis.dropStoreTables(location);
        try (PostgisStore s = PostgisStore.open(location)) {
            s.accounts().add(new Account("schrijver", Role.REGION, "VR01", "", true),
                    Passwords.hashNew(PASSWORD.toCharArray()), "test");
            s.accounts().add(new Account("controle", Role.NATIONAL, "", "", true),
                    Passwords.hashNew(PASSWORD.toCharArray()), "test");
        }
        return location;
    }

    @Override
    Map<String, String> serverProperties() {
        return Map.of();
    }

    @Override
    void login(ServerClient client, boolean national) throws Exception {
        client.login(national ? "controle" : "schrijver", PASSWORD);
    }

    @Override
    void afterKill() {
        ThrowawayPostgis.crashAndRestartDurable();
    }
}
