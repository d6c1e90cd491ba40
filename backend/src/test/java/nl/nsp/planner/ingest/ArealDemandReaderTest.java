package nl.nsp.planner.ingest;

import static nl.nsp.planner.ingest.Fixtures.collection;
import static nl.nsp.planner.ingest.Fixtures.feature;
import static nl.nsp.planner.ingest.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.nsp.planner.domain.DemandPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArealDemandReaderTest {
    @TempDir
    Path dir;
    MunicipalityLocator locator;

    @BeforeEach
    void municipalities() throws Exception {
        locator = new MunicipalityLocator(MunicipalityReader.read(
                Fixtures.write(dir, "gemeenten.geojson", Fixtures.municipalitiesGeoJson())).items());
    }

    /*
     * PC4 1000 = [109950,110050] x [450000,450100] straddles the GM0001/GM0002 border at x = 110000 and two 100 m
     * cells: 1000 inhabitants -> 500 + 500, 65+ 300 -> 150 + 150, one point in each municipality.
     */
    @Test
    void pc4PolygonsAreSpreadWithExactSumsAndPointMunicipalities() throws Exception {
        Path f = Fixtures.write(dir, "pc4.geojson", collection(Fixtures.RD_CRS,
                feature("{\"postcode\":1000,\"inwoners\":1000,\"inwoners_65plus\":300,\"gemeentecode_2024\":\"GM0001\"}",
                        square(109950, 450000, 100)),
                feature("{\"postcode\":1001,\"inwoners\":null,\"inwoners_65plus\":0}", square(100000, 451000, 100)),
                feature("{\"postcode\":1002,\"inwoners\":777,\"inwoners_65plus\":null}", square(100000, 452000, 1234)),
                feature("{\"postcode\":1003,\"inwoners\":-99997}", square(100000, 455000, 100))));
        ReadResult<DemandPoint> r = ArealDemandReader.readPolygons(f, ArealUnitColumns.pc4(), locator, 250);
        List<DemandPoint> a = r.items().stream().filter(p -> p.sourceUnit().equals("PC4:1000")).toList();
        assertThat(a).extracting(DemandPoint::inhabitants).containsExactly(500.0, 500.0);
        assertThat(a).extracting(DemandPoint::inhabitants65Plus).containsExactly(150.0, 150.0);
        assertThat(a).extracting(DemandPoint::municipalityCode).containsExactly("GM0001", "GM0002");
        assertThat(a).extracting(DemandPoint::id).containsExactly("PC4-1000#1", "PC4-1000#2");
        List<DemandPoint> c = r.items().stream().filter(p -> p.sourceUnit().equals("PC4:1002")).toList();
        assertThat(c.size()).isBetween(100, 250);
        assertThat(c.stream().mapToDouble(DemandPoint::inhabitants).sum()).isCloseTo(777.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c).noneMatch(DemandPoint::inhabitants65PlusKnown);
        assertThat(r.rejected()).extracting(InputError::toString).containsExactly(
                "pc4.geojson:2 field \"inwoners\": PC4 1001: inhabitants null; unit left out, its people are not in this layer",
                "pc4.geojson:4 field \"inwoners\": PC4 1003: inhabitants suppressed (-99997); unit left out, its people"
                        + " are not in this layer");
    }

    @Test
    void wijkPointsTakeTheWijkMunicipalityAndEstimate65PlusFromThePercentage() throws Exception {
        Path f = Fixtures.write(dir, "wijken.geojson", collection(Fixtures.RD_CRS,
                feature("{\"wijkcode\":\"WK000101\",\"gemeentecode\":\"GM0001\",\"aantal_inwoners\":200,\"pct_65plus\":15}",
                        square(109950, 450000, 100))));
        List<DemandPoint> ps = ArealDemandReader.readPolygons(f, ArealUnitColumns.wijk(), locator, 250).items();
        assertThat(ps).extracting(DemandPoint::municipalityCode).containsOnly("GM0001");
        assertThat(ps.stream().mapToDouble(DemandPoint::inhabitants65Plus).sum()).isEqualTo(30.0);
    }

    @Test
    void pc4PointsCsvGivesOnePointPerUnit() throws Exception {
        Path f = Fixtures.write(dir, "pc4_punten.csv", "\"postcode\",\"inwoners\",\"inwoners_65plus\",\"gemeentecode_2024\",\"x_rd\",\"y_rd\"\n"
                + "1000,100,20,\"GM0002\",105000,455000\n"
                + "1001,,0,\"GM0001\",105000,455000\n"
                + "1002,50,,\"\",105000,455000\n"
                + "1003,50,,\"\",5,5\n");
        ReadResult<DemandPoint> r = ArealDemandReader.readPoints(f, ArealUnitColumns.pc4(), locator);
        assertThat(r.items()).extracting(DemandPoint::id).containsExactly("PC4-1000", "PC4-1002");
        assertThat(r.items()).extracting(DemandPoint::municipalityCode).containsExactly("GM0002", "GM0001");
        assertThat(r.rejected()).extracting(InputError::line).containsExactly(3L, 5L);
    }

    @Test
    void aFileWithoutAnyKnownUnitIsAnError() throws Exception {
        Path f = Fixtures.write(dir, "pc4.geojson", collection(Fixtures.RD_CRS,
                feature("{\"postcode\":1001,\"inwoners\":null}", square(100000, 451000, 100))));
        assertThatThrownBy(() -> ArealDemandReader.readPolygons(f, ArealUnitColumns.pc4(), locator, 250))
                .hasMessageContaining("pc4.geojson: no unit with known inhabitants");
    }
}
