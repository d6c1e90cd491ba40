package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.ingest.FileReport;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.ingest.InputError;
import java.util.Comparator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link PlannerStore} on a spatial SQL database reached through JDBC; database differences come from the
 * {@link SpatialDialect}. Thread-safe: every call takes its own connection from the data source.
 */
public class JdbcPlannerStore implements PlannerStore {
    private static final GeometryFactory POINTS = new GeometryFactory(new PrecisionModel(), SpatialDialect.SRID);
    private static final String MUNICIPALITY_COLUMNS = "m.code, m.name, m.region_code, m.inhabitants, m.urbanity_class, ";

    private final DataSource dataSource;
    private final SpatialDialect dialect;
    private final Clock clock;
    private final AutoCloseable onClose;
    private final ScenarioRepository scenarios;
    private final AccountRepository accounts;
    private final AuditLog audit;

    /**
     * Opens the store and creates the schema when it is missing.
     *
     * @param onClose released by {@link #close()}, e.g. the connection pool
     */
    protected JdbcPlannerStore(DataSource dataSource, SpatialDialect dialect, Clock clock, AutoCloseable onClose) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
        this.onClose = onClose;
        try (Connection c = dataSource.getConnection()) {
            dialect.initialise(c);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the store database", e);
        }
        SchemaMigrations.migrate(dataSource, dialect);
        this.scenarios = new JdbcScenarioRepository(dataSource, dialect, clock);
        this.accounts = new JdbcAccountRepository(dataSource, clock);
        this.audit = new JdbcAuditLog(dataSource);
    }

    @Override
    public ScenarioRepository scenarios() {
        return scenarios;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public DataVersion replaceAll(ImportResult result, String actor, String source) {
        // the totals of what is replaced (read just before: imports run one at a time, at start-up)
        Optional<String> before = dataVersion().flatMap(v -> lastImportReport()
                .map(r -> AuditJson.dataSet(v.version(), v.importedAt(), r)));
        Instant now = clock.instant();
        return JdbcWork.transaction(dataSource, "import into the store failed, nothing was changed", c -> {
            long previous = dataVersion(c).map(DataVersion::version).orElse(0L);
            DataVersion version = new DatasetWriter(c, dialect).replaceAll(result, previous, now);
            JdbcAuditLog.write(c, new AuditEvent(0, now, actor, AuditAction.IMPORT, Optional.empty(), "", source,
                    Optional.empty(), Optional.empty(), before,
                    Optional.of(AuditJson.dataSet(version.version(), version.importedAt(), result.report()))));
            return version;
        });
    }

    @Override
    public Dataset loadDataset() {
        List<Municipality> municipalities = municipalities();
        List<SafetyRegion> regions = new ArrayList<>();
        for (String code : query("SELECT code FROM safety_region ORDER BY seq", ps -> { }, rs -> rs.getString(1))) {
            regions.add(region(code).orElseThrow());
        }
        List<DemandLayer> layers = new ArrayList<>();
        for (DemandLayerInfo info : demandLayers()) {
            List<DemandPoint> points = blocks("d.layer = ?", ps -> ps.setString(1, info.name()),
                    DemandBlocks.PointFilter.ALL, Integer.MAX_VALUE);
            layers.add(new DemandLayer(info.name(), info.description(), points));
        }
        List<CandidateSite> candidates = query("SELECT " + Rows.CANDIDATE_COLUMNS + " FROM candidate_site c ORDER BY c.seq",
                ps -> { }, Rows::candidate);
        return new Dataset(municipalities, regions, layers, candidates);
    }

    @Override
    public Optional<ImportReport> lastImportReport() {
        List<FileReport> files = query("SELECT file, layer, format, accepted, rejected, inhabitants FROM import_file "
                + "ORDER BY seq", ps -> { }, rs -> new FileReport(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getDouble(6)));
        List<InputError> rejected = errors("import_rejected");
        List<InputError> notes = errors("import_note");
        List<ImportReport> report = query("SELECT municipalities, regions, inhabitants_total, demand_points, "
                + "demand_inhabitants_total, candidates FROM nsp_meta", ps -> { }, rs -> new ImportReport(files, rejected,
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5), rs.getLong(6), notes));
        return report.stream().findFirst();
    }

    private List<InputError> errors(String table) {
        return query("SELECT file, line, field, reason FROM " + table + " ORDER BY seq", ps -> { },
                rs -> new InputError(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    @Override
    public boolean isEmpty() {
        return dataVersion().isEmpty();
    }

    @Override
    public Optional<DataVersion> dataVersion() {
        try (Connection c = dataSource.getConnection()) {
            return dataVersion(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the data version", e);
        }
    }

    private static Optional<DataVersion> dataVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data_version, imported_at FROM nsp_meta WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new DataVersion(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                    : Optional.empty();
        }
    }

    @Override
    public List<RegionSummary> regions() {
        Map<String, Envelope> municipalExtents = new LinkedHashMap<>();
        boolean someWithoutOutline = !query("SELECT code FROM safety_region WHERE geom IS NULL", ps -> { },
                rs -> rs.getString(1)).isEmpty();
        if (someWithoutOutline) {
            for (Municipality m : municipalities()) {
                municipalExtents.computeIfAbsent(m.regionCode(), k -> new Envelope())
                        .expandToInclude(m.geometry().getEnvelopeInternal());
            }
        }
        return query("SELECT r.code, r.name, " + dialect.areaToWkb("r.geom") + ", "
                + "(SELECT COALESCE(SUM(m.inhabitants), 0) FROM municipality m WHERE m.region_code = r.code), "
                + "(SELECT COUNT(*) FROM municipality m WHERE m.region_code = r.code) "
                + "FROM safety_region r ORDER BY r.seq", ps -> { }, rs -> {
                    Geometry outline = Rows.geometry(rs.getBytes(3));
                    Envelope e = outline != null ? outline.getEnvelopeInternal()
                            : municipalExtents.getOrDefault(rs.getString(1), new Envelope());
                    Optional<RdEnvelope> extent = e.isNull() ? Optional.empty()
                            : Optional.of(new RdEnvelope(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
                    return new RegionSummary(rs.getString(1), rs.getString(2), rs.getLong(4), rs.getInt(5), extent);
                });
    }

    @Override
    public Optional<SafetyRegion> region(String code) {
        List<String> members = query("SELECT municipality_code FROM region_member WHERE region_code = ? ORDER BY seq",
                ps -> ps.setString(1, code), rs -> rs.getString(1));
        return query("SELECT code, name, " + dialect.areaToWkb("geom") + " FROM safety_region WHERE code = ?",
                ps -> ps.setString(1, code),
                rs -> new SafetyRegion(rs.getString(1), rs.getString(2), Rows.geometry(rs.getBytes(3)), members))
                .stream().findFirst();
    }

    @Override
    public List<Municipality> municipalitiesOfRegion(String regionCode) {
        return query("SELECT " + MUNICIPALITY_COLUMNS + dialect.areaToWkb("m.geom")
                + " FROM municipality m WHERE m.region_code = ? ORDER BY m.seq", ps -> ps.setString(1, regionCode),
                Rows::municipality);
    }

    @Override
    public List<Municipality> municipalities() {
        return query("SELECT " + MUNICIPALITY_COLUMNS + dialect.areaToWkb("m.geom") + " FROM municipality m "
                + "ORDER BY m.seq", ps -> { }, Rows::municipality);
    }

    @Override
    public Optional<Municipality> municipality(String code) {
        return query("SELECT " + MUNICIPALITY_COLUMNS + dialect.areaToWkb("m.geom") + " FROM municipality m "
                + "WHERE m.code = ?", ps -> ps.setString(1, code), Rows::municipality).stream().findFirst();
    }

    @Override
    public List<DemandLayerInfo> demandLayers() {
        return query("SELECT name, description, seq, points, inhabitants, known_65plus, cell_size_metres "
                + "FROM demand_layer ORDER BY seq", ps -> { }, rs -> new DemandLayerInfo(rs.getString(1),
                        rs.getString(2), rs.getInt(3) == 0, rs.getLong(4), rs.getDouble(5), rs.getLong(6), rs.getInt(7)));
    }

    @Override
    public List<DemandPoint> demandOfRegion(String layer, String regionCode) {
        List<DemandBlocks.Indexed> found = indexedBlocks("d.layer = ? AND d.municipality_code IN (SELECT code FROM "
                + "municipality WHERE region_code = ?)", ps -> {
                    ps.setString(1, layer);
                    ps.setString(2, regionCode);
                }, DemandBlocks.PointFilter.ALL);
        Geometry outline = region(regionCode).map(SafetyRegion::geometry).orElse(null);
        if (outline != null) {
            PreparedGeometry inside = PreparedGeometryFactory.prepare(outline);
            Envelope e = outline.getEnvelopeInternal();
            found.addAll(indexedBlocks("d.layer = ? AND d.municipality_code = '' AND "
                    + dialect.envelopeIntersects("d.geom"), ps -> {
                        ps.setString(1, layer);
                        bindBox(ps, 2, new RdEnvelope(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
                    }, (x, y) -> inside.intersects(POINTS.createPoint(new Coordinate(x, y)))));
        }
        return inOrder(found, Integer.MAX_VALUE);
    }

    @Override
    public List<DemandPoint> demandOfMunicipality(String layer, String municipalityCode) {
        return blocks("d.layer = ? AND d.municipality_code = ?", ps -> {
            ps.setString(1, layer);
            ps.setString(2, municipalityCode);
        }, DemandBlocks.PointFilter.ALL, Integer.MAX_VALUE);
    }

    @Override
    public List<DemandPoint> demandInBox(String layer, RdEnvelope box, int limit) {
        return blocks(dialect.envelopeIntersects("d.geom") + " AND d.layer = ?", ps -> {
            bindBox(ps, 1, box);
            ps.setString(5, layer);
        }, (x, y) -> box.minX() <= x && x <= box.maxX() && box.minY() <= y && y <= box.maxY(), limit + 1);
    }

    /** The points of the demand blocks matching {@code where} that pass {@code filter}, in data-set order, at most {@code max}. */
    private List<DemandPoint> blocks(String where, Binder binder, DemandBlocks.PointFilter filter, int max) {
        return inOrder(indexedBlocks(where, binder, filter), max);
    }

    /** The points (with their layer positions) of the demand blocks matching {@code where} on alias {@code d}. */
    private List<DemandBlocks.Indexed> indexedBlocks(String where, Binder binder, DemandBlocks.PointFilter filter) {
        List<DemandBlocks.Indexed> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT d.municipality_code, d.data FROM " + dialect.tableWithSpatialIndex("demand_block", "d")
                        + " WHERE " + where)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DemandBlocks.unpack(rs.getBytes(2), rs.getString(1), filter, found);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store query failed", e);
        }
        return found;
    }

    private static List<DemandPoint> inOrder(List<DemandBlocks.Indexed> found, int max) {
        found.sort(Comparator.comparingInt(DemandBlocks.Indexed::seq));
        List<DemandPoint> out = new ArrayList<>(Math.min(found.size(), max));
        for (DemandBlocks.Indexed i : found) {
            if (out.size() == max) {
                break;
            }
            out.add(i.point());
        }
        return out;
    }

    @Override
    public List<CandidateSite> candidatesOfRegion(String regionCode) {
        return query("SELECT " + Rows.CANDIDATE_COLUMNS + " FROM candidate_site c WHERE c.municipality_code IN "
                + "(SELECT code FROM municipality WHERE region_code = ?) ORDER BY c.seq", ps -> ps.setString(1, regionCode),
                Rows::candidate);
    }

    @Override
    public List<CandidateSite> candidatesOfMunicipality(String municipalityCode) {
        return query("SELECT " + Rows.CANDIDATE_COLUMNS + " FROM candidate_site c WHERE c.municipality_code = ? "
                + "ORDER BY c.seq", ps -> ps.setString(1, municipalityCode), Rows::candidate);
    }

    @Override
    public List<CandidateSite> candidatesInBox(RdEnvelope box, int limit) {
        return query("SELECT " + Rows.CANDIDATE_COLUMNS + " FROM " + dialect.tableWithSpatialIndex("candidate_site", "c")
                + " WHERE " + dialect.envelopeIntersects("c.geom") + " ORDER BY c.seq LIMIT ?", ps -> {
                    bindBox(ps, 1, box);
                    ps.setInt(5, limit + 1);
                }, Rows::candidate);
    }

    /** The database's query plan for a bounding-box query on a demand layer (for tests and diagnostics). */
    /** The database, for tests that look at or tamper with the tables. */
    DataSource dataSource() {
        return dataSource;
    }

    String explainDemandInBox(String layer, RdEnvelope box) {
        return String.join("\n", query("EXPLAIN SELECT d.municipality_code, d.data FROM "
                + dialect.tableWithSpatialIndex("demand_block", "d") + " WHERE " + dialect.envelopeIntersects("d.geom")
                + " AND d.layer = ?", ps -> {
                    bindBox(ps, 1, box);
                    ps.setString(5, layer);
                }, rs -> rs.getString(1)));
    }

    private static void bindBox(PreparedStatement ps, int first, RdEnvelope box) throws SQLException {
        ps.setDouble(first, box.minX());
        ps.setDouble(first + 1, box.minY());
        ps.setDouble(first + 2, box.maxX());
        ps.setDouble(first + 3, box.maxY());
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the store", e);
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("store query failed", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
