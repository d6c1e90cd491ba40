package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;

/** {@link AccountRepository} on table {@code account} (V4 migration). Thread-safe. */
final class JdbcAccountRepository implements AccountRepository {
    private static final String COLUMNS = "name, role, region_code, municipality_code, enabled, password_hash";

    private final DataSource dataSource;
    private final Clock clock;

    JdbcAccountRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public List<Account> list() {
        return JdbcWork.read(dataSource, "reading the accounts failed", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                List<Account> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(account(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Account> find(String name) {
        return credentials(name).map(Credentials::account);
    }

    @Override
    public Optional<Credentials> credentials(String name) {
        return JdbcWork.read(dataSource, "reading the account failed", c -> find(c, name, false));
    }

    @Override
    public Account add(Account account, String passwordHash, String actor) {
        requireHash(passwordHash);
        Instant now = clock.instant();
        return JdbcWork.transaction(dataSource, "adding the account failed, nothing was changed", c -> {
            if (find(c, account.name(), true).isPresent()) {
                throw new IllegalArgumentException("account " + account.name() + " already exists (use change)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (name, password_hash, role, region_code, "
                    + "municipality_code, enabled, created_at, updated_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, account.name());
                ps.setString(2, passwordHash);
                ps.setString(3, account.role().code());
                ps.setString(4, account.region());
                ps.setString(5, account.municipality());
                ps.setBoolean(6, account.enabled());
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setTimestamp(9, Timestamp.from(now));
                ps.executeUpdate();
            }
            JdbcAuditLog.write(c, event(now, actor, AuditAction.USER_ADD, account, Optional.empty(),
                    Optional.of(AuditJson.account(account, false))));
            return account;
        });
    }

    @Override
    public Account update(Account account, Optional<String> newPasswordHash, String actor) {
        newPasswordHash.ifPresent(JdbcAccountRepository::requireHash);
        Instant now = clock.instant();
        return JdbcWork.transaction(dataSource, "changing the account failed, nothing was changed", c -> {
            Account before = find(c, account.name(), true).map(Credentials::account)
                    .orElseThrow(() -> new IllegalArgumentException("no account " + account.name() + " (use add)"));
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET role = ?, region_code = ?, "
                    + "municipality_code = ?, enabled = ?, updated_at = ?, password_hash = COALESCE(?, password_hash), "
                    + "password_changed_at = " + (newPasswordHash.isPresent() ? "?" : "password_changed_at") + " WHERE name = ?")) {
                ps.setString(1, account.role().code());
                ps.setString(2, account.region());
                ps.setString(3, account.municipality());
                ps.setBoolean(4, account.enabled());
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setString(6, newPasswordHash.orElse(null));
                int next = 7;
                if (newPasswordHash.isPresent()) {
                    ps.setTimestamp(next++, Timestamp.from(now));
                }
                ps.setString(next, account.name());
                ps.executeUpdate();
            }
            boolean onlyEnabledChanged = newPasswordHash.isEmpty() && before.withEnabled(account.enabled()).equals(account)
                    && before.enabled() != account.enabled();
            AuditAction action = onlyEnabledChanged ? (account.enabled() ? AuditAction.USER_ENABLE : AuditAction.USER_DISABLE)
                    : AuditAction.USER_CHANGE;
            JdbcAuditLog.write(c, event(now, actor, action, account, Optional.of(AuditJson.account(before, false)),
                    Optional.of(AuditJson.account(account, newPasswordHash.isPresent()))));
            return account;
        });
    }

    private static AuditEvent event(Instant now, String actor, AuditAction action, Account account, Optional<String> before,
            Optional<String> after) {
        return new AuditEvent(0, now, actor, action, Optional.empty(), "", account.name(), Optional.empty(),
                Optional.empty(), before, after);
    }

    private static Optional<Credentials> find(Connection c, String name, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE name = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Credentials(account(rs), rs.getString(6))) : Optional.empty();
            }
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getBoolean(5));
    }

    private static void requireHash(String hash) {
        Objects.requireNonNull(hash, "passwordHash");
        // the delegating encoder's format: {id}hash; a bare password must never end up in the table
        if (!hash.matches("\\{[a-z0-9]+}\\S{20,}")) {
            throw new IllegalArgumentException("not a password hash of the form {id}...: refusing to store it");
        }
    }
}
