package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.nsp.planner.domain.CostItem;
import nl.nsp.planner.domain.RealisedProgress;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** The inputs of the national report: cost table, realised figures, outage area. */
class NationalInputReadersTest {
    @TempDir
    Path dir;

    @Test
    void theShippedCostTableIsReadAndEveryLineIsAnAssumption() {
        List<CostItem> items = CostTableReader.readDefault();
        assertThat(items).hasSize(12);
        assertThat(items).allMatch(CostItem::assumption);
        // NSP one-off 4,000 + 2,500 + 1,500 + 500
        assertThat(items.stream().filter(i -> i.level() == CostItem.Level.NSP && i.kind() == CostItem.Kind.ONE_OFF)
                .mapToDouble(CostItem::amountEur).sum()).isEqualTo(8500);
        // the copy in the jar is data/nsp_kosten.csv
        assertThat(CostTableReader.read(Path.of("../data/nsp_kosten.csv"))).isEqualTo(items);
    }

    @Test
    void costTableErrorsNameLineAndField() throws Exception {
        Path f = dir.resolve("kosten.csv");
        Files.writeString(f, "item;level;kind;amount_eur;status;source\n"
                + "noodstroom;nsp;eenmalig;4000,5;bron;offerte 2026\n"
                + "radio;regio;one_off;1;assumption;\n"
                + "kit;nsp;one_off;-1;assumption;\n"
                + "kit2;nsp;one_off;1;source;\n"
                + "noodstroom;nsp;one_off;1;assumption;dubbel\n");
        assertThatThrownBy(() -> CostTableReader.read(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.errors()).extracting(InputError::toString).containsExactly(
                    "kosten.csv:3 field \"level\": expected nsp or cp, got \"regio\"",
                    "kosten.csv:4 field \"amount_eur\": expected an amount in euros >= 0, got \"-1\"",
                    "kosten.csv:5 field \"source\": a line with status source must name its source",
                    "kosten.csv:6 field \"item\": item \"noodstroom\" (nsp, one_off) listed again (first on line 2)");
        });
        Files.writeString(f, "item;level;kind;amount_eur;status;source\nnoodstroom;nsp;eenmalig;4000,5;bron;offerte 2026\n");
        CostItem item = CostTableReader.read(f).get(0);
        assertThat(item.amountEur()).isEqualTo(4000.5);
        assertThat(item.assumption()).isFalse();
        assertThat(item.kind()).isEqualTo(CostItem.Kind.ONE_OFF);
    }

    @Test
    void realisedFigures() throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "region,year,nsp_realised,cp_realised,spent_eur\nvr01,2026,3,,1500.5\nVR02,2025,0,0,\n");
        assertThat(RealisedProgressReader.read(f)).containsExactly(new RealisedProgress("VR01", 2026, 3, 0, 1500.5),
                new RealisedProgress("VR02", 2025, 0, 0, 0));
        Files.writeString(f, "region,year,nsp_realised,cp_realised,spent_eur\nXX,2026,1,1,1\nVR01,26,1,1,1\nVR01,2026,-1,1,1\n"
                + "VR02,2026,1,1,1\nVR02,2026,1,1,1\n");
        assertThatThrownBy(() -> RealisedProgressReader.read(f)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.errors()).extracting(InputError::toString).containsExactly(
                        "r.csv:2 field \"region\": expected a safety region code VR01..VR25, got \"XX\"",
                        "r.csv:3 field \"year\": expected a year within 2000..2100, got 26",
                        "r.csv:4 field \"nsp_realised\": expected a whole number >= 0, got \"-1\"",
                        "r.csv:6 field \"region\": VR02 2026 listed again (first on line 5)"));
    }

    @Test
    void outageAreasInRdOrWgs84AsWktOrGeoJson() {
        Geometry rd = OutageAreaReader.parse("POLYGON ((150000 460000, 151000 460000, 151000 461000, 150000 461000, 150000 460000))", "a");
        assertThat(rd.getArea()).isEqualTo(1e6);
        LatLon c = RdProjection.toWgs84(new RdPoint(155000, 463000));
        double d = 0.01;
        String wgs = String.format(java.util.Locale.ROOT, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
                + "\"properties\": {}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%f, %f], [%f, %f], [%f, %f], "
                + "[%f, %f], [%f, %f]]]}}]}", c.lon() - d, c.lat() - d, c.lon() + d, c.lat() - d, c.lon() + d, c.lat() + d,
                c.lon() - d, c.lat() + d, c.lon() - d, c.lat() - d);
        Geometry fromWgs = OutageAreaReader.parse(wgs, "b");
        assertThat(fromWgs.getCentroid().getX()).isCloseTo(155000, org.assertj.core.data.Offset.offset(5.0));
        assertThat(fromWgs.getCentroid().getY()).isCloseTo(463000, org.assertj.core.data.Offset.offset(5.0));
        // a bow tie is repaired
        assertThat(OutageAreaReader.parse("POLYGON ((150000 460000, 151000 461000, 151000 460000, 150000 461000, 150000 460000))",
                "c").isValid()).isTrue();
        assertThatThrownBy(() -> OutageAreaReader.parse("POINT (150000 460000)", "p.wkt"))
                .hasMessage("p.wkt field \"area\": expected a Polygon or MultiPolygon, got Point");
        assertThatThrownBy(() -> OutageAreaReader.parse("POLYGON ((0 0, 1 0, 1 1, 0 0))", "x"))
                .hasMessageContaining("neither in RD New metres nor as WGS84");
        assertThatThrownBy(() -> OutageAreaReader.parse("{\"type\": ", "j.geojson")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> OutageAreaReader.parse("{\"type\": \"Polygon\", \"crs\": {\"properties\": {\"name\": \"EPSG:3857\"}}, "
                + "\"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}", "m")).hasMessageContaining("EPSG:3857");
    }
}
