package nl.nsp.planner.analysis;

/**
 * How a coverage evaluation is reported.
 *
 * @param exactNearestBeyondCutoff true when the index model is the straight line, so the nearest open site of a
 *                                 point with none within the cutoff can be found exactly by a spatial query;
 *                                 false for network models (such points are reported as unresolved, "> cutoff")
 * @param clusterLinkMetres        uncovered points this close to each other belong to one cluster (default 150)
 * @param maxClusters              how many of the largest uncovered clusters are listed (default 20)
 * @param histogramBinMetres       width of a distance histogram bin (default 100)
 * @param histogramMaxMetres       start of the open last bin (default 3,000)
 */
public record EvaluationOptions(boolean exactNearestBeyondCutoff, double clusterLinkMetres, int maxClusters,
        double histogramBinMetres, double histogramMaxMetres) {
    public EvaluationOptions {
        if (!(clusterLinkMetres >= 0 && clusterLinkMetres < 1e6)) {
            throw new IllegalArgumentException("cluster link distance must be within 0..1e6 m, got " + clusterLinkMetres);
        }
        if (maxClusters < 0) {
            throw new IllegalArgumentException("max clusters must be >= 0, got " + maxClusters);
        }
        if (!(histogramBinMetres > 0 && histogramMaxMetres >= histogramBinMetres && histogramMaxMetres / histogramBinMetres <= 10_000)) {
            throw new IllegalArgumentException("histogram needs 0 < bin <= max and at most 10,000 bins, got bin "
                    + histogramBinMetres + " max " + histogramMaxMetres);
        }
    }

    /** Defaults for a straight-line index: exact nearest, 150 m clusters, top 20, 100 m bins up to 3 km. */
    public static EvaluationOptions euclidean() {
        return new EvaluationOptions(true, 150, 20, 100, 3_000);
    }

    /** Defaults for a network index: as {@link #euclidean()} but points beyond the cutoff stay unresolved. */
    public static EvaluationOptions network() {
        return new EvaluationOptions(false, 150, 20, 100, 3_000);
    }
}
