package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import nl.nsp.planner.domain.DemandPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CbsGridReaderTest {
    @TempDir
    Path dir;
    MunicipalityLocator locator;

    @BeforeEach
    void municipalities() throws Exception {
        locator = new MunicipalityLocator(MunicipalityReader.read(
                Fixtures.write(dir, "gemeenten.geojson", Fixtures.municipalitiesGeoJson())).items());
    }

    @Test
    void cellsAtIdCentresWithSuppressedValuesKeptUnknownAndReported() throws Exception {
        Path f = Fixtures.write(dir, "cbs_vk100_test.csv", "crs28992res100m,x_rd_centre,y_rd_centre,aantal_inwoners,"
                + "aantal_inwoners_65_jaar_en_ouder\n"
                + "E1000N4500,100050,450050,25,5\n"     // GM0001
                + "E1105N4500,,,10,\n"                  // GM0002, 65+ suppressed (empty)
                + "E1001N4500,100150,450050,-99997,5\n" // inhabitants suppressed
                + "E1002N4500,100250,450050,,\n"        // inhabitants empty
                + "E1003N4500,100350,450050,15,-99998\n"// 65+ suppressed code
                + "X1004N4500,1,1,5,0\n"                // bad id
                + "E1000N4500,100050,450050,5,0\n"      // duplicate
                + "E1004N4500,100450,450050,7.5,0\n"    // not whole
                + "E1005N4500,100500,450000,10,20\n"    // centre 71 m off; 65+ > inhabitants
                + "E0500N4000,,,5,0\n");                // outside every municipality
        ReadResult<DemandPoint> r = CbsGridReader.read(f, locator);
        assertThat(r.items()).extracting(DemandPoint::id)
                .containsExactly("E1000N4500", "E1105N4500", "E1003N4500", "E1005N4500", "E0500N4000");
        DemandPoint first = r.items().get(0);
        assertThat(first.x()).isEqualTo(100050.0);
        assertThat(first.y()).isEqualTo(450050.0);
        assertThat(first.inhabitants()).isEqualTo(25.0);
        assertThat(first.inhabitants65Plus()).isEqualTo(5.0);
        assertThat(first.municipalityCode()).isEqualTo("GM0001");
        assertThat(first.sourceUnit()).isEqualTo("CBS100m:E1000N4500");
        assertThat(r.items().get(1).municipalityCode()).isEqualTo("GM0002");
        assertThat(r.items().get(1).inhabitants65PlusKnown()).isFalse();
        assertThat(r.items().get(2).inhabitants65PlusKnown()).isFalse();
        assertThat(r.items().get(3).inhabitants65PlusKnown()).isFalse();
        assertThat(r.items().get(4).municipalityCode()).isEqualTo(DemandPoint.UNASSIGNED);
        assertThat(r.rejected()).extracting(InputError::toString).containsExactly(
                "cbs_vk100_test.csv:4 field \"aantal_inwoners\": E1001N4500: inhabitants suppressed by CBS (-99997);"
                        + " cell left out, never counted as 0 people",
                "cbs_vk100_test.csv:5 field \"aantal_inwoners\": E1002N4500: inhabitants suppressed by CBS (empty);"
                        + " cell left out, never counted as 0 people",
                "cbs_vk100_test.csv:7 field \"crs28992res100m\": expected a CBS cell id like E0974N4514, got \"X1004N4500\"",
                "cbs_vk100_test.csv:8 field \"crs28992res100m\": duplicate cell E1000N4500 (first on line 2)",
                "cbs_vk100_test.csv:9 field \"aantal_inwoners\": E1004N4500: expected a whole number of people, got \"7.5\"");
        assertThat(r.notes()).extracting(InputError::line).containsExactly(10L, 10L);
        assertThat(r.notes().get(0).reason()).contains("65+ (20) exceeds inhabitants (10)");
        assertThat(r.notes().get(1).reason()).contains("71 m from the centre of the cell id");
    }

    @Test
    void fiveHundredMetreCellsFromTheColumnName() throws Exception {
        Path f = Fixtures.write(dir, "cbs_vk500.csv", "crs28992res500m,aantal_inwoners\nE1000N4500,100\n");
        DemandPoint p = CbsGridReader.read(f, locator).items().get(0);
        assertThat(p.x()).isEqualTo(100250.0);
        assertThat(p.y()).isEqualTo(450250.0);
        assertThat(p.sourceUnit()).isEqualTo("CBS500m:E1000N4500");
    }

    @Test
    void missingIdColumnOrNoKnownCellIsAFileError() throws Exception {
        Path noId = Fixtures.write(dir, "a.csv", "id,aantal_inwoners\nE1000N4500,5\n");
        assertThatThrownBy(() -> CbsGridReader.read(noId, locator)).hasMessageContaining("a.csv")
                .hasMessageContaining("no CBS cell id column");
        Path allSuppressed = Fixtures.write(dir, "b.csv", "crs28992res100m,aantal_inwoners\nE1000N4500,-99997\n");
        assertThatThrownBy(() -> CbsGridReader.read(allSuppressed, locator))
                .hasMessageContaining("b.csv: no cell with known inhabitants");
    }

    @Test
    void readsTheOfficialGeoPackageLayout() throws Exception {
        List<Map<String, Object>> rows = List.of(
                row("E1000N4500", 25L, 5L), row("E1001N4500", -99997L, -99997L), row("E1002N4500", 40L, -99997L));
        Path gpkg = Fixtures.geoPackage(dir.resolve("cbs_vk100_2024.gpkg"), "vierkanten", GeometryType.POLYGON,
                List.of(new Fixtures.Column("crs28992res100m", GeoPackageDataType.TEXT),
                        new Fixtures.Column("aantal_inwoners", GeoPackageDataType.INTEGER),
                        new Fixtures.Column("aantal_inwoners_65_jaar_en_ouder", GeoPackageDataType.INTEGER)),
                rows, List.of(cell(100000, 450000), cell(100100, 450000), cell(100200, 450000)));
        ReadResult<DemandPoint> r = CbsGridReader.read(gpkg, locator);
        assertThat(r.format()).startsWith("gpkg layer vierkanten (EPSG:28992)");
        assertThat(r.items()).extracting(DemandPoint::id).containsExactly("E1000N4500", "E1002N4500");
        assertThat(r.items().get(1).inhabitants65PlusKnown()).isFalse();
        assertThat(r.rejected()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).contains("suppressed by CBS (-99997)");
        });
        assertThat(r.notes()).isEmpty();
    }

    private static Map<String, Object> row(String id, long inh, long i65) {
        Map<String, Object> m = new HashMap<>();
        m.put("crs28992res100m", id);
        m.put("aantal_inwoners", inh);
        m.put("aantal_inwoners_65_jaar_en_ouder", i65);
        return m;
    }

    private static String cell(int x, int y) {
        return String.format("POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))", x, y, x + 100, y, x + 100, y + 100, x,
                y + 100, x, y);
    }
}
