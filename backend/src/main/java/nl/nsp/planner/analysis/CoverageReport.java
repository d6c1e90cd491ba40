package nl.nsp.planner.analysis;

import java.util.List;
import nl.nsp.planner.reach.Norms;

/**
 * All statistics for one set of open NSPs, with the norms and the metric they were computed with.
 *
 * @param metric            distance model name ({@code euclidean}, {@code foot}, {@code bike})
 * @param cutoffMetres      cutoff of the coverage index
 * @param norms             the norms (echoed)
 * @param demandPoints      number of demand points
 * @param sites             number of candidate sites
 * @param openSites         number of open sites
 * @param totalWeight       all inhabitants
 * @param coveredWeight     inhabitants with an open site within their radius
 * @param coveredShare      coveredWeight / totalWeight, {@code null} when there are no inhabitants
 * @param total             the total as an area row
 * @param municipalities    one row per municipality (code "" = points in no known municipality)
 * @param regions           one row per safety region
 * @param urbanity          one row per urbanity class
 * @param histogram         distance histogram over all inhabitants
 * @param nspLoads          one row per open site, in site order
 * @param uncovered         uncovered demand and its largest clusters
 */
public record CoverageReport(String metric, double cutoffMetres, Norms norms, int demandPoints, int sites,
        int openSites, double totalWeight, double coveredWeight, Double coveredShare, AreaCoverage total,
        List<AreaCoverage> municipalities, List<AreaCoverage> regions, List<AreaCoverage> urbanity,
        DistanceHistogram histogram, List<NspLoad> nspLoads, UncoveredDemand uncovered) {
    public CoverageReport {
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
        urbanity = List.copyOf(urbanity);
        nspLoads = List.copyOf(nspLoads);
    }
}
