package nl.nsp.planner.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON or GeoPackage file: its 1-based index, its attribute values and its geometry in
 * RD New metres.
 *
 * @param index      1-based position in the file (GeoJSON) or table (GeoPackage)
 * @param properties attribute values: {@link String}, {@link Long}, {@link Double}, {@link Boolean} or null
 * @param geometry   the geometry in RD New (EPSG:28992), valid (repaired when it was not)
 */
public record GeoFeature(long index, Map<String, Object> properties, Geometry geometry) {
    public GeoFeature {
        Objects.requireNonNull(geometry, "geometry");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** True when the property is present with a non-null, non-blank value. */
    public boolean has(String key) {
        Object v = properties.get(key);
        return v != null && !(v instanceof String s && s.isBlank());
    }

    /** The property as trimmed text ({@code ""} when absent or null); whole numbers print without decimals. */
    public String text(String key) {
        Object v = properties.get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return v.toString().trim();
    }

    /**
     * The property as a number; empty when absent, null or blank.
     *
     * @throws NumberFormatException when it holds text that is not a number
     */
    public OptionalDouble number(String key) {
        Object v = properties.get(key);
        if (v == null || v instanceof String s && s.isBlank()) {
            return OptionalDouble.empty();
        }
        if (v instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        return OptionalDouble.of(CsvSource.parseDecimal(v.toString()));
    }
}
