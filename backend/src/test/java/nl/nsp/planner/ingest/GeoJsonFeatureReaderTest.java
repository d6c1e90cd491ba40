package nl.nsp.planner.ingest;

import static nl.nsp.planner.ingest.Fixtures.collection;
import static nl.nsp.planner.ingest.Fixtures.feature;
import static nl.nsp.planner.ingest.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonFeatureReaderTest {
    @TempDir
    Path dir;

    private List<GeoFeature> read(Path file, FileLog log) {
        List<GeoFeature> out = new ArrayList<>();
        GeoJsonFeatureReader.read(file, log, out::add);
        return out;
    }

    @Test
    void readsRdFeaturesWithPropertiesAndOneBasedIndex() throws IOException {
        Path f = Fixtures.write(dir, "a.geojson", collection(Fixtures.RD_CRS,
                feature("{\"code\":\"A\",\"n\":5,\"x\":1.5,\"nothing\":null}", square(100000, 450000, 100)),
                feature("{\"code\":\"B\"}", "{\"type\":\"Point\",\"coordinates\":[155000,463000]}")));
        FileLog log = new FileLog("a.geojson");
        List<GeoFeature> fs = read(f, log);
        assertThat(fs).extracting(GeoFeature::index).containsExactly(1L, 2L);
        assertThat(fs.get(0).text("code")).isEqualTo("A");
        assertThat(fs.get(0).number("n").getAsDouble()).isEqualTo(5.0);
        assertThat(fs.get(0).number("nothing")).isEmpty();
        assertThat(fs.get(0).geometry().getArea()).isEqualTo(10000.0);
        assertThat(log.rejected()).isEmpty();
        assertThat(log.notes()).isEmpty();
    }

    @Test
    void convertsCrs84ToRdWithinOneMetre() throws IOException {
        // published check point: RD (155000, 463000) = 52.1551723 N, 5.3872035 E
        Path f = Fixtures.write(dir, "w.geojson", collection(
                "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}}",
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[5.3872035,52.1551723]}")));
        GeoFeature g = read(f, new FileLog("w.geojson")).get(0);
        assertThat(g.geometry().getCoordinate().x).isCloseTo(155000, within(1.0));
        assertThat(g.geometry().getCoordinate().y).isCloseTo(463000, within(1.0));
    }

    @Test
    void withoutCrsWgs84IsAssumedAndRdNumbersAreAcceptedWithANote() throws IOException {
        Path wgs = Fixtures.write(dir, "w.geojson", collection(null,
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[5.3872035,52.1551723]}")));
        FileLog wl = new FileLog("w.geojson");
        assertThat(read(wgs, wl).get(0).geometry().getCoordinate().x).isCloseTo(155000, within(1.0));
        assertThat(wl.notes()).isEmpty();

        Path rd = Fixtures.write(dir, "r.geojson", collection(null, feature("{}", square(100000, 450000, 100))));
        FileLog rl = new FileLog("r.geojson");
        assertThat(read(rd, rl).get(0).geometry().getArea()).isEqualTo(10000.0);
        assertThat(rl.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("RD New").contains("no crs"));
    }

    @Test
    void swappedLatLonIsAFileError() throws IOException {
        Path f = Fixtures.write(dir, "s.geojson", collection(null,
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[52.1551723,5.3872035]}")));
        assertThatThrownBy(() -> read(f, new FileLog("s.geojson"))).isInstanceOf(InputException.class)
                .hasMessageContaining("s.geojson:1").hasMessageContaining("swapped");
    }

    @Test
    void foreignOrMismatchedCrsIsAFileError() throws IOException {
        Path merc = Fixtures.write(dir, "m.geojson", collection(
                "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}",
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[599701,6861798]}")));
        assertThatThrownBy(() -> read(merc, new FileLog("m.geojson")))
                .hasMessage("m.geojson: declared CRS \"urn:ogc:def:crs:EPSG::3857\" is neither RD New (EPSG:28992)"
                        + " nor WGS84 (EPSG:4326/CRS84); convert the file to one of these");
        Path lie = Fixtures.write(dir, "l.geojson", collection(Fixtures.RD_CRS,
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[5.38,52.15]}")));
        assertThatThrownBy(() -> read(lie, new FileLog("l.geojson")))
                .hasMessageContaining("l.geojson:1 field \"crs\": declares RD New (EPSG:28992)")
                .hasMessageContaining("are WGS84");
        Path nowhere = Fixtures.write(dir, "n.geojson", collection(null,
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[599701,6861798]}")));
        assertThatThrownBy(() -> read(nowhere, new FileLog("n.geojson")))
                .hasMessageContaining("n.geojson: no feature has coordinates in the European Netherlands");
    }

    @Test
    void aCrsMemberAfterTheFeaturesMustAgreeWithTheCoordinates() throws IOException {
        String features = "\"features\":[" + feature("{}", square(100000, 450000, 100)) + "]";
        Path ok = Fixtures.write(dir, "late.geojson", "{\"type\":\"FeatureCollection\"," + features + ",\"crs\":"
                + Fixtures.RD_CRS + "}");
        assertThat(read(ok, new FileLog("late.geojson"))).hasSize(1);
        Path bad = Fixtures.write(dir, "late2.geojson", "{\"type\":\"FeatureCollection\"," + features
                + ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4326\"}}}");
        assertThatThrownBy(() -> read(bad, new FileLog("late2.geojson"))).hasMessageContaining("late2.geojson")
                .hasMessageContaining("declares WGS84 (EPSG:4326) but the coordinates were read as RD New");
    }

    @Test
    void truncatedEmptyAndNonUtf8FilesAreClearErrors() throws IOException {
        String full = collection(Fixtures.RD_CRS, feature("{}", square(100000, 450000, 100)));
        Path cut = Fixtures.write(dir, "t.geojson", full.substring(0, full.length() - 20));
        assertThatThrownBy(() -> read(cut, new FileLog("t.geojson"))).isInstanceOf(InputException.class)
                .hasMessageContaining("t.geojson").hasMessageContaining("truncated");
        Path empty = Fixtures.write(dir, "e.geojson", "");
        assertThatThrownBy(() -> read(empty, new FileLog("e.geojson"))).hasMessageContaining("e.geojson: file is empty");
        byte[] latin = collection(Fixtures.RD_CRS, feature("{\"naam\":\"Caf\u00e9\"}", square(100000, 450000, 100)))
                .getBytes(StandardCharsets.ISO_8859_1);
        Path l1 = Files.write(dir.resolve("l1.geojson"), latin);
        assertThatThrownBy(() -> read(l1, new FileLog("l1.geojson"))).hasMessageContaining("l1.geojson")
                .hasMessageContaining("UTF-8");
        Path notCollection = Fixtures.write(dir, "p.geojson", "{\"type\":\"Point\",\"coordinates\":[1,2]}");
        assertThatThrownBy(() -> read(notCollection, new FileLog("p.geojson"))).hasMessageContaining("FeatureCollection");
    }

    @Test
    void badFeaturesAreRejectedByIndexAndInvalidPolygonsRepairedWithANote() throws IOException {
        Path f = Fixtures.write(dir, "b.geojson", collection(Fixtures.RD_CRS,
                feature("{}", square(100000, 450000, 100)),
                feature("{}", "null"),
                feature("{}", "{\"type\":\"Polygon\",\"coordinates\":[[[100000,450000],[100100,450000],[100000,450000]]]}"),
                feature("{}", "{\"type\":\"Point\",\"coordinates\":[900000,450000]}"),
                // bow tie: self-intersecting ring
                feature("{}", "{\"type\":\"Polygon\",\"coordinates\":[[[100000,450000],[100100,450100],[100100,450000],"
                        + "[100000,450100],[100000,450000]]]}")));
        FileLog log = new FileLog("b.geojson");
        List<GeoFeature> fs = read(f, log);
        assertThat(fs).extracting(GeoFeature::index).containsExactly(1L, 5L);
        assertThat(fs.get(1).geometry().isValid()).isTrue();
        assertThat(fs.get(1).geometry().getArea()).isCloseTo(5000.0, within(1e-6));
        assertThat(log.rejected()).extracting(InputError::toString).containsExactly(
                "b.geojson:2 field \"geometry\": feature has no geometry",
                "b.geojson:3 field \"geometry\": polygon ring needs at least 4 positions, got 3",
                "b.geojson:4 field \"geometry\": coordinates outside the European Netherlands for RD New (EPSG:28992):"
                        + " extent (900000.0 450000.0, 900000.0 450000.0)");
        assertThat(log.notes()).singleElement().satisfies(n -> {
            assertThat(n.line()).isEqualTo(5);
            assertThat(n.reason()).startsWith("invalid polygon (Self-intersection");
        });
    }

    @Test
    void aStreamGivesItsFeaturesAndItsForeignMembers() {
        String json = "{\"type\":\"FeatureCollection\",\"scenario\":{\"name\":\"Basis\",\"version\":3},"
                + "\"features\":[" + feature("{\"id\":\"a\"}", "{\"type\":\"Point\",\"coordinates\":[5.3872035,52.1551723]}")
                + "],\"bbox\":[5,52,5.5,52.5]}";
        List<GeoFeature> fs = new ArrayList<>();
        java.util.Map<String, String> members = new java.util.LinkedHashMap<>();
        String format = GeoJsonFeatureReader.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                new FileLog("body"), fs::add, members::put);
        assertThat(format).isEqualTo("geojson (EPSG:4326)");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.text("id")).isEqualTo("a");
            assertThat(f.geometry().getCoordinate().x).isCloseTo(155000, within(1.0));
        });
        assertThat(members).containsExactly(java.util.Map.entry("scenario", "{\"name\":\"Basis\",\"version\":3}"),
                java.util.Map.entry("bbox", "[5,52,5.5,52.5]"));
    }

    @Test
    void anEmptyOrBrokenStreamIsOneFileError() {
        assertThatThrownBy(() -> GeoJsonFeatureReader.read(new java.io.ByteArrayInputStream(new byte[0]),
                new FileLog("body"), f -> { }, (k, v) -> { })).isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.errors()).extracting(InputError::toString)
                                .containsExactly("body: body is empty; expected a GeoJSON FeatureCollection"));
        assertThatThrownBy(() -> GeoJsonFeatureReader.read(new java.io.ByteArrayInputStream(
                "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8)),
                new FileLog("body"), f -> { }, (k, v) -> { })).hasMessageContaining("JSON ends unexpectedly");
    }

    @Test
    void aStrayValueInTheFeaturesIsRejectedByIndexAndTheFeaturesAfterItAreRead() {
        String point = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.5,51.9]}}";
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + point + ",7,[1,2]," + point + "]}";
        List<GeoFeature> fs = new ArrayList<>();
        FileLog log = new FileLog("body");
        GeoJsonFeatureReader.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), log, fs::add,
                (k, v) -> { });
        assertThat(fs).extracting(GeoFeature::index).containsExactly(1L, 4L);
        assertThat(log.rejected()).extracting(InputError::line).containsExactly(2L, 3L);
    }
}
