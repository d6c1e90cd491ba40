package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CoverageCommandTest {
    @TempDir
    Path dir;
    Path demand;
    Path sites;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /*
     * Demand: A (155000,463000) 1200 / 65+ 300; B (155600,463000) 800 / unknown; C (156400,463000) 500 / 120;
     *         D (157000,463800) 2000 / 400; E (159000,465000) 350 / 90.  Total 4,850; 65+ known 910.
     * Sites:  S1 (155300,463000), S2 (156700,463400), S3 (158900,464900).
     * Nearest: A 300 (S1), B 300 (S1), C 500 (S2, 3-4-5 triangle), D 500 (S2), E 141.42 (S3).
     * Radius 1,000 / 65+ 500: all covered (C and D exactly on the 65+ radius): 4,850; 65+ 910; unknown B 800.
     * Radius 400 / 65+ 400: C and D drop out: 1,200 + 800 + 350 = 2,350; 65+ A 300 + E 90 = 390.
     */
    @BeforeEach
    void files() throws IOException {
        demand = Files.writeString(dir.resolve("demand.csv"), "id,x,y,w,w65\n"
                + "A,155000,463000,1200,300\nB,155600,463000,800,\nC,156400,463000,500,120\n"
                + "D,157000,463800,2000,400\nE,159000,465000,350,90\n");
        sites = Files.writeString(dir.resolve("sites.csv"), "id,x,y\nS1,155300,463000\nS2,156700,463400\nS3,158900,464900\n");
    }

    private int run(String... args) {
        CommandLine cl = PlannerCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsTheRequiredJsonFields() {
        int exit = run("coverage", "--demand", demand.toString(), "--sites", sites.toString(), "--weight65-col", "w65", "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("total_weight").asDouble()).isEqualTo(4850);
        assertThat(json.get("covered_weight").asDouble()).isEqualTo(4850);
        assertThat(json.get("covered_share").asDouble()).isEqualTo(1.0);
        assertThat(json.get("demand_points").asInt()).isEqualTo(5);
        assertThat(json.get("sites").asInt()).isEqualTo(3);
        assertThat(json.get("norms").get("radius_metres").asDouble()).isEqualTo(1000);
        assertThat(json.get("total").get("covered65").asDouble()).isEqualTo(910);
        assertThat(json.get("total").get("inhabitants_unknown65").asDouble()).isEqualTo(800);
        assertThat(json.get("total").get("distance").get("median_metres").asDouble()).isEqualTo(500); // cum 2000 of 4850 at 300, 4500 at 500
        assertThat(json.get("municipalities").get(0).get("code").asString()).isEmpty();
        assertThat(json.get("nsp_loads")).hasSize(3);
        assertThat(json.get("uncovered").get("cluster_count").asInt()).isZero();
        assertThat(json.get("histogram").get("bins").size()).isGreaterThan(10);
    }

    @Test
    void appliesTheRadiusFlags() {
        int exit = run("coverage", "--demand", demand.toString(), "--sites", sites.toString(), "--weight65-col", "w65",
                "--radius", "400", "--radius-65", "400", "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("covered_weight").asDouble()).isEqualTo(2350);
        assertThat(json.get("total").get("covered65").asDouble()).isEqualTo(390);
        assertThat(json.get("uncovered").get("inhabitants").asDouble()).isEqualTo(2500);
    }

    @Test
    void customColumnsAndCpLinks() throws IOException {
        Path d = Files.writeString(dir.resolve("d.csv"), "code;RDX;RDY;inw\nP1;0;0;10\nP2;2000;0;5\n");
        Path s = Files.writeString(dir.resolve("s.csv"), "code;RDX;RDY\nN1;0;0\nN2;2000;0\n");
        Path c = Files.writeString(dir.resolve("c.csv"), "code;RDX;RDY\nCP1;1000;0\n");
        int exit = run("coverage", "--demand", d.toString(), "--sites", s.toString(), "--id-col", "code", "--x-col", "RDX",
                "--y-col", "RDY", "--weight-col", "inw", "--cps", c.toString(), "--max-nsp-per-cp", "1", "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("covered_weight").asDouble()).isEqualTo(15);
        assertThat(json.get("links").get("links")).hasSize(1);
        assertThat(json.get("links").get("unlinked_nsp_ids")).hasSize(1);
    }

    @Test
    void networkMetricWithoutOsmIsAClearError() {
        int exit = run("coverage", "--demand", demand.toString(), "--sites", sites.toString(), "--metric", "foot", "--json");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("network metric needs --osm FILE");
    }

    @Test
    void missingColumnNamesFileAndColumn() {
        int exit = run("coverage", "--demand", demand.toString(), "--sites", sites.toString(), "--weight-col", "inwoners");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("demand.csv").contains("inwoners").contains("column missing");
    }

    @Test
    void textSummaryMentionsTheRadiusRule() {
        int exit = run("coverage", "--demand", demand.toString(), "--sites", sites.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("covered 4850.0 of 4850.0").contains("exactly on the radius counts as covered");
    }

    /*
     * The real Watergraafsmeer OSM fixture: J on the Kruislaan/Fizeaustraat junction, P2 and P3 a few hundred metres
     * away, OUT outside the routable area; one site S. On foot all three snapped points lie within 1,000 m
     * (100 + 50 + 30 = 180 covered); OUT cannot be snapped: listed, never covered, its distance unresolved.
     * Network distances are never shorter than the straight line.
     */
    @Test
    void footMetricUsesTheNetworkAndListsUnsnappedPoints() throws IOException {
        Path osm = Path.of(System.getProperty("nsp.data.dir", "../../shared/data/nl"))
                .resolve("osm_amsterdam_watergraafsmeer_testfixture_2016.osm.pbf");
        Path d = Files.writeString(dir.resolve("wd.csv"), "id,x,y,w\nJ,123918.58,483904.64,100\n"
                + "P2,124182.16,483660.42,50\nP3,123845.62,484330.14,30\nOUT,123169.95,485224.58,7\n");
        Path s = Files.writeString(dir.resolve("ws.csv"), "id,x,y\nS,123819.05,484007.63\n");
        int exit = run("coverage", "--demand", d.toString(), "--sites", s.toString(), "--metric", "foot", "--osm",
                osm.toString(), "--graph-cache", dir.resolve("graphs").toString(), "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("metric").asString()).isEqualTo("foot");
        assertThat(json.get("covered_weight").asDouble()).isEqualTo(180);
        assertThat(json.get("snap").get("unsnapped_demand").get(0).get("id").asString()).isEqualTo("OUT");
        assertThat(json.get("total").get("distance").get("unresolved_inhabitants").asDouble()).isEqualTo(7);
        assertThat(json.get("total").get("distance").get("max_metres").isNull()).isTrue();
        assertThat(err.toString()).contains("demand point OUT not snapped");
        double straightJ = Math.hypot(123918.58 - 123819.05, 483904.64 - 484007.63);
        assertThat(json.get("total").get("distance").get("median_metres").asDouble()).isGreaterThanOrEqualTo(straightJ);
    }
}
