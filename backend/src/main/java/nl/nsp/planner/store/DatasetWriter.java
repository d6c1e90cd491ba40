package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
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

/**
 * Writes a whole import into the tables on one connection, inside the caller's transaction, with batched
 * inserts. Deletes use {@code DELETE} (not {@code TRUNCATE}, which commits in H2), so a rollback restores
 * the previous content.
 */
final class DatasetWriter {
    static final int SCHEMA_VERSION = 1;
    private static final int BATCH = 2_000;
    private static final List<String> TABLES = List.of("import_file", "import_rejected", "import_note", "safety_region",
            "region_member", "municipality", "demand_layer", "demand_block", "candidate_site");

    private final Connection connection;
    private final SpatialDialect dialect;

    DatasetWriter(Connection connection, SpatialDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Replaces everything; returns the new data version. */
    DataVersion replaceAll(ImportResult result, long previousVersion, Instant now) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String table : TABLES) {
                st.executeUpdate("DELETE FROM " + table);
            }
            st.executeUpdate("DELETE FROM nsp_meta");
        }
        Dataset data = result.dataset();
        writeRegions(data.regions());
        writeMunicipalities(data.municipalities());
        for (int i = 0; i < data.demandLayers().size(); i++) {
            writeDemandLayer(data.demandLayers().get(i), i);
        }
        writeCandidates(data.candidates());
        writeReport(result.report());
        DataVersion version = new DataVersion(previousVersion + 1, now);
        writeMeta(result.report(), version);
        return version;
    }

    private void writeRegions(List<SafetyRegion> regions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO safety_region (code, seq, name, geom) VALUES (?, ?, ?, " + dialect.areaFromEwkb() + ")");
                PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO region_member (region_code, seq, municipality_code) VALUES (?, ?, ?)")) {
            for (int i = 0; i < regions.size(); i++) {
                SafetyRegion r = regions.get(i);
                ps.setString(1, r.code());
                ps.setInt(2, i);
                ps.setString(3, r.name());
                if (r.geometry() == null) {
                    ps.setNull(4, Types.OTHER);
                } else {
                    ps.setBytes(4, Rows.ewkb(r.geometry()));
                }
                ps.addBatch();
                for (int m = 0; m < r.municipalityCodes().size(); m++) {
                    member.setString(1, r.code());
                    member.setInt(2, m);
                    member.setString(3, r.municipalityCodes().get(m));
                    member.addBatch();
                }
            }
            ps.executeBatch();
            member.executeBatch();
        }
    }

    private void writeMunicipalities(List<Municipality> municipalities) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO municipality (code, seq, name, region_code, "
                + "inhabitants, urbanity_class, geom) VALUES (?, ?, ?, ?, ?, ?, " + dialect.areaFromEwkb() + ")")) {
            for (int i = 0; i < municipalities.size(); i++) {
                Municipality m = municipalities.get(i);
                ps.setString(1, m.code());
                ps.setInt(2, i);
                ps.setString(3, m.name());
                ps.setString(4, m.regionCode());
                ps.setLong(5, m.inhabitants());
                ps.setInt(6, m.urbanityClass());
                ps.setBytes(7, Rows.ewkb(m.geometry()));
                ps.addBatch();
                flushEvery(ps, i);
            }
            ps.executeBatch();
        }
    }

    private void writeDemandLayer(DemandLayer layer, int seq) throws SQLException {
        List<DemandPoint> points = layer.points();
        long known65 = points.stream().filter(DemandPoint::inhabitants65PlusKnown).count();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO demand_layer (name, seq, description, "
                + "points, inhabitants, known_65plus, cell_size_metres) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, layer.name());
            ps.setInt(2, seq);
            ps.setString(3, layer.description());
            ps.setLong(4, points.size());
            ps.setDouble(5, layer.inhabitants());
            ps.setLong(6, known65);
            ps.setInt(7, GridCellSize.of(points));
            ps.executeUpdate();
        }
        List<DemandBlocks.Block> blocks = DemandBlocks.pack(points);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO demand_block (layer, block, municipality_code, "
                + "points, geom, data) VALUES (?, ?, ?, ?, " + dialect.geometryFromEwkb() + ", ?)")) {
            for (int i = 0; i < blocks.size(); i++) {
                DemandBlocks.Block b = blocks.get(i);
                ps.setString(1, layer.name());
                ps.setInt(2, i);
                ps.setString(3, b.municipalityCode());
                ps.setInt(4, b.points());
                ps.setBytes(5, Rows.ewkb(Rows.envelope(b.envelope())));
                ps.setBytes(6, b.data());
                ps.addBatch();
                flushEvery(ps, i);
            }
            ps.executeBatch();
        }
    }

    private void writeCandidates(List<CandidateSite> candidates) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO candidate_site (seq, id, name, address, x, y, "
                + "municipality_code, kind, accessibility, building_use, attributes, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, " + dialect.geometryFromEwkb() + ")")) {
            for (int i = 0; i < candidates.size(); i++) {
                CandidateSite c = candidates.get(i);
                ps.setInt(1, i);
                ps.setString(2, c.id());
                ps.setString(3, c.name());
                ps.setString(4, c.address());
                ps.setDouble(5, c.x());
                ps.setDouble(6, c.y());
                ps.setString(7, c.municipalityCode());
                ps.setString(8, c.kind().name());
                ps.setString(9, c.accessibility().name());
                ps.setString(10, c.buildingUse());
                ps.setString(11, Rows.attributesToJson(c.attributes()));
                ps.setBytes(12, Rows.ewkbPoint(c.x(), c.y()));
                ps.addBatch();
                flushEvery(ps, i);
            }
            ps.executeBatch();
        }
    }

    private void writeReport(ImportReport report) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO import_file (seq, file, layer, format, "
                + "accepted, rejected, inhabitants) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < report.files().size(); i++) {
                FileReport f = report.files().get(i);
                ps.setInt(1, i);
                ps.setString(2, f.file());
                ps.setString(3, f.layer());
                ps.setString(4, f.format());
                ps.setLong(5, f.accepted());
                ps.setLong(6, f.rejected());
                ps.setDouble(7, f.inhabitants());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        writeErrors("import_rejected", report.rejected());
        writeErrors("import_note", report.notes());
    }

    private void writeErrors(String table, List<InputError> errors) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO " + table + " (seq, file, line, field, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < errors.size(); i++) {
                InputError e = errors.get(i);
                ps.setInt(1, i);
                ps.setString(2, e.file());
                ps.setLong(3, e.line());
                ps.setString(4, e.field());
                ps.setString(5, e.reason());
                ps.addBatch();
                flushEvery(ps, i);
            }
            ps.executeBatch();
        }
    }

    private void writeMeta(ImportReport r, DataVersion version) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO nsp_meta (id, schema_version, data_version, "
                + "imported_at, municipalities, regions, inhabitants_total, demand_points, demand_inhabitants_total, "
                + "candidates) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, SCHEMA_VERSION);
            ps.setLong(2, version.version());
            ps.setTimestamp(3, Timestamp.from(version.importedAt()));
            ps.setLong(4, r.municipalities());
            ps.setLong(5, r.regions());
            ps.setLong(6, r.inhabitantsTotal());
            ps.setLong(7, r.demandPoints());
            ps.setDouble(8, r.demandInhabitantsTotal());
            ps.setLong(9, r.candidates());
            ps.executeUpdate();
        }
    }

    private static void flushEvery(PreparedStatement ps, int i) throws SQLException {
        if ((i + 1) % BATCH == 0) {
            ps.executeBatch();
        }
    }
}
