package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The optimise command end to end on tiny files (the hand-worked line of OptimiserHandWorkedTest). */
class OptimiseCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
            var cl = PlannerCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            return new Run(exit, buf.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    private void files() throws Exception {
        Files.writeString(dir.resolve("demand.csv"), "id,x,y,w\na,0,0,10\nb,100,0,20\nc,200,0,30\nd,1000,0,50\n");
        Files.writeString(dir.resolve("sites.csv"), "id,x,y\nS0,100,0\nS1,1000,0\nS2,2000,0\n");
    }

    @Test
    void mclpJsonHasThePublicFields() throws Exception {
        files();
        Run r = run("optimise", "--model", "mclp", "--demand", dir.resolve("demand.csv").toString(), "--candidates",
                dir.resolve("sites.csv").toString(), "--p", "1", "--radius", "150", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("model").asString()).isEqualTo("mclp");
        assertThat(j.get("objective").asDouble()).isEqualTo(60);
        assertThat(j.get("bound").asDouble()).isEqualTo(60);
        assertThat(j.get("gap").asDouble()).isZero();
        assertThat(j.get("selected").get(0).asString()).isEqualTo("S0");
        assertThat(j.get("seconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(j.get("method").asString()).isEqualTo("heuristic");
        assertThat(j.get("status").asString()).isEqualTo("optimal");
        assertThat(j.get("covered_share").asDouble()).isCloseTo(60 / 110.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("reduction").get("demand_out").asInt()).isEqualTo(2);
    }

    @Test
    void fixedFileAndExactMode() throws Exception {
        files();
        Files.writeString(dir.resolve("fixed.csv"), "id\nS2\n");
        Run r = run("optimise", "--model", "mclp", "--demand", dir.resolve("demand.csv").toString(), "--candidates",
                dir.resolve("sites.csv").toString(), "--p", "2", "--radius", "150", "--fixed",
                dir.resolve("fixed.csv").toString(), "--exact", "--time-limit", "20", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("objective").asDouble()).isEqualTo(60);
        assertThat(j.get("method").asString()).isEqualTo("exact");
        assertThat(j.get("selected").toString()).isEqualTo("[\"S0\",\"S2\"]");
    }

    @Test
    void costMatrixPMedian() throws Exception {
        Files.writeString(dir.resolve("w.csv"), "id,w\na,1\nb,1\n");
        Files.writeString(dir.resolve("m.csv"), "demand_id,site_id,distance\na,X,1\na,Y,4\nb,Y,2\n");
        Run r = run("optimise", "--model", "pmedian", "--demand", dir.resolve("w.csv").toString(), "--cost-matrix",
                dir.resolve("m.csv").toString(), "--p", "1", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("objective").asDouble()).isEqualTo(6);
        assertThat(j.get("selected").toString()).isEqualTo("[\"Y\"]");
    }

    @Test
    void orLibraryInstance() throws Exception {
        // path 1-2-3-4 with unit edges, p = 2: medians {1|2, 3|4} cost 2
        Files.writeString(dir.resolve("pmed.txt"), "4 3 2\n1 2 1\n2 3 1\n3 4 1\n");
        Run r = run("optimise", "--model", "pmedian", "--orlib", dir.resolve("pmed.txt").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("objective").asDouble()).isEqualTo(2);
        assertThat(j.get("bound").asDouble()).isEqualTo(2);
        assertThat(j.get("p").asInt()).isEqualTo(2);
    }

    @Test
    void twoLevelPlanLinksEveryNspToACoordinationPoint() throws Exception {
        // NSPs S0 (x=100) and S1 (x=1000); CP candidates C0 (x=0), C1 (x=900), C2 (x=5000); range 500:
        // S0 reaches C0 only, S1 reaches C1 only -> two CPs; C2 reaches nobody
        files();
        Files.writeString(dir.resolve("cps.csv"), "id,x,y\nC0,0,0\nC1,900,0\nC2,5000,0\n");
        Run r = run("optimise", "--model", "mclp", "--demand", dir.resolve("demand.csv").toString(), "--candidates",
                dir.resolve("sites.csv").toString(), "--p", "2", "--radius", "150", "--cp-candidates",
                dir.resolve("cps.csv").toString(), "--link-range", "500", "--cp-limit", "5", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode cp = JsonMapper.builder().build().readTree(r.out()).get("cp");
        assertThat(cp.get("selected").toString()).isEqualTo("[\"C0\",\"C1\"]");
        assertThat(cp.get("feasible").asBoolean()).isTrue();
        assertThat(cp.get("assignment").get("S1").asString()).isEqualTo("C1");
    }

    @Test
    void curveJson() throws Exception {
        files();
        Run r = run("optimise", "--model", "mclp", "--curve", "--demand", dir.resolve("demand.csv").toString(),
                "--candidates", dir.resolve("sites.csv").toString(), "--radius", "150", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode curve = JsonMapper.builder().build().readTree(r.out()).get("curve");
        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.get(0).get("covered_weight").asDouble()).isEqualTo(60);
        assertThat(curve.get(1).get("covered_share").asDouble()).isEqualTo(1.0);
    }

    @Test
    void badInputGivesAMessageNotAStackTrace() throws Exception {
        files();
        Files.writeString(dir.resolve("fixed.csv"), "id\nNOPE\n");
        Run r = run("optimise", "--model", "mclp", "--demand", dir.resolve("demand.csv").toString(), "--candidates",
                dir.resolve("sites.csv").toString(), "--p", "1", "--fixed", dir.resolve("fixed.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("fixed.csv").contains("unknown site id \"NOPE\"").doesNotContain("at nl.");
        Run noP = run("optimise", "--model", "pmedian", "--demand", dir.resolve("demand.csv").toString(),
                "--candidates", dir.resolve("sites.csv").toString());
        assertThat(noP.exit()).isEqualTo(2);
        assertThat(noP.err()).contains("--p is required");
        Run badModel = run("optimise", "--model", "foo", "--demand", dir.resolve("demand.csv").toString());
        assertThat(badModel.err()).contains("unknown model \"foo\"");
    }
}
