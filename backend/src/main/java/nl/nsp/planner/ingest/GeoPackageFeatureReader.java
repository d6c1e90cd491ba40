package nl.nsp.planner.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the features of one layer (feature table) of an OGC GeoPackage as {@link GeoFeature}s in RD New.
 *
 * <p>The layer is the first of {@code preferredLayers} present in the file, else the only feature table. Its
 * spatial reference system must be EPSG:28992 or EPSG:4326 (checked against the coordinates as in
 * {@link CrsDetector}). Attribute values become Long/Double/String properties; feature indices are 1-based row
 * positions in the table.
 */
public final class GeoPackageFeatureReader {
    private GeoPackageFeatureReader() {
    }

    /**
     * Reads every feature of the chosen layer and hands the accepted ones to {@code sink}.
     *
     * @return a format description, e.g. {@code gpkg layer gemeenten (EPSG:28992)}
     * @throws InputException when the file is no GeoPackage, has no suitable layer or an unsupported CRS
     */
    public static String read(Path file, List<String> preferredLayers, FileLog log, Consumer<GeoFeature> sink) {
        if (!Files.isRegularFile(file)) {
            throw log.fileError("file not found: " + file);
        }
        GeoPackage gp;
        try {
            gp = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw log.fileError("not a readable GeoPackage: " + e.getMessage());
        }
        try (gp) {
            List<String> tables = gp.getFeatureTables();
            String layer = chooseLayer(tables, preferredLayers, log);
            FeatureDao dao = gp.getFeatureDao(layer);
            SpatialReferenceSystem srs = dao.getSrs();
            String srsName = srs == null ? "" : srs.getOrganization() + ":" + srs.getOrganizationCoordsysId();
            CrsDetector crs = new CrsDetector(log, srsName);
            String geomColumn = dao.getGeometryColumnName();
            WKBReader wkb = new WKBReader();
            long index = 0;
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    index++;
                    FeatureRow row = rs.getRow();
                    Geometry g = geometry(row, wkb, index, log);
                    if (g == null) {
                        continue;
                    }
                    Geometry rd = crs.toRd(index, g);
                    if (rd != null) {
                        sink.accept(new GeoFeature(index, properties(row, geomColumn), rd));
                    }
                }
            } finally {
                rs.close();
            }
            crs.finish();
            return "gpkg layer " + layer + " (EPSG:" + crs.crs().epsg() + ")";
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw log.fileError("cannot read GeoPackage: " + e.getMessage());
        }
    }

    private static String chooseLayer(List<String> tables, List<String> preferred, FileLog log) {
        for (String p : preferred) {
            for (String t : tables) {
                if (t.equalsIgnoreCase(p)) {
                    return t;
                }
            }
        }
        if (tables.size() == 1) {
            return tables.get(0);
        }
        throw log.fileError(tables.isEmpty() ? "GeoPackage has no feature table"
                : "GeoPackage has several feature tables " + tables + "; expected one of " + preferred);
    }

    private static Geometry geometry(FeatureRow row, WKBReader wkb, long index, FileLog log) {
        GeoPackageGeometryData data = row.getGeometry();
        if (data == null || data.isEmpty()) {
            log.reject(index, "geometry", "feature has no geometry");
            return null;
        }
        try {
            return wkb.read(data.getWkb());
        } catch (ParseException | java.io.IOException e) {
            log.reject(index, "geometry", "unreadable geometry: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> properties(FeatureRow row, String geomColumn) {
        Map<String, Object> out = new LinkedHashMap<>();
        String[] names = row.getColumnNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(geomColumn)) {
                continue;
            }
            Object v = row.getValue(i);
            if (v instanceof Integer n) {
                v = n.longValue();
            } else if (v instanceof Short n) {
                v = n.longValue();
            } else if (v instanceof Float n) {
                v = n.doubleValue();
            } else if (v != null && !(v instanceof Long || v instanceof Double || v instanceof String
                    || v instanceof Boolean)) {
                v = v.toString();
            }
            out.put(names[i], v);
        }
        return out;
    }
}
