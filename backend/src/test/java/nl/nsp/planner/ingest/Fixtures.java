package nl.nsp.planner.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** Tiny hand-made input files for ingest tests. */
final class Fixtures {
    static final String RD_CRS = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}";
    static final String RD_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],"
            + "PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079],"
            + "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1],"
            + "AUTHORITY[\"EPSG\",\"28992\"]]";

    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A GeoJSON polygon ring for the axis-aligned square [x0, x0+size] x [y0, y0+size]. */
    static String square(double x0, double y0, double size) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0);
    }

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static String collection(String crs, String... features) {
        return "{\"type\":\"FeatureCollection\"," + (crs == null ? "" : "\"crs\":" + crs + ",") + "\"features\":["
                + String.join(",", features) + "]}";
    }

    /**
     * Three municipalities in RD: GM0001 = [100000,110000]x[450000,460000], GM0002 east of it, GM0003 north of
     * GM0001; with inhabitants 1000, 2000, 3000.
     */
    static String municipalitiesGeoJson() {
        return collection(RD_CRS,
                feature("{\"gemeentecode\":\"GM0001\",\"gemeentenaam\":\"Een\",\"vr_code\":\"VR01\",\"aantal_inwoners\":1000,\"stedelijkheid\":1}",
                        square(100000, 450000, 10000)),
                feature("{\"gemeentecode\":\"GM0002\",\"gemeentenaam\":\"Twee\",\"vr_code\":\"VR01\",\"aantal_inwoners\":2000,\"stedelijkheid\":5}",
                        square(110000, 450000, 10000)),
                feature("{\"gemeentecode\":\"GM0003\",\"gemeentenaam\":\"Drie\",\"aantal_inwoners\":3000}",
                        square(100000, 460000, 10000)));
    }

    /** One column of a GeoPackage fixture. */
    record Column(String name, GeoPackageDataType type) {
    }

    /** Writes a GeoPackage with one feature table in EPSG:28992 (the SRS row inserted by hand). */
    static Path geoPackage(Path file, String table, GeometryType type, List<Column> columns,
            List<Map<String, Object>> rows, List<String> wkts) throws Exception {
        File f = file.toFile();
        GeoPackageManager.create(f);
        GeoPackage gp = GeoPackageManager.open(f);
        try {
            SpatialReferenceSystem srs = new SpatialReferenceSystem();
            srs.setSrsName("Amersfoort / RD New");
            srs.setSrsId(28992);
            srs.setOrganization("EPSG");
            srs.setOrganizationCoordsysId(28992);
            srs.setDefinition(RD_WKT);
            gp.getSpatialReferenceSystemDao().create(srs);
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey(table, "geom"));
            gc.setGeometryType(type);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrsId(28992);
            List<FeatureColumn> cols = new ArrayList<>();
            for (Column c : columns) {
                cols.add(FeatureColumn.createColumn(c.name(), c.type()));
            }
            gp.createFeatureTable(FeatureTableMetadata.create(gc, cols, new BoundingBox(0, 300000, 289000, 629000)));
            FeatureDao dao = gp.getFeatureDao(table);
            WKTReader wkt = new WKTReader();
            WKBWriter wkb = new WKBWriter();
            for (int i = 0; i < rows.size(); i++) {
                FeatureRow row = dao.newRow();
                for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
                    row.setValue(e.getKey(), e.getValue());
                }
                Geometry g = wkt.read(wkts.get(i));
                row.setGeometry(GeoPackageGeometryData.createFromWkb(28992, wkb.write(g)));
                dao.create(row);
            }
        } finally {
            gp.close();
        }
        return file;
    }
}
