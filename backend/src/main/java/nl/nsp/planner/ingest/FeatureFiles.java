package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads a feature file by its extension: {@code .geojson}/{@code .json} or {@code .gpkg}. */
final class FeatureFiles {
    private FeatureFiles() {
    }

    /**
     * Streams the features of a GeoJSON or GeoPackage file in RD New.
     *
     * @param gpkgLayers preferred GeoPackage layer names (ignored for GeoJSON)
     * @return the format description
     */
    static String read(Path file, List<String> gpkgLayers, FileLog log, Consumer<GeoFeature> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) {
            return GeoPackageFeatureReader.read(file, gpkgLayers, log, sink);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GeoJsonFeatureReader.read(file, log, sink);
        }
        throw log.fileError("unsupported file type; expected .geojson, .json or .gpkg");
    }
}
