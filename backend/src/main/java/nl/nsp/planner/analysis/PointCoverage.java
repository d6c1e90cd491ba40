package nl.nsp.planner.analysis;

/**
 * The coverage of one demand point, for drawing covered and uncovered cells.
 *
 * @param id            demand point id
 * @param x             RD x
 * @param y             RD y
 * @param inhabitants   inhabitants
 * @param covered       an open site within the point's radius
 * @param covered65     an open site within the 65+ radius
 * @param nearestSiteId nearest open site (ties: lowest index), or null when unresolved
 * @param nearestMetres its distance, or null when unresolved
 */
public record PointCoverage(String id, double x, double y, double inhabitants, boolean covered, boolean covered65,
        String nearestSiteId, Double nearestMetres) {
}
