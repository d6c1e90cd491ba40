package nl.nsp.planner.scenario;

import java.util.Objects;

/**
 * One site of a saved scenario with its roles, and where it is: a copy of the candidate's name, address and
 * position at the time of saving (so exports stay right when the data set changes), or a location the planner
 * added ({@code own}).
 *
 * @param siteId           candidate id, or the own location's id
 * @param name             name shown to users (may be empty)
 * @param address          one-line address (may be empty)
 * @param x                RD New easting, metres
 * @param y                RD New northing, metres
 * @param municipalityCode municipality the site lies in, or {@link nl.nsp.planner.domain.DemandPoint#UNASSIGNED}
 * @param own              a location the planner added, not a candidate of the data set
 * @param nsp              an open NSP
 * @param cp               a coördinatiepunt
 * @param fixed            must stay an NSP (e.g. a pilot NSP); implies {@code nsp}
 * @param excluded         must not be used; excludes every other role
 */
public record ScenarioSite(String siteId, String name, String address, double x, double y, String municipalityCode,
        boolean own, boolean nsp, boolean cp, boolean fixed, boolean excluded) {
    /** Longest site id accepted. */
    public static final int MAX_ID_LENGTH = 100;

    public ScenarioSite {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        if (siteId.isBlank() || siteId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("site id must be 1.." + MAX_ID_LENGTH + " characters, got \"" + siteId + "\"");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("site " + siteId + ": coordinates must be finite, got (" + x + ", " + y + ")");
        }
        if (fixed && !nsp) {
            throw new IllegalArgumentException("site " + siteId + ": a fixed site must be an NSP");
        }
        if (excluded && (nsp || cp)) {
            throw new IllegalArgumentException("site " + siteId + ": an excluded site cannot be an NSP or CP");
        }
        if (!(own || nsp || cp || excluded)) {
            throw new IllegalArgumentException("site " + siteId + ": has no role (NSP, CP or excluded) and is not an own location");
        }
    }
}
