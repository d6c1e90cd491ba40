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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioContent;
import nl.nsp.planner.scenario.ScenarioSite;

/**
 * {@link ScenarioRepository} on the store's database (tables {@code scenario} and {@code scenario_site}, see the
 * V2 migration). A change is one transaction: the version check ({@code UPDATE ... WHERE version = ?}), the new
 * row, the new site rows and the audit event commit together or not at all. Thread-safe: every call takes its own
 * connection.
 */
final class JdbcScenarioRepository implements ScenarioRepository {
    private static final String SCENARIO_COLUMNS = "s.id, s.version, s.name, s.description, s.author, s.region_code, "
            + "s.demand_layer, s.radius_m, s.radius65_m, s.urbanity_radius_m, s.link_range_m, s.max_nsp_per_cp, "
            + "s.inhabitants_per_nsp, s.data_version, s.published, s.created_at, s.updated_at";

    private final DataSource dataSource;
    private final SpatialDialect dialect;
    private final Clock clock;

    JdbcScenarioRepository(DataSource dataSource, SpatialDialect dialect, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
    }

    @Override
    public List<ScenarioSummary> list(Optional<String> regionCode) {
        String sql = "SELECT s.id, s.version, s.name, s.author, s.region_code, s.demand_layer, "
                + "(SELECT COUNT(*) FROM scenario_site t WHERE t.scenario_id = s.id AND t.is_nsp), "
                + "(SELECT COUNT(*) FROM scenario_site t WHERE t.scenario_id = s.id AND t.is_cp), "
                + "s.data_version, s.published, s.created_at, s.updated_at FROM scenario s"
                + (regionCode.isPresent() ? " WHERE s.region_code = ?" : "") + " ORDER BY s.updated_at DESC, s.id";
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (regionCode.isPresent()) {
                    ps.setString(1, regionCode.get());
                }
                List<ScenarioSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ScenarioSummary(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getLong(9),
                                rs.getBoolean(10), instant(rs, 11), instant(rs, 12)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Scenario> find(String id) {
        return read(c -> find(c, id, false));
    }

    @Override
    public Scenario create(ScenarioContent content, String actor) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario (id, version, name, description, author, "
                    + "region_code, demand_layer, radius_m, radius65_m, urbanity_radius_m, link_range_m, max_nsp_per_cp, "
                    + "inhabitants_per_nsp, data_version, published, created_at, updated_at) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)")) {
                ps.setString(1, id);
                int next = bindContent(ps, 2, content);
                ps.setTimestamp(next, Timestamp.from(now));
                ps.setTimestamp(next + 1, Timestamp.from(now));
                ps.executeUpdate();
            }
            insertSites(c, id, content.sites());
            Scenario created = new Scenario(id, 1, content, false, now, now);
            audit(c, now, actor, AuditAction.SCENARIO_CREATE, null, created);
            return created;
        });
    }

    @Override
    public Scenario update(String id, long expectedVersion, ScenarioContent content, String actor) {
        Instant now = clock.instant();
        return write(c -> {
            Scenario current = lockVersion(c, id, expectedVersion);
            // moving a scenario to another region withdraws its publication (it was the published plan of the old one)
            boolean published = current.published() && content.region().equals(current.content().region());
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET version = version + 1, name = ?, "
                    + "description = ?, author = ?, region_code = ?, demand_layer = ?, radius_m = ?, radius65_m = ?, "
                    + "urbanity_radius_m = ?, link_range_m = ?, max_nsp_per_cp = ?, inhabitants_per_nsp = ?, "
                    + "data_version = ?, updated_at = ?, published = ? WHERE id = ? AND version = ?")) {
                int next = bindContent(ps, 1, content);
                ps.setTimestamp(next, Timestamp.from(now));
                ps.setBoolean(next + 1, published);
                ps.setString(next + 2, id);
                ps.setLong(next + 3, expectedVersion);
                requireOneRow(c, ps.executeUpdate(), id, expectedVersion);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario_site WHERE scenario_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            insertSites(c, id, content.sites());
            Scenario updated = new Scenario(id, expectedVersion + 1, content, published, current.createdAt(), now);
            audit(c, now, actor, AuditAction.SCENARIO_UPDATE, current, updated);
            return updated;
        });
    }

    @Override
    public Scenario setPublished(String id, long expectedVersion, boolean published, String actor) {
        Instant now = clock.instant();
        return write(c -> {
            if (published) {
                // two publications in one region at once must not both see "nothing published yet": lock the
                // region's scenarios first, always in id order, so concurrent publishers queue instead of deadlocking
                lockRegionOf(c, id);
            }
            Scenario current = lockVersion(c, id, expectedVersion);
            if (published) {
                withdrawOthers(c, current, now, actor);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET version = version + 1, published = ?, "
                    + "updated_at = ? WHERE id = ? AND version = ?")) {
                ps.setBoolean(1, published);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, id);
                ps.setLong(4, expectedVersion);
                requireOneRow(c, ps.executeUpdate(), id, expectedVersion);
            }
            Scenario changed = new Scenario(id, expectedVersion + 1, current.content(), published, current.createdAt(), now);
            audit(c, now, actor, published ? AuditAction.SCENARIO_PUBLISH : AuditAction.SCENARIO_UNPUBLISH, current, changed);
            return changed;
        });
    }

    private static void lockRegionOf(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scenario WHERE region_code = "
                + "(SELECT region_code FROM scenario WHERE id = ?) ORDER BY id FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    /** Withdraws the publication of the region's other published scenario (if any), keeping its version. */
    private void withdrawOthers(Connection c, Scenario publishing, Instant now, String actor) throws SQLException {
        Optional<String> other = publishedId(c, publishing.content().region()).filter(o -> !o.equals(publishing.id()));
        if (other.isEmpty()) {
            return;
        }
        Scenario before = find(c, other.get(), true).orElseThrow(() -> new ScenarioNotFoundException(other.get()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET published = FALSE WHERE id = ?")) {
            ps.setString(1, before.id());
            ps.executeUpdate();
        }
        Scenario after = new Scenario(before.id(), before.version(), before.content(), false, before.createdAt(),
                before.updatedAt());
        audit(c, now, actor, AuditAction.SCENARIO_UNPUBLISH, before, after);
    }

    @Override
    public void delete(String id, long expectedVersion, String actor) {
        Instant now = clock.instant();
        write(c -> {
            Scenario current = lockVersion(c, id, expectedVersion);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario_site WHERE scenario_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario WHERE id = ? AND version = ?")) {
                ps.setString(1, id);
                ps.setLong(2, expectedVersion);
                requireOneRow(c, ps.executeUpdate(), id, expectedVersion);
            }
            audit(c, now, actor, AuditAction.SCENARIO_DELETE, current, null);
            return null;
        });
    }

    @Override
    public Optional<Scenario> published(String regionCode) {
        return read(c -> {
            Optional<String> id = publishedId(c, regionCode);
            return id.isEmpty() ? Optional.<Scenario>empty() : find(c, id.get(), false);
        });
    }

    private static Optional<String> publishedId(Connection c, String regionCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scenario WHERE region_code = ? AND published")) {
            ps.setString(1, regionCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The stored scenario, locked for this transaction, after checking its version.
     *
     * @throws ScenarioNotFoundException when it does not exist
     * @throws StaleScenarioException    when its version is not {@code expectedVersion}
     */
    private Scenario lockVersion(Connection c, String id, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM scenario WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ScenarioNotFoundException(id);
                }
                long stored = rs.getLong(1);
                if (stored != expectedVersion) {
                    throw new StaleScenarioException(id, expectedVersion, stored);
                }
            }
        }
        return find(c, id, false).orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    /** Writes the audit event of a change from {@code before} (null for a create) to {@code after} (null for a delete). */
    private static void audit(Connection c, Instant now, String actor, AuditAction action, Scenario before, Scenario after)
            throws SQLException {
        Scenario any = after != null ? after : before;
        JdbcAuditLog.write(c, new AuditEvent(0, now, actor, action, Optional.of(any.id()), any.content().region(),
                any.content().name(), Optional.ofNullable(before).map(Scenario::version),
                Optional.ofNullable(after).map(Scenario::version), Optional.ofNullable(before).map(AuditJson::scenario),
                Optional.ofNullable(after).map(AuditJson::scenario)));
    }

    /** Reports why a guarded change touched no row (the scenario went, or its version moved on). */
    private static void requireOneRow(Connection c, int rows, String id, long expectedVersion) throws SQLException {
        if (rows == 1) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM scenario WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ScenarioNotFoundException(id);
                }
                throw new StaleScenarioException(id, expectedVersion, rs.getLong(1));
            }
        }
    }

    private Optional<Scenario> find(Connection c, String id, boolean lock) throws SQLException {
        String name;
        String description;
        String author;
        String region;
        String layer;
        Norms norms;
        long version;
        long dataVersion;
        boolean published;
        Instant created;
        Instant updated;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SCENARIO_COLUMNS + " FROM scenario s WHERE s.id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                version = rs.getLong(2);
                name = rs.getString(3);
                description = rs.getString(4);
                author = rs.getString(5);
                region = rs.getString(6);
                layer = rs.getString(7);
                norms = new Norms(rs.getDouble(8), rs.getDouble(9), decodeUrbanity(rs.getString(10)), rs.getDouble(11),
                        rs.getInt(12), rs.getDouble(13));
                dataVersion = rs.getLong(14);
                published = rs.getBoolean(15);
                created = instant(rs, 16);
                updated = instant(rs, 17);
            }
        }
        List<ScenarioSite> sites = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, name, address, x, y, municipality_code, is_own, "
                + "is_nsp, is_cp, is_fixed, is_excluded FROM scenario_site WHERE scenario_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sites.add(new ScenarioSite(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
                            rs.getBoolean(10), rs.getBoolean(11)));
                }
            }
        }
        ScenarioContent content = new ScenarioContent(name, description, author, region, layer, norms, sites, dataVersion);
        return Optional.of(new Scenario(id, version, content, published, created, updated));
    }

    private void insertSites(Connection c, String id, List<ScenarioSite> sites) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_site (scenario_id, seq, site_id, name, address, "
                + "municipality_code, is_own, is_nsp, is_cp, is_fixed, is_excluded, x, y, geom) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.geometryFromEwkb() + ")")) {
            for (int i = 0; i < sites.size(); i++) {
                ScenarioSite s = sites.get(i);
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, s.siteId());
                ps.setString(4, s.name());
                ps.setString(5, s.address());
                ps.setString(6, s.municipalityCode());
                ps.setBoolean(7, s.own());
                ps.setBoolean(8, s.nsp());
                ps.setBoolean(9, s.cp());
                ps.setBoolean(10, s.fixed());
                ps.setBoolean(11, s.excluded());
                ps.setDouble(12, s.x());
                ps.setDouble(13, s.y());
                ps.setBytes(14, Rows.ewkbPoint(s.x(), s.y()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds name .. data version from parameter {@code first} on; returns the next free parameter index. */
    private static int bindContent(PreparedStatement ps, int first, ScenarioContent content) throws SQLException {
        Norms n = content.norms();
        ps.setString(first, content.name());
        ps.setString(first + 1, content.description());
        ps.setString(first + 2, content.author());
        ps.setString(first + 3, content.region());
        ps.setString(first + 4, content.demandLayer());
        ps.setDouble(first + 5, n.radiusMetres());
        ps.setDouble(first + 6, n.radius65Metres());
        ps.setString(first + 7, encodeUrbanity(n.urbanityRadiusMetres()));
        ps.setDouble(first + 8, n.linkRangeMetres());
        ps.setInt(first + 9, n.maxNspPerCp());
        ps.setDouble(first + 10, n.inhabitantsPerNsp());
        ps.setLong(first + 11, content.dataVersion());
        return first + 12;
    }

    /** Per-urbanity radii as {@code class=metres;...} (e.g. {@code 4=1500.0;5=1500.0}), empty for none. */
    static String encodeUrbanity(Map<Integer, Double> radii) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Double> e : new TreeMap<>(radii).entrySet()) {
            sb.append(sb.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    static Map<Integer, Double> decodeUrbanity(String s) {
        Map<Integer, Double> out = new TreeMap<>();
        if (!s.isEmpty()) {
            for (String part : s.split(";")) {
                String[] kv = part.split("=", 2);
                out.put(Integer.parseInt(kv[0]), Double.parseDouble(kv[1]));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private <T> T read(JdbcWork.Work<T> work) {
        return JdbcWork.read(dataSource, "reading scenarios failed", work);
    }

    private <T> T write(JdbcWork.Work<T> work) {
        return JdbcWork.transaction(dataSource, "saving the scenario failed, nothing was changed", work);
    }
}
