package nl.nsp.planner.api.geojson;

import java.util.Objects;

/**
 * A GeoJSON geometry object (RFC 7946): {@code type} plus nested coordinate arrays in WGS84 lon, lat.
 *
 * @param type        {@code Point}, {@code Polygon}, {@code MultiPolygon}, ...
 * @param coordinates {@code double[]} for a point, deeper {@code double[][]...} arrays otherwise
 */
public record GeoJsonGeometry(String type, Object coordinates) {
    public GeoJsonGeometry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(coordinates, "coordinates");
    }
}
