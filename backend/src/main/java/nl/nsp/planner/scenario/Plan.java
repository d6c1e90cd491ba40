package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.nsp.planner.reach.Norms;

/**
 * What a planner edits on the map for one safety region: the open NSPs, the CPs, the sites that must stay or
 * must not be used, the locations added by hand, and the norms the figures are computed with. Ids refer to
 * candidate sites of the data set or to {@link #ownSites()}; lists keep the planner's order.
 *
 * @param region          safety region code
 * @param demandLayer     demand layer the figures are computed on
 * @param norms           walking radii, link range, NSPs per CP, inhabitants per NSP
 * @param nspSiteIds      open NSPs
 * @param cpSiteIds       coördinatiepunten
 * @param fixedSiteIds    NSPs that must stay (a subset of {@code nspSiteIds})
 * @param excludedSiteIds sites that must not be used (disjoint from the NSPs and CPs)
 * @param ownSites        locations added by hand
 */
public record Plan(String region, String demandLayer, Norms norms, List<String> nspSiteIds, List<String> cpSiteIds,
        List<String> fixedSiteIds, List<String> excludedSiteIds, List<OwnSite> ownSites) {
    public Plan {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(demandLayer, "demandLayer");
        Objects.requireNonNull(norms, "norms");
        nspSiteIds = List.copyOf(nspSiteIds);
        cpSiteIds = List.copyOf(cpSiteIds);
        fixedSiteIds = List.copyOf(fixedSiteIds);
        excludedSiteIds = List.copyOf(excludedSiteIds);
        ownSites = List.copyOf(ownSites);
    }

    /** The plan a scenario's sites describe: every role list in the order of {@code sites}. */
    public static Plan of(String region, String demandLayer, Norms norms, List<ScenarioSite> sites) {
        List<String> nsp = new ArrayList<>();
        List<String> cp = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<OwnSite> own = new ArrayList<>();
        for (ScenarioSite s : sites) {
            if (s.nsp()) {
                nsp.add(s.siteId());
            }
            if (s.cp()) {
                cp.add(s.siteId());
            }
            if (s.fixed()) {
                fixed.add(s.siteId());
            }
            if (s.excluded()) {
                excluded.add(s.siteId());
            }
            if (s.own()) {
                own.add(new OwnSite(s.siteId(), s.name(), s.address(), s.x(), s.y()));
            }
        }
        return new Plan(region, demandLayer, norms, nsp, cp, fixed, excluded, own);
    }
}
