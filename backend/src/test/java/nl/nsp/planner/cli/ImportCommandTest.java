package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.nsp.planner.ingest.DataDirectoryImporterTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTest {
    @TempDir
    Path dir;

    /** Runs {@code nsp args...} in-process; returns {exit code, stdout, stderr}. */
    static Object[] run(String... args) {
        CommandLine cl = PlannerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    @Test
    void jsonReportHasTheIssueFieldsWithIntegerTotals() throws Exception {
        DataDirectoryImporterTestAccess.writeTinyDirectory(dir);
        Object[] r = run("import", "--data-dir", dir.toString(), "--json");
        assertThat(r[0]).isEqualTo(0);
        JsonNode j = JsonMapper.builder().build().readTree((String) r[1]);
        assertThat(j.get("municipalities").asLong()).isEqualTo(3);
        assertThat(j.get("regions").asLong()).isEqualTo(2);
        assertThat(j.get("inhabitants_total").asLong()).isEqualTo(6000);
        assertThat(j.get("demand_points").asLong()).isEqualTo(4);
        assertThat(j.get("demand_inhabitants_total").isIntegralNumber()).isTrue();
        assertThat(j.get("demand_inhabitants_total").asLong()).isEqualTo(1000);
        assertThat(j.get("candidates").asLong()).isEqualTo(2);
        assertThat(j.get("rejected")).hasSize(3);
        JsonNode first = j.get("rejected").get(0);
        assertThat(first.get("file").asString()).isEqualTo("pc4_2021_inwoners_rd.geojson");
        assertThat(first.get("line").asLong()).isEqualTo(2);
        assertThat(first.get("field").asString()).isEqualTo("inwoners");
        assertThat(first.get("reason").asString()).contains("PC4 1001");
        JsonNode cbs = j.get("demand_layers").get(1);
        assertThat(cbs.get("name").asString()).isEqualTo("cbs100");
        assertThat(cbs.get("points").asLong()).isEqualTo(1);
        assertThat(cbs.get("inhabitants").asLong()).isEqualTo(25);
        assertThat(cbs.get("inhabitants_65plus").asLong()).isEqualTo(5);
        assertThat(cbs.get("points_65plus_known").asLong()).isEqualTo(1);
        assertThat(j.get("files")).hasSize(6);
        assertThat(j.get("timing").get("peak_heap_mb").asLong()).isPositive();
    }

    @Test
    void textReportShowsTablesAndRejectedRows() throws Exception {
        DataDirectoryImporterTestAccess.writeTinyDirectory(dir);
        Object[] r = run("import", "--data-dir", dir.toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).contains("gemeenten_2024_rd.geojson").contains("municipalities      3")
                .contains("Afgewezen / rejected (3):").contains("\"Zonder plek\"");
    }

    @Test
    void badDirectoryExitsTwoWithoutStackTrace() {
        Object[] r = run("import", "--data-dir", dir.resolve("missing").toString(), "--json");
        assertThat(r[0]).isEqualTo(2);
        assertThat((String) r[2]).startsWith("error: ").contains("data directory not found").doesNotContain("Exception");
        assertThat((String) r[1]).isEmpty();
    }
}
