package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.SiteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollingStationReaderTest {
    static final String HEADER = "id,Gemeente,CBS gemeentecode,Naam stembureau,Type stembureau,Gebruiksdoel van het gebouw,"
            + "Straatnaam,Huisnummer,Huisletter,Postcode,Plaats,Extra adresaanduiding,X,Y,Latitude,Longitude,Openingstijd,"
            + "Sluitingstijd,Toegankelijk voor mensen met een lichamelijke beperking\n";

    @TempDir
    Path dir;

    @Test
    void readsTheKiesraadFormatAndReportsEveryUnusableRowByName() throws Exception {
        Path f = Fixtures.write(dir, "stemlokalen.csv", HEADER
                // 2: X/Y and lat/lon agree
                + "1,Utrecht,GM0344,Stadhuis,regulier,\"Bijeenkomstfunctie,kantoorfunctie\",Korte Minrebroederstraat,2,a,3512GG,"
                + "Utrecht,,155000,463000,52.1551723,5.3872035,2023-11-22T07:30:00,2023-11-22T21:00:00,ja\n"
                // 3: lat/lon only
                + "2,Utrecht,GM0344,Bibliotheek,regulier,,,,,,,,,,52.1551723,5.3872035,,,nee\n"
                // 4: no coordinates at all
                + "3,Gorinchem,GM0512,Verpleeghuis Het Gasthuis,regulier,,,,,4204AA,,,,,,,,,\n"
                // 5: Caribbean Netherlands
                + "4,Bonaire,GM9001,Kralendijk Centrum,regulier,,,,,,,,,,12.15,-68.27,,,ja\n"
                // 6: X/Y and lat/lon 280 m apart: X/Y kept, noted
                + "5,Sluis,GM1714,Woonzorgcentrum Hooge Platen,regulier,,,,,,,,155000,463280,52.1551723,5.3872035,,,\n"
                // 7: X/Y not in the Netherlands
                + "6,Utrecht,GM0344,Ergens,regulier,,,,,,,,5.38,52.15,,,,,\n"
                // 8: duplicate id
                + "1,Utrecht,GM0344,Dubbel,regulier,,,,,,,,155000,463000,,,,,\n");
        ReadResult<CandidateSite> r = PollingStationReader.read(f);
        assertThat(r.items()).extracting(CandidateSite::id).containsExactly("stemlokaal-1", "stemlokaal-2", "stemlokaal-5");
        CandidateSite s = r.items().get(0);
        assertThat(s.name()).isEqualTo("Stadhuis");
        assertThat(s.kind()).isEqualTo(SiteKind.POLLING_STATION);
        assertThat(s.address()).isEqualTo("Korte Minrebroederstraat 2a, 3512GG Utrecht");
        assertThat(s.municipalityCode()).isEqualTo("GM0344");
        assertThat(s.accessibility()).isEqualTo(Accessibility.YES);
        assertThat(s.buildingUse()).isEqualTo("bijeenkomstfunctie,kantoorfunctie");
        assertThat(s.attributes()).containsEntry("Type stembureau", "regulier")
                .containsEntry("Openingstijd", "2023-11-22T07:30:00").containsEntry("bron_id", "1")
                .doesNotContainKey("X");
        CandidateSite fromLatLon = r.items().get(1);
        assertThat(fromLatLon.x()).isCloseTo(155000, within(1.0));
        assertThat(fromLatLon.accessibility()).isEqualTo(Accessibility.NO);
        assertThat(r.items().get(2).y()).isEqualTo(463280.0);
        assertThat(r.items().get(2).accessibility()).isEqualTo(Accessibility.UNKNOWN);
        assertThat(r.rejected()).extracting(InputError::toString).containsExactly(
                "stemlokalen.csv:4 field \"X\": polling station \"Verpleeghuis Het Gasthuis\" (Gorinchem): no coordinates"
                        + " (X/Y and Latitude/Longitude empty); postcode 4204AA",
                "stemlokalen.csv:5 field \"CBS gemeentecode\": polling station \"Kralendijk Centrum\" (Bonaire): GM9001 is"
                        + " in the Caribbean Netherlands, outside the European Netherlands this tool plans for",
                "stemlokalen.csv:7 field \"X\": polling station \"Ergens\" (Utrecht): X/Y (5.38, 52.15) is not in the"
                        + " Netherlands in RD New",
                "stemlokalen.csv:8 field \"id\": polling station \"Dubbel\" (Utrecht): duplicate id 1 (first on line 2)");
        assertThat(r.notes()).extracting(InputError::toString).containsExactly(
                "stemlokalen.csv:6 field \"X\": polling station \"Woonzorgcentrum Hooge Platen\" (Sluis): X/Y and"
                        + " Latitude/Longitude are 280 m apart; X/Y kept");
    }

    @Test
    void missingColumnIsAFileError() throws Exception {
        Path f = Fixtures.write(dir, "s.csv", "id,Naam stembureau\n1,A\n");
        assertThatThrownBy(() -> PollingStationReader.read(f)).hasMessageContaining("s.csv:1 field \"CBS gemeentecode\": column missing");
    }
}
