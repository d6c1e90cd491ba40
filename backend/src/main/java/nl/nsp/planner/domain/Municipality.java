package nl.nsp.planner.domain;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A Dutch municipality (gemeente).
 *
 * @param code          CBS gemeentecode, {@code GM} plus four digits
 * @param name          gemeentenaam
 * @param regionCode    the safety region it belongs to ({@code VR01}..{@code VR25})
 * @param inhabitants   registered inhabitants (CBS, 1 January of the data year)
 * @param urbanityClass CBS stedelijkheid, 1 (very strongly urban) .. 5 (not urban), or 0 when unknown
 * @param geometry      boundary in RD New metres (treated as immutable)
 */
public record Municipality(String code, String name, String regionCode, long inhabitants, int urbanityClass,
        Geometry geometry) {
    public Municipality {
        Codes.requireMunicipality(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(geometry, "geometry");
        if (inhabitants < 0) {
            throw new IllegalArgumentException("municipality " + code + ": inhabitants must be >= 0, got " + inhabitants);
        }
        if (!(0 <= urbanityClass && urbanityClass <= 5)) {
            throw new IllegalArgumentException("municipality " + code + ": urbanity class must be 0..5, got " + urbanityClass);
        }
    }
}
