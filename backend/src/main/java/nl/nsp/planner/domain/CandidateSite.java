package nl.nsp.planner.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A location that could serve as an NSP or a CP.
 *
 * @param id               unique within the data set
 * @param name             e.g. the polling station's name
 * @param address          street, number, postcode and place on one line (may be empty)
 * @param x                RD New easting in metres
 * @param y                RD New northing in metres
 * @param municipalityCode gemeentecode of the municipality that runs it, or {@link DemandPoint#UNASSIGNED}
 * @param kind             building kind
 * @param accessibility    wheelchair access
 * @param buildingUse      BAG use class(es) of the building, e.g. {@code bijeenkomstfunctie} (may be empty)
 * @param attributes       further source attributes, kept for popups and exports
 */
public record CandidateSite(String id, String name, String address, double x, double y, String municipalityCode,
        SiteKind kind, Accessibility accessibility, String buildingUse, Map<String, String> attributes) {
    public CandidateSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(buildingUse, "buildingUse");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("site " + id + ": coordinates must be finite, got (" + x + ", " + y + ")");
        }
        attributes = Map.copyOf(attributes);
    }
}
