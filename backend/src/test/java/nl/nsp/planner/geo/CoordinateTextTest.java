package nl.nsp.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinateTextTest {
    // "Basisschool De Schakel" of stemlokalen_tk2023.csv: RD 96861.2966 464336.2812 = 52.1641236973 N, 4.5374631533 E
    private static final RdPoint SCHAKEL = new RdPoint(96_861.2966, 464_336.2812);

    @Test
    void readsWgs84LatitudeFirstWithAComma() {
        CoordinateText.Parsed p = CoordinateText.parse(" 52.1641236973, 4.5374631533 ").orElseThrow();
        assertThat(p.system()).isEqualTo("wgs84");
        assertThat(p.wgs84().lat()).isEqualTo(52.1641236973);
        assertThat(p.rd().distanceTo(SCHAKEL)).isLessThan(1.0);
    }

    @Test
    void readsWgs84LongitudeFirstAndDutchDecimalCommas() {
        assertThat(CoordinateText.parse("4.5374631533 52.1641236973").orElseThrow().rd().distanceTo(SCHAKEL)).isLessThan(1.0);
        assertThat(CoordinateText.parse("52,1641236973 4,5374631533").orElseThrow().rd().distanceTo(SCHAKEL)).isLessThan(1.0);
        assertThat(CoordinateText.parse("52,1641236973; 4,5374631533").orElseThrow().rd().distanceTo(SCHAKEL)).isLessThan(1.0);
        assertThat(CoordinateText.parse("52.1641236973,4.5374631533").orElseThrow().system()).isEqualTo("wgs84");
    }

    @Test
    void readsRdMetresXFirst() {
        CoordinateText.Parsed p = CoordinateText.parse("96861.2966 464336.2812").orElseThrow();
        assertThat(p.system()).isEqualTo("rd");
        assertThat(p.rd()).isEqualTo(SCHAKEL);
        assertThat(p.wgs84().lat()).isCloseTo(52.1641236973, within(1e-5));
        assertThat(CoordinateText.parse("92500, 437500").orElseThrow().rd()).isEqualTo(new RdPoint(92_500, 437_500));
        assertThat(CoordinateText.parse("92500 437500").orElseThrow().rd()).isEqualTo(new RdPoint(92_500, 437_500));
    }

    @Test
    void namesAndPostcodesAreNoCoordinates() {
        assertThat(CoordinateText.parse("3011 AB")).isEmpty();
        assertThat(CoordinateText.parse("3011")).isEmpty();
        assertThat(CoordinateText.parse("Kerkstraat 1, Rotterdam")).isEmpty();
        assertThat(CoordinateText.parse("52.05, 4.47, 3")).isEmpty();
        assertThat(CoordinateText.parse("")).isEmpty();
    }

    @Test
    void twoNumbersOutsideTheNetherlandsAreAnError() {
        assertThatThrownBy(() -> CoordinateText.parse("48.85, 2.35"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no position in the Netherlands")
                .hasMessageContaining("52.05, 4.47").hasMessageContaining("92500 437500");
        assertThatThrownBy(() -> CoordinateText.parse("92500 37500")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoordinateText.parse("-52.05, 4.47")).isInstanceOf(IllegalArgumentException.class);
    }
}
