package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nsp network-check} on the hand-made straight footway (src/test/resources/fixtures/osm). */
class NetworkCheckCommandTest {
    @TempDir
    Path tmp;

    private static String rdRow(String id, double lat, double lon) {
        RdPoint p = RdProjection.toRd(new LatLon(lat, lon));
        return id + "," + p.x() + "," + p.y() + "\n";
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = PlannerCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsSnapReportAsJson() throws Exception {
        Path csv = tmp.resolve("points.csv");
        Files.writeString(csv, "id,x,y\n" + rdRow("on-way", 52.001, 5.000) + rdRow("east", 52.0005, 5.0003)
                + rdRow("far", 51.900, 5.000) + "bad,abc,1\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "network-check", "--osm", fixture("straight_footway.osm").toString(),
                "--points", csv.toString(), "--graph-cache", tmp.resolve("cache").toString());

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("profile").asString()).isEqualTo("foot");
        assertThat(json.get("points").asInt()).isEqualTo(3);
        assertThat(json.get("snapped").asInt()).isEqualTo(2);
        assertThat(json.get("unsnapped").asInt()).isEqualTo(1);
        assertThat(json.get("by_status").get("outside_network_area").asInt()).isEqualTo(1);
        assertThat(json.get("snap_metres").get("max").asDouble()).isBetween(20.49, 20.59);
        assertThat(json.get("graph").get("loaded_from_cache").asBoolean()).isFalse();
        assertThat(json.get("rejected_rows")).hasSize(1);
        JsonNode far = json.get("unsnapped_points").get(0);
        assertThat(far.get("id").asString()).isEqualTo("far");
        assertThat(far.get("line").asInt()).isEqualTo(4);
        assertThat(far.get("status").asString()).isEqualTo("outside_network_area");
        assertThat(far.get("snap_metres").isNull()).isTrue();
        assertThat(json.has("all_points")).isFalse();
    }

    @Test
    void unknownProfileIsAnErrorNotAStackTrace() throws Exception {
        Path csv = tmp.resolve("points.csv");
        Files.writeString(csv, "id,x,y\n" + rdRow("a", 52.001, 5.000));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "network-check", "--osm", fixture("straight_footway.osm").toString(),
                "--points", csv.toString(), "--profile", "car");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown network profile \"car\"").doesNotContain("Exception");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(NetworkCheckCommandTest.class.getResource("/fixtures/osm/" + name).toURI());
    }
}
