package nl.nsp.planner.api.geojson;

/**
 * A GeoJSON feature.
 *
 * @param <P>        properties record
 * @param type       always {@code Feature}
 * @param id         feature id (code or site id)
 * @param geometry   the geometry in WGS84
 * @param properties attributes
 */
public record Feature<P>(String type, String id, GeoJsonGeometry geometry, P properties) {
    public static <P> Feature<P> of(String id, GeoJsonGeometry geometry, P properties) {
        return new Feature<>("Feature", id, geometry, properties);
    }
}
