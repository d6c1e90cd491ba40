package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.optimise.CancellationToken;

/**
 * An outage scenario on the headline plans of a national run: per affected region, the planned NSPs that fall out,
 * the inhabitants (and 65+) who lose their NSP, the inhabitants of the outage area and whether they still reach an
 * NSP outside it, and the repaired plan: the remaining NSPs stay, and the fewest available sites are added so that the
 * plan's target is met again (or everyone still reachable is covered, when the target no longer can be).
 */
public final class OutageAnalysis {
    private OutageAnalysis() {
    }

    /**
     * @throws IllegalArgumentException when an unavailable site id or a municipality code is not in the data set
     * @throws CancellationException    when cancelled
     */
    public static OutageResult run(Dataset data, NationalResult national, OutageScenario scenario, CancellationToken cancel) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        data.candidates().forEach(c -> ids.add(c.id()));
        for (String id : scenario.unavailableSiteIds()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("unavailable site \"" + id + "\" is not a candidate site");
            }
        }
        for (String m : scenario.municipalityCodes()) {
            if (data.municipality(m).isEmpty()) {
                throw new IllegalArgumentException("outage municipality \"" + m + "\" is not in the data set");
            }
        }
        NationalOptions o = national.options();
        List<String> codes = national.regions().stream().map(RegionResult::code).toList();
        Map<String, RegionDemand> demand = RegionDemand.assemble(data, o.fineLayer(), o.baseLayer(), o.fineLayerMinShare(),
                codes);
        Map<String, Municipality> municipalities = RegionAnalysis.byCode(data.municipalities());
        Map<String, Integer> municipalityIndex = RegionAnalysis.municipalityIndex(data.municipalities());
        OutageScenario.Tester tester = scenario.tester();
        List<OutageResult.RegionOutage> out = new ArrayList<>();
        for (RegionResult r : national.regions()) {
            if (cancel.isCancelled()) {
                throw new CancellationException("the outage analysis was cancelled");
            }
            RegionAnalysis a = new RegionAnalysis(demand.get(r.code()), data.candidates(), municipalities, municipalityIndex,
                    o, cancel);
            if (a.touchedBy(tester, r.headline())) {
                out.add(a.outage(r.name(), r.headline(), tester));
            }
        }
        return new OutageResult(scenario, o.headline(), o.headlineTarget(), out);
    }
}
