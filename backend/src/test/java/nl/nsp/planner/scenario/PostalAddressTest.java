package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostalAddressTest {
    @Test
    void splitsTheAddressFormOfThePollingStations() {
        assertThat(PostalAddress.parse("Sportlaan 4, 9665HT Oude Pekela"))
                .isEqualTo(new PostalAddress("Sportlaan", 4, "", "9665 HT", "Oude Pekela"));
        assertThat(PostalAddress.parse("Kerkstraat 12a, 3011 AB Rotterdam"))
                .isEqualTo(new PostalAddress("Kerkstraat", 12, "a", "3011 AB", "Rotterdam"));
        assertThat(PostalAddress.parse("Kerkstraat 12 -2, 3011 AB Rotterdam").suffix()).isEqualTo("-2");
        assertThat(PostalAddress.parse("Plein 1940-1945 3, 3011AB Rotterdam"))
                .isEqualTo(new PostalAddress("Plein 1940-1945", 3, "", "3011 AB", "Rotterdam"));
        assertThat(PostalAddress.parse("2e Hugo de Grootstraat 5, Hoek van Holland"))
                .isEqualTo(new PostalAddress("2e Hugo de Grootstraat", 5, "", "", "Hoek van Holland"));
    }

    @Test
    void keepsWhatItCannotSplit() {
        assertThat(PostalAddress.parse("Dijk 5")).isEqualTo(new PostalAddress("Dijk", 5, "", "", ""));
        assertThat(PostalAddress.parse("Markt")).isEqualTo(new PostalAddress("Markt", 0, "", "", ""));
        assertThat(PostalAddress.parse("")).isEqualTo(new PostalAddress("", 0, "", "", ""));
        assertThat(PostalAddress.parse(null)).isEqualTo(new PostalAddress("", 0, "", "", ""));
        assertThat(PostalAddress.parse("Straat 1, gebouw B, 3011 AB Rotterdam"))
                .isEqualTo(new PostalAddress("Straat", 1, "", "3011 AB", "Rotterdam"));
    }

    @Test
    void sortsByPlaceThenStreetThenNumberNumerically() {
        List<PostalAddress> list = new ArrayList<>(List.of(
                PostalAddress.parse("Kerkstraat 10, 3011 AA Rotterdam"),
                PostalAddress.parse("Kerkstraat 9, 3011 AA Rotterdam"),
                PostalAddress.parse("Achterweg 1, 3011 AA Rotterdam"),
                PostalAddress.parse("Zeeweg 2, 3150 AA Hoek van Holland"),
                PostalAddress.parse("Kerkstraat 9b, 3011 AA Rotterdam"),
                PostalAddress.parse("'s-Gravenweg 451, 3065 SC Rotterdam"),
                PostalAddress.parse("Hoflaan 3, 3062 AA Rotterdam")));
        list.sort(PostalAddress.BY_PLACE_AND_STREET);
        assertThat(list).extracting(a -> a.street() + " " + a.houseNumber() + a.suffix())
                .containsExactly("Zeeweg 2", "Achterweg 1", "'s-Gravenweg 451", "Hoflaan 3", "Kerkstraat 9", "Kerkstraat 9b",
                        "Kerkstraat 10");
    }

    @Test
    void tidyWritesThePostcodeAsOnAnEnvelope() {
        assertThat(PostalAddress.tidy("Wijnhaven 36, 3011WS Rotterdam")).isEqualTo("Wijnhaven 36, 3011 WS Rotterdam");
        assertThat(PostalAddress.tidy("Wijnhaven 36, 3011 ws")).isEqualTo("Wijnhaven 36, 3011 WS");
        assertThat(PostalAddress.tidy("3011WS Rotterdam")).isEqualTo("3011 WS Rotterdam");
        assertThat(PostalAddress.tidy("Dijk 5")).isEqualTo("Dijk 5");
        assertThat(PostalAddress.tidy("")).isEqualTo("");
    }
}
