package nl.nsp.planner.analysis;

import java.util.List;

/**
 * What one toggle changed, cheap to compute (O(pairs of the site)): the new totals, the rows of every area one
 * of whose points changed coverage, and the demand points that changed. Area rows here carry no distance
 * summary ({@code distance == null}); a full {@link CoverageReport} has them.
 *
 * @param siteId          the toggled site
 * @param opened          true when opened, false when closed
 * @param openSites       open sites after the toggle
 * @param total           the total row after the toggle
 * @param changedAreas    municipality, region and urbanity rows that changed, by level then code
 * @param newlyCovered    demand point ids now covered (all-inhabitants radius)
 * @param newlyUncovered  demand point ids no longer covered
 * @param newlyCovered65  demand point ids now within the 65+ radius
 * @param newlyUncovered65 demand point ids no longer within the 65+ radius
 */
public record CoverageDelta(String siteId, boolean opened, int openSites, AreaCoverage total,
        List<AreaCoverage> changedAreas, List<String> newlyCovered, List<String> newlyUncovered,
        List<String> newlyCovered65, List<String> newlyUncovered65) {
    public CoverageDelta {
        changedAreas = List.copyOf(changedAreas);
        newlyCovered = List.copyOf(newlyCovered);
        newlyUncovered = List.copyOf(newlyUncovered);
        newlyCovered65 = List.copyOf(newlyCovered65);
        newlyUncovered65 = List.copyOf(newlyUncovered65);
    }
}
