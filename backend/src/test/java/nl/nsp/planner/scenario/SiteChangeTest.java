package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteChangeTest {
    static ScenarioSite nsp(String id, String municipality) {
        return new ScenarioSite(id, "Site " + id, "", 92_000, 437_000, municipality, false, true, false, false, false);
    }

    static ScenarioSite cp(String id, String municipality) {
        return new ScenarioSite(id, "Site " + id, "", 92_000, 437_000, municipality, false, false, true, false, false);
    }

    static ScenarioSite own(String id, double x) {
        return new ScenarioSite(id, "Eigen", "Plein 1", x, 437_000, "GM0599", true, true, false, false, false);
    }

    @Test
    void sameSitesInAnotherOrderAreNoChange() {
        assertThat(SiteChange.between(List.of(nsp("a", "GM0599"), cp("b", "GM0489")), List.of(cp("b", "GM0489"),
                nsp("a", "GM0599")))).isEmpty();
    }

    @Test
    void addedRemovedAndReRoledSitesAreChangesInBeforeThenAfterOrder() {
        // before: a (NSP), b (CP), c (NSP); after: b (NSP instead of CP), c unchanged, d added; a removed
        List<SiteChange> changes = SiteChange.between(List.of(nsp("a", "GM0599"), cp("b", "GM0489"), nsp("c", "GM0599")),
                List.of(nsp("b", "GM0489"), nsp("c", "GM0599"), nsp("d", "GM0599")));
        assertThat(changes).extracting(SiteChange::siteId).containsExactly("a", "b", "d");
        assertThat(changes.get(0).after()).isEmpty();
        assertThat(changes.get(1).before().orElseThrow().cp()).isTrue();
        assertThat(changes.get(1).after().orElseThrow().nsp()).isTrue();
        assertThat(changes.get(2).before()).isEmpty();
    }

    @Test
    void aCandidateWhoseCopiedNameOrPositionChangedWithTheDataIsNoChangeButAMovedOwnSiteIs() {
        ScenarioSite renamed = new ScenarioSite("a", "Nieuwe naam", "Ander adres", 93_000, 438_000, "GM0599", false, true,
                false, false, false);
        assertThat(SiteChange.between(List.of(nsp("a", "GM0599")), List.of(renamed))).isEmpty();
        assertThat(SiteChange.between(List.of(own("eigen-1", 92_000)), List.of(own("eigen-1", 92_000.5))))
                .extracting(SiteChange::siteId).containsExactly("eigen-1");
        assertThat(SiteChange.between(List.of(own("eigen-1", 92_000)), List.of(own("eigen-1", 92_000)))).isEmpty();
        assertThat(SiteChange.between(List.of(), List.of(own("eigen-1", 1))).get(0).before()).isEqualTo(Optional.empty());
    }
}
