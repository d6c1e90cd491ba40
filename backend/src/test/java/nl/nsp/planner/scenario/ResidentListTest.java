package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;

class ResidentListTest {
    private static final Municipality ONE = new Municipality("GM0001", "Eerstedorp", "VR17", 1000, 1,
            StoreFixtures.square(90000, 437000, 3000));
    private static final Municipality TWO = new Municipality("GM0002", "Tweedestad", "VR17", 2500, 3,
            StoreFixtures.square(93000, 437000, 3000));

    private static ScenarioSite site(String id, String name, String address, double x, String municipality, boolean nsp) {
        return new ScenarioSite(id, name, address, x, 438000, municipality, false, nsp, !nsp, false, false);
    }

    /*
     * GM0001 gets "Kerkstraat 10, 3011 AA Eerstedorp", "Kerkstraat 9, 3011 AA Eerstedorp", "Dijk 1, 3012 AA Aadorp", and
     * "Buurthuis" without address and without municipality at x = 92900, inside GM0001's square (distance 0), listed
     * under the municipality's name "Eerstedorp". Places alphabetical: Aadorp (Dijk 1), then Eerstedorp: Buurthuis
     * (empty street sorts first), Kerkstraat 9, Kerkstraat 10 -> numbers 1..4. The CP and the NSP of GM0003 are left
     * out; GM0002 has none.
     */
    @Test
    void placesAlphabeticalStreetsInOrderNumberedPerMunicipality() {
        List<ScenarioSite> sites = List.of(
                site("a", "Zaal A", "Kerkstraat 10, 3011 AA Eerstedorp", 91000, "GM0001", true),
                site("b", "Zaal B", "Kerkstraat 9, 3011 AA Eerstedorp", 91100, "GM0001", true),
                site("c", "Zaal C", "Dijk 1, 3012 AA Aadorp", 91200, "GM0001", true),
                site("d", "Buurthuis", "", 92900, "", true),
                site("cp", "Coördinatiepunt", "Markt 1, 3011 AA Eerstedorp", 91300, "GM0001", false),
                site("e", "Elders", "Weg 1, 3300 AA Derdeburg", 97000, "GM0003", true));
        ResidentList list = ResidentList.of(sites, List.of(ONE, TWO));
        assertThat(list.sections()).hasSize(2);
        ResidentList.Section one = list.sections().get(0);
        assertThat(one.places()).extracting(ResidentList.Place::name).containsExactly("Aadorp", "Eerstedorp");
        assertThat(one.entries()).extracting(e -> e.number() + " " + e.name())
                .containsExactly("1 Zaal C", "2 Buurthuis", "3 Zaal B", "4 Zaal A");
        assertThat(list.sections().get(1).places()).isEmpty();
    }

    @Test
    void anNspInNoMunicipalityGoesToTheNearestOne() {
        // x = 96500 lies 500 m east of GM0002 (93000..96000) and 5500 m from GM0001
        ResidentList list = ResidentList.of(List.of(site("d", "Aan de rand", "", 96500, "", true)), List.of(ONE, TWO));
        assertThat(list.sections().get(0).entries()).isEmpty();
        assertThat(list.sections().get(1).entries()).extracting(ResidentList.Entry::name).containsExactly("Aan de rand");
        assertThat(list.sections().get(1).places()).extracting(ResidentList.Place::name).containsExactly("Tweedestad");
    }
}
