package nl.nsp.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostcodeTest {
    @Test
    void readsPc4AndPc6AsResidentsTypeThem() {
        assertThat(Postcode.parse("3011")).contains(new Postcode("3011", ""));
        assertThat(Postcode.parse(" 3011AB ")).contains(new Postcode("3011", "AB"));
        assertThat(Postcode.parse("3011 ab")).contains(new Postcode("3011", "AB"));
        assertThat(Postcode.parse("3011-AB")).contains(new Postcode("3011", "AB"));
        assertThat(Postcode.parse("3011ab").orElseThrow().toString()).isEqualTo("3011 AB");
        assertThat(Postcode.parse("3011").orElseThrow().isPc6()).isFalse();
        assertThat(Postcode.parse("3011 AB").orElseThrow().isPc6()).isTrue();
    }

    @Test
    void refusesWhatIsNoDutchPostcode() {
        assertThat(Postcode.parse("0123")).isEmpty();
        assertThat(Postcode.parse("301")).isEmpty();
        assertThat(Postcode.parse("30111")).isEmpty();
        assertThat(Postcode.parse("3011 A")).isEmpty();
        assertThat(Postcode.parse("3011 ABC")).isEmpty();
        assertThat(Postcode.parse("Rotterdam")).isEmpty();
        assertThat(Postcode.parse("")).isEmpty();
        assertThat(Postcode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new Postcode("3011", "ab")).isInstanceOf(IllegalArgumentException.class);
    }
}
