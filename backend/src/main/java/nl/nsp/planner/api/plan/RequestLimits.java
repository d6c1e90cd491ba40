package nl.nsp.planner.api.plan;

/** Bounds on what one coverage or optimisation request may ask for, so no request can exhaust the server. */
public final class RequestLimits {
    /** Most own sites in one plan. */
    public static final int MAX_OWN_SITES = 500;
    /** Most site ids in one list (open sites, CPs, fixed, excluded); the data set has about 9,100 candidates. */
    public static final int MAX_SITE_IDS = 20_000;
    /** Largest walking radius for a region (pairs grow with its square). */
    public static final double MAX_RADIUS_METRES = 5_000;
    /** Largest walking radius for the whole country (no region): 1.3 million pairs at 1 km. */
    public static final double MAX_NATIONAL_RADIUS_METRES = 2_000;
    /** Largest NSP-CP link range. */
    public static final double MAX_LINK_RANGE_METRES = 100_000;
    /** Most NSPs per CP. */
    public static final int MAX_NSP_PER_CP = 10_000;
    /** Largest rule-of-thumb load per NSP. */
    public static final double MAX_INHABITANTS_PER_NSP = 10_000_000;

    private RequestLimits() {
    }
}
