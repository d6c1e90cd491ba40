package nl.nsp.planner.reach.network;

/** The outcome of snapping one point onto the network. */
public enum SnapStatus {
    /** Snapped onto a usable edge within the maximum snap distance. */
    SNAPPED("snapped"),
    /** Outside the bounding box of the imported network: the extract does not cover the point. */
    OUTSIDE_NETWORK_AREA("outside_network_area"),
    /** No edge the profile may use was found near the point (the search covers at least
     * {@link NetworkGraph#SNAP_SEARCH_RADIUS_METRES} around it). */
    NO_EDGE_FOUND("no_edge_found"),
    /** The nearest usable edge is farther away than the maximum snap distance. */
    BEYOND_MAX_SNAP_DISTANCE("beyond_max_snap_distance");

    private final String code;

    SnapStatus(String code) {
        this.code = code;
    }

    /** Stable lower-case code for JSON output. */
    public String code() {
        return code;
    }
}
