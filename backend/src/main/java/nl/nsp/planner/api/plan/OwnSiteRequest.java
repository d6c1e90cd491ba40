package nl.nsp.planner.api.plan;

/**
 * A location the planner added to the plan ("eigen locatie"), in the plan shape shared by the map, scenarios and
 * exports. Validated by {@link OwnSites#resolve}.
 *
 * @param id      {@code eigen-} followed by 1..60 letters, digits, '-' or '_'; unique in the plan
 * @param name    what to call it, 1..200 characters
 * @param address optional, at most 300 characters
 * @param x       RD New easting in metres, inside the Netherlands
 * @param y       RD New northing in metres, inside the Netherlands
 */
public record OwnSiteRequest(String id, String name, String address, Double x, Double y) {
}
