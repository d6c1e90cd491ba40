package nl.nsp.planner.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentListPageTest {
    @Test
    void anAddressUnderItsPlaceHeadingLeavesOutThePlaceAndSpacesThePostcode() {
        assertThat(ResidentListPage.shortAddress("Westzeedijk 477, 3024EL Rotterdam", "Rotterdam"))
                .isEqualTo("Westzeedijk 477, 3024 EL");
        assertThat(ResidentListPage.shortAddress("Aalreep 20, 3192 EE Hoogvliet Rotterdam", "Hoogvliet Rotterdam"))
                .isEqualTo("Aalreep 20, 3192 EE");
        // another place than the heading (an NSP listed under the municipality's name) keeps its place
        assertThat(ResidentListPage.shortAddress("Dijk 5, 3011ab Pernis", "Rotterdam")).isEqualTo("Dijk 5, 3011 AB Pernis");
        assertThat(ResidentListPage.shortAddress("Dijk 5", "Rotterdam")).isEqualTo("Dijk 5");
        assertThat(ResidentListPage.shortAddress("Dijk 5, Rotterdam", "Rotterdam")).isEqualTo("Dijk 5, Rotterdam");
    }
}
