package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nsp report --national} end to end on the hand-made fixture {@code data/fixtures/national} (the numbers are
 * worked out in NationalFixtureTest: 2 + 1 = 3 NSPs at 1,000 m / 95 %, proven; rule of thumb 2; 2 CPs; with the
 * default cost table one-off (2 x 8,500 + 28,500) + (8,500 + 28,500) = 82,500 and yearly 8,500 + 6,750 = 15,250).
 */
class ReportCommandTest {
    static final String FIXTURE = "../data/fixtures/national";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            var cl = PlannerCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void writesTheReportAndPrintsTheHeadlineAsJson() throws Exception {
        Path out = dir.resolve("rapport");
        Files.writeString(dir.resolve("area.geojson"), "{\"type\": \"Polygon\", \"coordinates\": [[[155000, 460000], "
                + "[156000, 460000], [156000, 462000], [155000, 462000], [155000, 460000]]]}");
        Files.writeString(dir.resolve("realised.csv"), "region;year;nsp_realised;cp_realised;spent_eur\nVR01;2026;1;0;10000,5\n");
        Run r = run("report", "--national", "--out", out.toString(), "--data-dir", FIXTURE, "--outage-area",
                dir.resolve("area.geojson").toString(), "--realised", dir.resolve("realised.csv").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("regions").asInt()).isEqualTo(2);
        assertThat(j.get("headline_norm").asString()).isEqualTo("r1000");
        assertThat(j.get("nsp").asInt()).isEqualTo(3);
        assertThat(j.get("nsp_lower_bound").asInt()).isEqualTo(3);
        assertThat(j.get("rule_of_thumb").asInt()).isEqualTo(2);
        assertThat(j.get("cp").asInt()).isEqualTo(2);
        assertThat(j.get("one_off_eur").asDouble()).isEqualTo(82500);
        assertThat(j.get("yearly_eur").asDouble()).isEqualTo(15250);
        assertThat(j.get("totals").get("r1000").get("0.90").get("nsp").asInt()).isEqualTo(2);
        assertThat(j.get("outage").get("lost_inhabitants").asDouble()).isEqualTo(200);
        assertThat(j.get("timing").get("national_seconds").asDouble()).isPositive();
        assertThat(Files.readString(out.resolve("rapport.html"))).contains("Uitvalscenario", "id=\"headline-nsps\" data-value=\"3\"");
        String sheet = Files.readString(out.resolve("verantwoording.csv"), StandardCharsets.UTF_8);
        // through 2026: allocated 4.5 M / 2 + 10 M / 2 = 7.25 M; spent 10,000.5
        assertThat(sheet).contains("VR01;Testregio Noord;2026;2;1;1;0;22750;7250000;10000,5;7239999,5;equal");
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).contains("uitval.csv", "aantallen_per_regio.csv");
    }

    @Test
    void aPartialRunNamesItsRegions() throws Exception {
        Path out = dir.resolve("vr02");
        Run r = run("report", "--national", "--out", out.toString(), "--data-dir", FIXTURE, "--regions", "vr02",
                "--no-urbanity", "--no-cooperation");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("national report: 1 regions, headline r1000 at 95 %: 1 NSPs (lower bound 1)");
        assertThat(Files.readString(out.resolve("rapport.html"))).contains("deelrun: 1 van de 2 regio's");
    }

    @Test
    void badInputExitsWithCode2AndNamesTheProblem() throws Exception {
        Path out = dir.resolve("x");
        assertThat(run("report", "--out", out.toString(), "--data-dir", FIXTURE).err()).contains("--national");
        Run region = run("report", "--national", "--out", out.toString(), "--data-dir", FIXTURE, "--regions", "VR07");
        assertThat(region.exit()).isEqualTo(2);
        assertThat(region.err()).contains("unknown safety region \"VR07\"").doesNotContain("Exception");
        Files.writeString(dir.resolve("kosten.csv"), "item,level,kind,amount_eur,status,source\nnoodstroom,nsp,once,10,assumption,x\n");
        Run costs = run("report", "--national", "--out", out.toString(), "--data-dir", FIXTURE, "--costs",
                dir.resolve("kosten.csv").toString());
        assertThat(costs.exit()).isEqualTo(2);
        assertThat(costs.err()).contains("kosten.csv:2 field \"kind\": expected one_off or yearly, got \"once\"");
        Files.writeString(dir.resolve("area.wkt"), "LINESTRING (0 0, 1 1)");
        Run area = run("report", "--national", "--out", out.toString(), "--data-dir", FIXTURE, "--outage-area",
                dir.resolve("area.wkt").toString());
        assertThat(area.exit()).isEqualTo(2);
        assertThat(area.err()).contains("area.wkt field \"area\": expected a Polygon or MultiPolygon, got LineString");
        Run key = run("report", "--national", "--out", out.toString(), "--data-dir", FIXTURE, "--key", "random");
        assertThat(key.exit()).isEqualTo(2);
        assertThat(key.err()).contains("unknown distribution key");
        assertThat(Files.exists(out)).isFalse();
    }
}
