package nl.nsp.planner.analysis;

import java.util.ArrayList;
import java.util.List;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.SiteTable;

/**
 * The reach area of one site: every demand point within the point's own radius of it (the all-inhabitants radius
 * after any urbanity override; a point exactly on the radius is reached), whether the site is open or not.
 * Computed from the site's row of the coverage index, so it costs O(pairs of the site).
 *
 * @param siteId             the site
 * @param open               whether the site is an open NSP in the state
 * @param inhabitants        inhabitants of the reached points
 * @param inhabitants65      65+ of the reached points within the 65+ radius (points with a known 65+ count)
 * @param inhabitantsOnlyHere inhabitants of reached points no other open site covers (what closing an open site
 *                           loses, or opening a closed one gains)
 * @param points             the reached points, in demand order
 */
public record SiteReach(String siteId, boolean open, double inhabitants, double inhabitants65, double inhabitantsOnlyHere,
        List<ReachedPoint> points) {
    public SiteReach {
        points = List.copyOf(points);
    }

    /**
     * One reached demand point.
     *
     * @param id       demand point id
     * @param x        RD x in metres
     * @param y        RD y in metres
     * @param metres   distance to the site
     * @param inhabitants inhabitants of the point
     * @param within65 also within the 65+ radius
     * @param onlyHere no other open site covers the point
     */
    public record ReachedPoint(String id, double x, double y, double metres, double inhabitants, boolean within65,
            boolean onlyHere) {
    }

    /** The reach of site {@code site} (an index of {@code sites}) in {@code state}. */
    public static SiteReach of(CoverageState state, SiteTable sites, int site) {
        CoverageIndex index = state.index();
        DemandTable demand = state.demand();
        double radius65 = state.norms().radius65Metres();
        boolean open = state.isOpen(site);
        long units = 0;
        long units65 = 0;
        long unitsOnly = 0;
        List<ReachedPoint> out = new ArrayList<>();
        for (int k = index.siteStart(site); k < index.siteEnd(site); k++) {
            int i = index.siteDemand(k);
            double d = index.siteMetres(k);
            if (d > state.radiusMetres(i)) {
                continue;
            }
            int others = state.openWithinRadius(i) - (open ? 1 : 0);
            boolean within65 = d <= radius65;
            units += demand.weightUnits(i);
            if (within65 && demand.weight65Units(i) >= 0) {
                units65 += demand.weight65Units(i);
            }
            if (others == 0) {
                unitsOnly += demand.weightUnits(i);
            }
            out.add(new ReachedPoint(demand.id(i), demand.x(i), demand.y(i), d, DemandTable.toPersons(demand.weightUnits(i)),
                    within65, others == 0));
        }
        return new SiteReach(sites.id(site), open, DemandTable.toPersons(units), DemandTable.toPersons(units65),
                DemandTable.toPersons(unitsOnly), out);
    }
}
