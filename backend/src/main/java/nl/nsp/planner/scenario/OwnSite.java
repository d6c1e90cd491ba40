package nl.nsp.planner.scenario;

import java.util.Objects;

/**
 * A location the planner added by hand (a community centre that is no candidate yet, say), in RD New metres.
 *
 * @param id      unique within the plan, never a candidate id; the map makes them {@code eigen-...}
 * @param name    name shown to users
 * @param address one-line address (may be empty)
 * @param x       RD New easting, metres
 * @param y       RD New northing, metres
 */
public record OwnSite(String id, String name, String address, double x, double y) {
    public OwnSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (id.isBlank() || id.length() > ScenarioSite.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("own site id must be 1.." + ScenarioSite.MAX_ID_LENGTH
                    + " characters, got \"" + id + "\"");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("own site " + id + ": coordinates must be finite, got (" + x + ", " + y + ")");
        }
    }
}
