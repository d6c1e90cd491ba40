package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;

/** Plans checked against the hand-made data set of {@link StoreFixtures} (candidates S1, S2, S3; regions VR17, VR18). */
class PlanResolverTest {
    private static final PlanResolver RESOLVER = new PlanResolver(StoreFixtures.smallImport().dataset());

    private static Plan plan(List<String> nsp, List<String> cp, List<String> fixed, List<String> excluded, List<OwnSite> own) {
        return new Plan("VR17", "cbs100", Norms.defaults(), nsp, cp, fixed, excluded, own);
    }

    @Test
    void rolesOfOneSiteAreMergedAndCandidatesCopiedWithTheirPosition() {
        OwnSite own = new OwnSite("eigen-1", "Buurthuis", "Plein 1", 94_500, 438_000);
        OwnSite spare = new OwnSite("eigen-2", "Reserve", "", 80_000, 400_000);
        List<ScenarioSite> sites = RESOLVER.resolve(plan(List.of("S2", "eigen-1"), List.of("S1", "S2"), List.of("S2"),
                List.of("S3"), List.of(own, spare)));
        assertThat(sites).containsExactly(
                new ScenarioSite("S2", "Brandweerkazerne Noord", "Dijk 5", 94_000, 439_000, "GM0002", false, true, true, true, false),
                new ScenarioSite("eigen-1", "Buurthuis", "Plein 1", 94_500, 438_000, "GM0002", true, true, false, false, false),
                new ScenarioSite("S1", "Wijkcentrum De Ark", "Kerkstraat 1, 3011 AA Eerstedorp", 91_000, 438_000, "GM0001",
                        false, false, true, false, false),
                new ScenarioSite("S3", "Sporthal 't Veld", "Veldweg 2", 97_000, 435_000, "GM0003", false, false, false, false, true),
                // outside every municipality of the data set: no municipality
                new ScenarioSite("eigen-2", "Reserve", "", 80_000, 400_000, "", true, false, false, false, false));
        Plan back = Plan.of("VR17", "cbs100", Norms.defaults(), sites);
        assertThat(back.nspSiteIds()).containsExactly("S2", "eigen-1");
        assertThat(back.cpSiteIds()).containsExactly("S2", "S1");
        assertThat(back.fixedSiteIds()).containsExactly("S2");
        assertThat(back.excludedSiteIds()).containsExactly("S3");
        assertThat(back.ownSites()).containsExactly(own, spare);
    }

    @Test
    void everyProblemIsReportedByField() {
        Plan bad = new Plan("VR99", "nope", Norms.defaults(), List.of("S1", "X", "S1", ""), List.of("S3"), List.of("S2"),
                List.of("S3", "S1"), List.of(new OwnSite("S1", "clash", "", 92_000, 438_000),
                        new OwnSite("eigen-1", "a", "", 92_000, 438_000), new OwnSite("eigen-1", "b", "", 5.1, 52.1)));
        assertThatThrownBy(() -> RESOLVER.resolve(bad)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.errors()).extracting(InputError::field).containsExactly("region", "demandLayer",
                        "ownSites[0].id", "ownSites[2].id", "ownSites[2]", "nspSiteIds[1]", "nspSiteIds[2]", "nspSiteIds[3]",
                        "fixedSiteIds[0]", "excludedSiteIds[0]", "excludedSiteIds[1]"));
    }

    @Test
    void anEmptyPlanIsValid() {
        assertThat(RESOLVER.resolve(plan(List.of(), List.of(), List.of(), List.of(), List.of()))).isEmpty();
    }
}
