package nl.nsp.planner.ingest;

import static nl.nsp.planner.ingest.Fixtures.collection;
import static nl.nsp.planner.ingest.Fixtures.feature;
import static nl.nsp.planner.ingest.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityAndRegionReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsMunicipalitiesAndRejectsBadFeaturesWithFieldAndReason() throws Exception {
        Path f = Fixtures.write(dir, "gemeenten.geojson", collection(Fixtures.RD_CRS,
                feature("{\"gemeentecode\":\"GM0001\",\"gemeentenaam\":\"Een\",\"aantal_inwoners\":1000,\"stedelijkheid\":2}",
                        square(100000, 450000, 1000)),
                feature("{\"gemeentecode\":\"XX12\",\"gemeentenaam\":\"Fout\",\"aantal_inwoners\":5}", square(101000, 450000, 1000)),
                feature("{\"gemeentecode\":\"GM0001\",\"gemeentenaam\":\"Dubbel\",\"aantal_inwoners\":5}", square(102000, 450000, 1000)),
                feature("{\"gemeentecode\":\"GM0004\",\"gemeentenaam\":\"Geheim\",\"aantal_inwoners\":-99997}", square(103000, 450000, 1000)),
                feature("{\"gemeentecode\":\"GM0005\",\"gemeentenaam\":\"Punt\",\"aantal_inwoners\":5}",
                        "{\"type\":\"Point\",\"coordinates\":[104000,450000]}")));
        ReadResult<Municipality> r = MunicipalityReader.read(f);
        assertThat(r.items()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("GM0001");
            assertThat(m.inhabitants()).isEqualTo(1000);
            assertThat(m.urbanityClass()).isEqualTo(2);
            assertThat(m.regionCode()).isEmpty();
        });
        assertThat(r.rejected()).extracting(InputError::toString).containsExactly(
                "gemeenten.geojson:2 field \"gemeentecode\": expected a gemeentecode GM####, got \"XX12\"",
                "gemeenten.geojson:3 field \"gemeentecode\": duplicate gemeentecode GM0001 (first in feature 1)",
                "gemeenten.geojson:4 field \"aantal_inwoners\": GM0004: expected a whole number >= 0, got \"-99997\""
                        + " (CBS code for suppressed/unknown)",
                "gemeenten.geojson:5 field \"geometry\": GM0005: expected a (Multi)Polygon, got Point");
    }

    @Test
    void readsMunicipalitiesFromAGeoPackageLayerGemeenten() throws Exception {
        Path gpkg = Fixtures.geoPackage(dir.resolve("wijkenbuurten_2024.gpkg"), "gemeenten", GeometryType.MULTIPOLYGON,
                List.of(new Fixtures.Column("gemeentecode", GeoPackageDataType.TEXT),
                        new Fixtures.Column("gemeentenaam", GeoPackageDataType.TEXT),
                        new Fixtures.Column("aantal_inwoners", GeoPackageDataType.INTEGER),
                        new Fixtures.Column("stedelijkheid", GeoPackageDataType.INTEGER),
                        new Fixtures.Column("water", GeoPackageDataType.TEXT)),
                List.of(Map.of("gemeentecode", "GM0014", "gemeentenaam", "Groningen", "aantal_inwoners", 243768L,
                                "stedelijkheid", 1L, "water", "NEE"),
                        Map.of("gemeentecode", "GM0034", "gemeentenaam", "Almere", "aantal_inwoners", -99997L,
                                "stedelijkheid", 2L, "water", "NEE"),
                        Map.of("gemeentecode", "GM0014", "gemeentenaam", "Groningen", "aantal_inwoners", -99997L,
                                "stedelijkheid", 1L, "water", "JA")),
                List.of("MULTIPOLYGON (((230000 580000, 240000 580000, 240000 590000, 230000 590000, 230000 580000)))",
                        "MULTIPOLYGON (((140000 480000, 150000 480000, 150000 490000, 140000 490000, 140000 480000)))",
                        "MULTIPOLYGON (((240000 580000, 241000 580000, 241000 581000, 240000 581000, 240000 580000)))"));
        ReadResult<Municipality> r = MunicipalityReader.read(gpkg);
        assertThat(r.format()).isEqualTo("gpkg layer gemeenten (EPSG:28992)");
        assertThat(r.items()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("GM0014");
            assertThat(m.inhabitants()).isEqualTo(243768);
            assertThat(m.geometry().getArea()).isEqualTo(1e8);
        });
        assertThat(r.rejected()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("aantal_inwoners");
        });
        assertThat(r.notes()).extracting(InputError::toString)
                .containsExactly("wijkenbuurten_2024.gpkg:3 field \"water\": water area of GM0014 skipped");
    }

    @Test
    void noValidMunicipalityIsAFileError() throws Exception {
        Path f = Fixtures.write(dir, "gemeenten.geojson", collection(Fixtures.RD_CRS,
                feature("{\"gemeentecode\":\"GM0001\",\"gemeentenaam\":\"Een\"}", square(100000, 450000, 1000))));
        assertThatThrownBy(() -> MunicipalityReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("gemeenten.geojson: no valid municipality");
    }

    @Test
    void regionsJoinTableAndPolygonsAndReportEveryMismatch() throws Exception {
        Path muni = Fixtures.write(dir, "gemeenten.geojson", Fixtures.municipalitiesGeoJson());
        Path table = Fixtures.write(dir, "gemeente_veiligheidsregio.csv", "gemeentecode,gemeentenaam,vr_code,vr_naam\n"
                + "GM0001,Een,VR01,Noord\n"
                + "GM0002,Twee,VR02,Zuid\n"       // municipality file says VR01
                + "GM0001,Een,VR02,Zuid\n"        // listed twice
                + "GM0099,Weg,VR02,Zuid\n"        // unknown municipality
                + "GM0004,Vier,VR2,Zuid\n");      // bad region code
        Path polys = Fixtures.write(dir, "veiligheidsregios.geojson", collection(Fixtures.RD_CRS,
                feature("{\"vr_code\":\"VR01\",\"vr_naam\":\"Noord\"}", square(100000, 450000, 10000)),
                feature("{\"vr_code\":\"VR03\",\"vr_naam\":\"Leeg\"}", square(120000, 450000, 10000))));
        List<Municipality> ms = MunicipalityReader.read(muni).items();
        ReadResult<SafetyRegionReader.Membership> t = SafetyRegionReader.readMembership(table);
        assertThat(t.rejected()).extracting(InputError::toString).containsExactly(
                "gemeente_veiligheidsregio.csv:4 field \"gemeentecode\": GM0001 is listed twice (first on line 2);"
                        + " a municipality belongs to exactly one safety region",
                "gemeente_veiligheidsregio.csv:6 field \"vr_code\": expected a veiligheidsregio code VR##, got \"VR2\"");
        SafetyRegionReader.Assembly a = SafetyRegionReader.assemble(ms, t.file(), t.items(),
                Optional.of(SafetyRegionReader.readPolygons(polys)));
        assertThat(a.regions()).extracting(SafetyRegion::code).containsExactly("VR01", "VR02");
        assertThat(a.regions().get(0).municipalityCodes()).containsExactly("GM0001");
        assertThat(a.regions().get(0).geometry()).isNotNull();
        assertThat(a.regions().get(1).geometry()).isNull();
        assertThat(a.municipalities()).extracting(Municipality::regionCode).containsExactly("VR01", "VR02", "");
        assertThat(a.problems()).extracting(InputError::toString).containsExactly(
                "gemeente_veiligheidsregio.csv:5 field \"gemeentecode\": GM0099 is not among the municipalities read",
                "gemeente_veiligheidsregio.csv:3 field \"vr_code\": GM0002 is in VR02 here but in VR01 in the"
                        + " municipality file; VR02 is used",
                "gemeente_veiligheidsregio.csv field \"gemeentecode\": GM0003 (Drie) is in no safety region",
                "veiligheidsregios.geojson field \"vr_code\": VR03 has a polygon but no member municipality; left out");
    }
}
