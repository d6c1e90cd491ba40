package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link AuditLog} on table {@code audit_event} (V4 migration). {@link #write} is for the repositories, which call it
 * on the connection of the transaction that makes the change.
 */
final class JdbcAuditLog implements AuditLog {
    private final DataSource dataSource;

    JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds {@code event} (its id is ignored) within the caller's transaction on {@code c}. */
    static void write(Connection c, AuditEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (at, actor, action, scenario_id, "
                + "region_code, target, version_before, version_after, before_json, after_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(e.at()));
            ps.setString(2, truncate(e.actor(), 200));
            ps.setString(3, e.action().code());
            ps.setString(4, e.scenarioId().orElse(null));
            ps.setString(5, e.region());
            ps.setString(6, truncate(e.target(), 400));
            setLong(ps, 7, e.versionBefore());
            setLong(ps, 8, e.versionAfter());
            ps.setString(9, e.before().orElse(null));
            ps.setString(10, e.after().orElse(null));
            ps.executeUpdate();
        }
    }

    @Override
    public List<AuditEvent> list(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, action, scenario_id, region_code, target, "
                + "version_before, version_after, before_json, after_json FROM audit_event WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.scenarioId().ifPresent(id -> {
            sql.append(" AND scenario_id = ?");
            args.add(id);
        });
        q.region().ifPresent(r -> {
            sql.append(" AND region_code = ?");
            args.add(r);
        });
        q.beforeId().ifPresent(id -> {
            sql.append(" AND id < ?");
            args.add(id);
        });
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(q.limit());
        return JdbcWork.read(dataSource, "reading the audit log failed", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<AuditEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                AuditAction.of(rs.getString(4)), Optional.ofNullable(rs.getString(5)), rs.getString(6),
                                rs.getString(7), optionalLong(rs, 8), optionalLong(rs, 9),
                                Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getString(11))));
                    }
                }
                return out;
            }
        });
    }

    private static void setLong(PreparedStatement ps, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(index, value.get());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    private static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
