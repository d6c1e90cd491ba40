package nl.nsp.planner.api.geojson;

import java.util.List;

/**
 * A GeoJSON feature collection.
 *
 * @param <P>      properties record of the features
 * @param type     always {@code FeatureCollection}
 * @param features the features
 */
public record FeatureCollection<P>(String type, List<Feature<P>> features) {
    public FeatureCollection {
        features = List.copyOf(features);
    }

    public static <P> FeatureCollection<P> of(List<Feature<P>> features) {
        return new FeatureCollection<>("FeatureCollection", features);
    }
}
