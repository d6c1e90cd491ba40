package nl.nsp.planner.ingest;

import static nl.nsp.planner.ingest.Fixtures.collection;
import static nl.nsp.planner.ingest.Fixtures.feature;
import static nl.nsp.planner.ingest.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.nsp.planner.domain.DemandLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryImporterTest {
    @TempDir
    Path dir;

    /** A tiny data directory: 3 municipalities, 2 regions, PC4 polygons, a CBS grid, polling stations, candidates. */
    static void writeTinyDirectory(Path dir) throws Exception {
        Fixtures.write(dir, "gemeenten_2024_rd.geojson", Fixtures.municipalitiesGeoJson());
        Fixtures.write(dir, "gemeenten_2024_wgs84.geojson", "not even read");
        Fixtures.write(dir, "gemeente_veiligheidsregio_2024.csv", "gemeentecode,gemeentenaam,vr_code,vr_naam\n"
                + "GM0001,Een,VR01,Noord\nGM0002,Twee,VR01,Noord\nGM0003,Drie,VR02,Zuid\n");
        Fixtures.write(dir, "pc4_2021_inwoners_rd.geojson", collection(Fixtures.RD_CRS,
                feature("{\"postcode\":1000,\"inwoners\":1000,\"inwoners_65plus\":300}", square(100000, 450000, 200)),
                feature("{\"postcode\":1001,\"inwoners\":null}", square(101000, 450000, 200))));
        Fixtures.write(dir, "pc4_2021_inwoners_punten.csv", "postcode,inwoners,x_rd,y_rd\n1000,1000,100100,450100\n");
        Fixtures.write(dir, "cbs_vk100_2024_test.csv", "crs28992res100m,aantal_inwoners,aantal_inwoners_65_jaar_en_ouder\n"
                + "E1000N4500,25,5\nE1001N4500,-99997,\n");
        Fixtures.write(dir, "stemlokalen_tk2023.csv", PollingStationReaderTest.HEADER
                + "1,Een,GM0001,Stadhuis,regulier,,,,,,,,105000,455000,,,,,ja\n"
                + "2,Een,GM0001,Zonder plek,regulier,,,,,,,,,,,,,,\n");
        Fixtures.write(dir, "candidates_eigen.csv", "id,name,x,y\nE1,Eigen,115000,455000\n");
        Fixtures.write(dir, "README.txt", "hello");
    }

    @Test
    void importsATinyDirectoryWithCountsTotalsAndEveryRejectedRow() throws Exception {
        writeTinyDirectory(dir);
        ImportResult r = new DataDirectoryImporter().importDirectory(dir);
        ImportReport rep = r.report();
        assertThat(rep.municipalities()).isEqualTo(3);
        assertThat(rep.regions()).isEqualTo(2);
        assertThat(rep.inhabitantsTotal()).isEqualTo(6000);
        assertThat(rep.demandPoints()).isEqualTo(4);
        assertThat(rep.demandInhabitantsTotal()).isEqualTo(1000.0);
        assertThat(rep.candidates()).isEqualTo(2);
        assertThat(r.dataset().demandLayers()).extracting(DemandLayer::name).containsExactly("pc4", "cbs100");
        assertThat(r.dataset().municipalities().get(2).regionCode()).isEqualTo("VR02");
        assertThat(rep.rejected()).extracting(InputError::file).containsExactly("pc4_2021_inwoners_rd.geojson",
                "cbs_vk100_2024_test.csv", "stemlokalen_tk2023.csv");
        assertThat(rep.rejected().get(2).reason()).contains("\"Zonder plek\"");
        assertThat(rep.files()).extracting(FileReport::file).containsExactly("gemeenten_2024_rd.geojson",
                "gemeente_veiligheidsregio_2024.csv", "pc4_2021_inwoners_rd.geojson", "cbs_vk100_2024_test.csv",
                "stemlokalen_tk2023.csv", "candidates_eigen.csv");
        assertThat(rep.notes()).extracting(InputError::toString).contains(
                "README.txt: ignored: not a recognised input file",
                "gemeenten_2024_wgs84.geojson: not read: gemeenten_2024_rd.geojson is used for the same layer",
                "pc4_2021_inwoners_punten.csv: not read: the pc4 layer is spread from the polygons in"
                        + " pc4_2021_inwoners_rd.geojson");
    }

    @Test
    void pc4PointsAreUsedWhenThereAreNoPolygonsAndAnUnreadableFileIsReportedNotFatal() throws Exception {
        writeTinyDirectory(dir);
        Files.delete(dir.resolve("pc4_2021_inwoners_rd.geojson"));
        Fixtures.write(dir, "cbs_vk100_2024_test.csv", "");
        ImportResult r = new DataDirectoryImporter().importDirectory(dir);
        assertThat(r.dataset().primaryDemand().points()).extracting(p -> p.id()).containsExactly("PC4-1000");
        assertThat(r.report().rejected()).anySatisfy(e -> assertThat(e.toString())
                .isEqualTo("cbs_vk100_2024_test.csv: file is empty; expected a header row"));
        assertThat(r.report().files()).anySatisfy(f -> assertThat(f.format()).isEqualTo("unreadable"));
    }

    @Test
    void aDirectoryWithOnlyTheWgs84VariantWorks() throws Exception {
        Fixtures.write(dir, "gemeenten_2024_wgs84.geojson", collection(null,
                feature("{\"gemeentecode\":\"GM0344\",\"gemeentenaam\":\"Utrecht\",\"vr_code\":\"VR09\",\"aantal_inwoners\":10}",
                        square(5.0, 52.0, 0.5))));
        ImportResult r = new DataDirectoryImporter().importDirectory(dir);
        assertThat(r.report().municipalities()).isEqualTo(1);
        assertThat(r.report().files().get(0).format()).isEqualTo("geojson (EPSG:4326)");
        // 0.5 degree square around Utrecht, in RD metres: roughly 34 km x 55 km
        assertThat(r.dataset().municipalities().get(0).geometry().getArea()).isBetween(1.7e9, 2.1e9);
        assertThat(r.dataset().regions()).extracting(nl.nsp.planner.domain.SafetyRegion::code).containsExactly("VR09");
    }

    @Test
    void missingDirectoryOrMunicipalityFileIsAnError() throws Exception {
        assertThatThrownBy(() -> new DataDirectoryImporter().importDirectory(dir.resolve("nope")))
                .isInstanceOf(InputException.class).hasMessageContaining("data directory not found");
        Fixtures.write(dir, "stemlokalen.csv", "id\n");
        assertThatThrownBy(() -> new DataDirectoryImporter().importDirectory(dir))
                .isInstanceOf(InputException.class).hasMessageContaining("no municipality file");
    }
}
