package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestSitesTest {
    private static ScenarioSite nsp(String id, double x, double y) {
        return new ScenarioSite(id, id, "", x, y, "GM0001", false, true, false, false, false);
    }

    private static ScenarioSite cp(String id, double x, double y) {
        return new ScenarioSite(id, id, "", x, y, "GM0001", false, false, true, false, false);
    }

    /*
     * Query (0, 0). A (300, 400) = 500 m; B (0, 200) = 200 m; C (-500, 0) = 500 m, listed after A; the CP at (1, 1) is
     * no NSP and never counts. Nearest two: B, A (A before C on the tie); three: B, A, C.
     */
    @Test
    void theNearestNspsComeFirstTiesInListOrderCpsLeftOut() {
        List<ScenarioSite> sites = List.of(nsp("A", 300, 400), cp("CP", 1, 1), nsp("B", 0, 200), nsp("C", -500, 0));
        assertThat(NearestSites.nsps(sites, 0, 0, 2)).extracting(n -> n.site().siteId() + "@" + n.metres())
                .containsExactly("B@200.0", "A@500.0");
        assertThat(NearestSites.nsps(sites, 0, 0, 3)).extracting(n -> n.site().siteId()).containsExactly("B", "A", "C");
        assertThat(NearestSites.nsps(sites, 0, 0, 10)).hasSize(3);
        assertThat(NearestSites.nsps(List.of(cp("CP", 1, 1)), 0, 0, 3)).isEmpty();
        assertThatThrownBy(() -> NearestSites.nsps(sites, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithSortingAllDistances() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(40);
            List<ScenarioSite> sites = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                sites.add(nsp("s" + i, random.nextInt(2000), random.nextInt(2000)));
            }
            double qx = random.nextInt(2000);
            double qy = random.nextInt(2000);
            int k = 1 + random.nextInt(5);
            List<Double> expected = sites.stream().map(s -> Math.hypot(s.x() - qx, s.y() - qy)).sorted().limit(k).toList();
            assertThat(NearestSites.nsps(sites, qx, qy, k)).extracting(NearestSites.Neighbour::metres)
                    .as("seed 42, round %d", round).containsExactlyElementsOf(expected);
        }
    }
}
