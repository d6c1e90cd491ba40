package nl.nsp.planner.api.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import nl.nsp.planner.geo.DutchExtent;

/**
 * The NSPs and CPs of a scenario as an OGC GeoPackage with two point layers, {@code nsp} and {@code cp}, in
 * EPSG:28992 (RD New), so QGIS opens them in the right place. A site that is both lies in both layers; excluded
 * sites and own locations without a role are left out (the GeoJSON export has every site).
 *
 * <p>The library has no EPSG:28992 built in, so its spatial reference row is written here with the WKT GDAL gives
 * for it ({@code gdalsrsinfo -o wkt1 EPSG:28992}). Each layer gets an R-tree spatial index.
 */
final class SitesGeoPackage {
    static final String MEDIA_TYPE = "application/geopackage+sqlite3";
    static final long RD_SRS_ID = 28992;
    static final String RD_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],AUTHORITY[\"EPSG\",\"6289\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
            + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],"
            + "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
            + "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],"
            + "PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";
    private static final String GEOMETRY_COLUMN = "geom";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SitesGeoPackage.class);

    private SitesGeoPackage() {
    }

    static byte[] write(List<ExportSite> sites) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nsp-export");
            File file = dir.resolve("export.gpkg").toFile();
            GeoPackageManager.create(file);
            GeoPackage gp = GeoPackageManager.open(file);
            try {
                gp.getSpatialReferenceSystemDao().create(rdNew());
                layer(gp, "nsp", sites, s -> s.role().isNsp());
                layer(gp, "cp", sites, s -> s.role().isCp());
            } finally {
                gp.close();
            }
            return Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("writing the GeoPackage failed: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static SpatialReferenceSystem rdNew() {
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("Amersfoort / RD New");
        srs.setSrsId(RD_SRS_ID);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(RD_SRS_ID);
        srs.setDefinition(RD_WKT);
        srs.setDescription("Amersfoort / RD New (EPSG:28992), metres");
        return srs;
    }

    private static void layer(GeoPackage gp, String table, List<ExportSite> sites, Predicate<ExportSite> keep)
            throws java.sql.SQLException {
        List<ExportSite> kept = sites.stream().filter(keep).toList();
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
        gc.setGeometryType(GeometryType.POINT);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(RD_SRS_ID);
        List<FeatureColumn> columns = new ArrayList<>();
        for (String text : List.of("id", "name", "address", "municipalityCode", "municipalityName", "role")) {
            columns.add(FeatureColumn.createColumn(text, GeoPackageDataType.TEXT));
        }
        columns.add(FeatureColumn.createColumn("fixed", GeoPackageDataType.BOOLEAN));
        columns.add(FeatureColumn.createColumn("own", GeoPackageDataType.BOOLEAN));
        columns.add(FeatureColumn.createColumn("rdX", GeoPackageDataType.DOUBLE));
        columns.add(FeatureColumn.createColumn("rdY", GeoPackageDataType.DOUBLE));
        FeatureTable ft = gp.createFeatureTable(FeatureTableMetadata.create(gc, "fid", columns, box(kept)));
        FeatureDao dao = gp.getFeatureDao(table);
        // one transaction per layer: SQLite syncs to disk per commit, and a commit per row takes seconds for 600 rows
        gp.beginTransaction();
        boolean written = false;
        try {
            insert(dao, kept);
            written = true;
        } finally {
            gp.endTransaction(written);
        }
        new RTreeIndexExtension(gp).create(ft);
    }

    private static void insert(FeatureDao dao, List<ExportSite> kept) {
        for (ExportSite s : kept) {
            FeatureRow row = dao.newRow();
            row.setValue("id", s.id());
            row.setValue("name", s.name());
            row.setValue("address", s.address());
            row.setValue("municipalityCode", s.municipalityCode());
            row.setValue("municipalityName", s.municipalityName());
            row.setValue("role", s.role().code());
            row.setValue("fixed", s.fixed());
            row.setValue("own", s.own());
            row.setValue("rdX", s.rdX());
            row.setValue("rdY", s.rdY());
            GeoPackageGeometryData g = GeoPackageGeometryData.create(RD_SRS_ID, new Point(s.rdX(), s.rdY()));
            row.setGeometry(g);
            dao.create(row);
        }
    }

    /** The points' box, or the Dutch RD extent for an empty layer. */
    private static BoundingBox box(List<ExportSite> sites) {
        if (sites.isEmpty()) {
            return new BoundingBox(DutchExtent.RD_MIN_X, DutchExtent.RD_MIN_Y, DutchExtent.RD_MAX_X, DutchExtent.RD_MAX_Y);
        }
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (ExportSite s : sites) {
            minX = Math.min(minX, s.rdX());
            minY = Math.min(minY, s.rdY());
            maxX = Math.max(maxX, s.rdX());
            maxY = Math.max(maxY, s.rdY());
        }
        return new BoundingBox(minX, minY, maxX, maxY);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove the temporary folder {}: {}", dir, e.getMessage());
        }
    }
}
