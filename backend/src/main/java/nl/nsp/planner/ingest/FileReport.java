package nl.nsp.planner.ingest;

import java.util.Objects;

/**
 * What one input file contributed to an import.
 *
 * @param file        file name
 * @param layer       the layer it fed: {@code municipalities}, {@code regions}, {@code region_membership},
 *                    {@code demand}, {@code candidates}, {@code wijken}, ...
 * @param format      e.g. {@code geojson (EPSG:28992)}, {@code csv}, {@code gpkg}
 * @param accepted    rows or features kept
 * @param rejected    rows or features rejected (each listed in the report's errors)
 * @param inhabitants sum of the inhabitants the kept rows carry, or 0 when the layer has none
 */
public record FileReport(String file, String layer, String format, long accepted, long rejected, double inhabitants) {
    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(format, "format");
    }
}
