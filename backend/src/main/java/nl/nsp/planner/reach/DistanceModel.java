package nl.nsp.planner.reach;

/**
 * Distances from sites to demand points, both addressed by dense index (0..n-1) in the order the model was
 * built with.
 *
 * <p>Implementations must report every demand point whose distance is {@code <= cutoffMetres} (a point
 * exactly at the cutoff is within reach) and no other, each at most once per call. Network models report a
 * distance that is never shorter than the straight line.
 */
public interface DistanceModel {
    /** Number of sites the model knows. */
    int siteCount();

    /** Number of demand points the model knows. */
    int demandCount();

    /** A short name shown with every result, e.g. {@code euclidean} or {@code foot}. */
    String name();

    /** Calls {@code sink} for every demand point within {@code cutoffMetres} of site {@code site}. */
    void forEachWithin(int site, double cutoffMetres, PairSink sink);
}
