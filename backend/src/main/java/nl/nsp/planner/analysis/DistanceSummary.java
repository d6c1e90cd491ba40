package nl.nsp.planner.analysis;

/**
 * Inhabitant-weighted distance from home to the nearest open NSP over a group of demand points.
 *
 * <p>The weighted percentile p is the smallest distance d such that the inhabitants at distance {@code <= d}
 * make up at least p of the group. Points whose nearest distance is unknown (no open site at all, or none
 * within the cutoff of a network index) are <em>unresolved</em>: they count as farther than every known
 * distance, so a percentile that falls among them, and the maximum when any exist, is {@code null}; the
 * mean is over resolved inhabitants only. Everything is {@code null} for a group without inhabitants.
 *
 * @param meanMetres            weighted mean over resolved inhabitants
 * @param medianMetres          weighted median (p = 0.5)
 * @param p90Metres             weighted 90th percentile
 * @param maxMetres             largest distance of a point with inhabitants
 * @param unresolvedInhabitants inhabitants whose nearest distance is unknown
 */
public record DistanceSummary(Double meanMetres, Double medianMetres, Double p90Metres, Double maxMetres,
        double unresolvedInhabitants) {
}
