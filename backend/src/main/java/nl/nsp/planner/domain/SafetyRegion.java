package nl.nsp.planner.domain;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A safety region (veiligheidsregio); every municipality belongs to exactly one.
 *
 * @param code              {@code VR01}..{@code VR25}
 * @param name              official name
 * @param geometry          boundary in RD New metres, or {@code null} when only the membership table was loaded
 * @param municipalityCodes member municipalities, sorted
 */
public record SafetyRegion(String code, String name, Geometry geometry, List<String> municipalityCodes) {
    public SafetyRegion {
        Codes.requireRegion(code);
        Objects.requireNonNull(name, "name");
        municipalityCodes = List.copyOf(municipalityCodes);
    }
}
