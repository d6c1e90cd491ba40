package nl.nsp.planner.ingest;

import static nl.nsp.planner.ingest.Fixtures.collection;
import static nl.nsp.planner.ingest.Fixtures.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.SiteKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateReaderTest {
    @TempDir
    Path dir;
    MunicipalityLocator locator;

    @BeforeEach
    void municipalities() throws Exception {
        locator = new MunicipalityLocator(MunicipalityReader.read(
                Fixtures.write(dir, "gemeenten.geojson", Fixtures.municipalitiesGeoJson())).items());
    }

    @Test
    void csvWithRdColumnsKindColumnAndExtraAttributes() throws Exception {
        Path f = Fixtures.write(dir, "candidates.csv", "id;naam;x;y;soort;capaciteit\n"
                + "K1;Kazerne Noord;105000;455000;brandweerkazerne;40\n"
                + "K2;;115000;455000;;\n"
                + "K3;Raar;105000;455000;kasteel;\n"
                + ";Leeg;105000;455000;;\n"
                + "K4;Ver;1;2;;\n"
                + "K1;Dubbel;105000;455000;;\n");
        ReadResult<CandidateSite> r = CandidateReader.read(f, CandidateColumns.defaults(), locator);
        assertThat(r.items()).extracting(CandidateSite::id).containsExactly("K1", "K2");
        assertThat(r.items().get(0).kind()).isEqualTo(SiteKind.FIRE_STATION);
        assertThat(r.items().get(0).municipalityCode()).isEqualTo("GM0001");
        assertThat(r.items().get(0).attributes()).containsExactly(java.util.Map.entry("capaciteit", "40"));
        assertThat(r.items().get(1).kind()).isEqualTo(SiteKind.OWN);
        assertThat(r.items().get(1).name()).isEqualTo("K2");
        assertThat(r.items().get(1).municipalityCode()).isEqualTo("GM0002");
        assertThat(r.rejected()).extracting(InputError::line).containsExactly(4L, 5L, 6L, 7L);
        assertThat(r.rejected().get(0).toString()).startsWith("candidates.csv:4 field \"soort\": site \"K3\": unknown site kind \"kasteel\"");
        assertThat(r.rejected().get(2).toString()).isEqualTo(
                "candidates.csv:6 field \"x\": site \"K4\": (1, 2) is not in the Netherlands in RD New");
    }

    @Test
    void csvWithLonLatAndAFixedKind() throws Exception {
        Path f = Fixtures.write(dir, "candidates_ll.csv", "code,name,lon,lat\nS1,School,5.3872035,52.1551723\n");
        ReadResult<CandidateSite> r = CandidateReader.read(f, CandidateColumns.defaults().withFixedKind(SiteKind.SCHOOL), locator);
        assertThat(r.items().get(0).x()).isCloseTo(155000, within(1.0));
        assertThat(r.items().get(0).kind()).isEqualTo(SiteKind.SCHOOL);
    }

    @Test
    void geoJsonPointsInWgs84AndNonPointsRejected() throws Exception {
        Path f = Fixtures.write(dir, "candidates.geojson", collection(null,
                feature("{\"id\":\"G1\",\"name\":\"Gemeentehuis\",\"kind\":\"MUNICIPAL_BUILDING\"}",
                        "{\"type\":\"Point\",\"coordinates\":[5.3872035,52.1551723]}"),
                feature("{\"id\":\"G2\"}", Fixtures.square(5.0, 52.0, 0.01))));
        ReadResult<CandidateSite> r = CandidateReader.read(f, CandidateColumns.defaults(), locator);
        assertThat(r.format()).isEqualTo("geojson (EPSG:4326)");
        assertThat(r.items()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SiteKind.MUNICIPAL_BUILDING);
            assertThat(c.y()).isCloseTo(463000, within(1.0));
        });
        assertThat(r.rejected()).extracting(InputError::toString)
                .containsExactly("candidates.geojson:2 field \"geometry\": expected a Point, got Polygon");
    }

    @Test
    void noCoordinateColumnsIsAFileError() throws Exception {
        Path f = Fixtures.write(dir, "candidates.csv", "id,name\n1,a\n");
        assertThatThrownBy(() -> CandidateReader.read(f, CandidateColumns.defaults(), locator))
                .hasMessageContaining("candidates.csv:1").hasMessageContaining("no coordinate columns");
    }
}
