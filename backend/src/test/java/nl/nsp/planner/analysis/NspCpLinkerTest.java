package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.reach.SiteTable;
import org.junit.jupiter.api.Test;

class NspCpLinkerTest {
    static CandidateSite site(String id, double x, double y, String mun) {
        return new CandidateSite(id, id, "", x, y, mun, SiteKind.OWN, Accessibility.UNKNOWN, "", Map.of());
    }

    /*
     * NSPs on y = 0 at x = 0 (N0, GM0001), 1000 (N1, GM0001), 4000 (N2, GM0002), 12000 (N3, GM0003).
     * CPs: C0 at x = 500 (GM0001, capacity 1), C1 at x = 5000 (GM0002); range 5,000, max 1 NSP per CP.
     * N3 is 7 km from C1: unreachable. N0, N1, N2 compete for two places: C0 can take N0 or N1 (500 m each),
     * C1 can take N1 (4000 m, exactly... no: 4,000 m) or N2 (1000 m) or N0 (5,000 m, exactly on the range).
     * Maximum links = 2; cheapest: N0 or N1 -> C0 (500) + N2 -> C1 (1000) = 1,500 m. Ties between N0 and N1
     * are broken by the solver; both give 1,500 m.
     */
    @Test
    void handWorkedAssignmentLinksTheMostNspsAtTheLeastLength() {
        SiteTable nsps = SiteTable.of(List.of(site("N0", 0, 0, "GM0001"), site("N1", 1000, 0, "GM0001"),
                site("N2", 4000, 0, "GM0002"), site("N3", 12000, 0, "GM0003")));
        SiteTable cps = SiteTable.of(List.of(site("C0", 500, 0, "GM0001"), site("C1", 5000, 0, "GM0002")));
        LinkResult r = NspCpLinker.link(nsps, new int[] {0, 1, 2, 3}, cps, Map.of("GM0001", "VR01", "GM0002", "VR01"), 5000, 1);
        assertThat(r.links()).hasSize(2);
        assertThat(r.totalLinkMetres()).isEqualTo(1500);
        assertThat(r.unreachableNspIds()).containsExactly("N3");
        assertThat(r.unlinkedNspIds()).hasSize(2).contains("N3");
        assertThat(r.cpLoads()).extracting(LinkResult.CpLoad::nsps).containsExactly(1, 1);
        assertThat(r.crossMunicipality()).isZero();

        // capacity 2: all three reachable NSPs link; N0 and N1 to C0 (500 + 500), N2 to C1 (1000) = 2,000 m
        LinkResult two = NspCpLinker.link(nsps, new int[] {0, 1, 2, 3}, cps, Map.of(), 5000, 2);
        assertThat(two.links()).hasSize(3);
        assertThat(two.totalLinkMetres()).isEqualTo(2000);
        assertThat(two.links()).allMatch(l -> l.crossesRegion() == null);
    }

    @Test
    void flagsLinksAcrossMunicipalAndRegionalBorders() {
        SiteTable nsps = SiteTable.of(List.of(site("N0", 0, 0, "GM0001"), site("N1", 100, 0, "GM0002")));
        SiteTable cps = SiteTable.of(List.of(site("C0", 50, 0, "GM0003")));
        LinkResult r = NspCpLinker.link(nsps, new int[] {0, 1}, cps,
                Map.of("GM0001", "VR01", "GM0002", "VR02", "GM0003", "VR02"), 5000, 5);
        assertThat(r.crossMunicipality()).isEqualTo(2);
        assertThat(r.crossRegion()).isEqualTo(1);
        assertThat(r.links().get(0).crossesRegion()).isTrue();
        assertThat(r.links().get(1).crossesRegion()).isFalse();
    }

    @Test
    void agreesWithExhaustiveSearchOnTinyInstances() {
        for (long seed = 1; seed <= 150; seed++) {
            Random r = new Random(seed);
            int a = 1 + r.nextInt(6);
            int b = 1 + r.nextInt(3);
            List<CandidateSite> n = new ArrayList<>();
            List<CandidateSite> c = new ArrayList<>();
            for (int k = 0; k < a; k++) {
                n.add(site("N" + k, r.nextInt(8000), r.nextInt(8000), ""));
            }
            for (int k = 0; k < b; k++) {
                c.add(site("C" + k, r.nextInt(8000), r.nextInt(8000), ""));
            }
            int cap = 1 + r.nextInt(3);
            double range = 2000 + r.nextInt(4000);
            int[] open = java.util.stream.IntStream.range(0, a).toArray();
            LinkResult got = NspCpLinker.link(SiteTable.of(n), open, SiteTable.of(c), Map.of(), range, cap);
            long[] best = {-1, Long.MAX_VALUE};
            search(n, c, range, cap, 0, new int[b], 0, 0, best);
            long gotCost = got.links().stream().mapToLong(l -> NspCpLinker.cost(l.metres())).sum();
            assertThat(got.links().size()).as("seed %d links", seed).isEqualTo((int) best[0]);
            assertThat(gotCost).as("seed %d cost", seed).isEqualTo(best[1]);
            for (LinkResult.Link l : got.links()) {
                assertThat(l.metres()).as("seed %d", seed).isLessThanOrEqualTo(range);
            }
            assertThat(got.cpLoads()).allMatch(l -> l.nsps() <= cap);
        }
    }

    private static void search(List<CandidateSite> n, List<CandidateSite> c, double range, int cap, int k, int[] load,
            int links, long cost, long[] best) {
        if (k == n.size()) {
            if (links > best[0] || (links == best[0] && cost < best[1])) {
                best[0] = links;
                best[1] = cost;
            }
            return;
        }
        search(n, c, range, cap, k + 1, load, links, cost, best); // leave unlinked
        for (int j = 0; j < c.size(); j++) {
            double d = Math.hypot(n.get(k).x() - c.get(j).x(), n.get(k).y() - c.get(j).y());
            if (d <= range && load[j] < cap) {
                load[j]++;
                search(n, c, range, cap, k + 1, load, links + 1, cost + NspCpLinker.cost(d), best);
                load[j]--;
            }
        }
    }
}
