package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.ingest.CsvSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nsp import --data-dir ../shared/data/nl --json} on the real national data set, run in-process once; pins
 * the totals from the issue and SOURCES.md.
 */
class ImportCommandIT {
    static Path dataDir;
    static JsonNode json;

    @BeforeAll
    static void importRealData() throws Exception {
        dataDir = Path.of(System.getProperty("nsp.data.dir", "../shared/data/nl"));
        assumeThat(Files.isDirectory(dataDir)).as("real data in %s", dataDir).isTrue();
        Object[] r = ImportCommandTest.run("import", "--data-dir", dataDir.toString(), "--json");
        assertThat(r[0]).as("exit code; stderr: %s", r[2]).isEqualTo(0);
        json = JsonMapper.builder().build().readTree((String) r[1]);
    }

    private static JsonNode layer(String name) {
        for (JsonNode l : json.get("demand_layers")) {
            if (l.get("name").asString().equals(name)) {
                return l;
            }
        }
        throw new AssertionError("no demand layer " + name);
    }

    private static List<JsonNode> rejectedIn(String file) {
        List<JsonNode> out = new ArrayList<>();
        json.get("rejected").forEach(e -> {
            if (e.get("file").asString().equals(file)) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void municipalitiesRegionsAndInhabitants() {
        assertThat(json.get("municipalities").asLong()).isEqualTo(342);
        assertThat(json.get("regions").asLong()).isEqualTo(25);
        assertThat(json.get("inhabitants_total").asLong()).isEqualTo(17_942_942L);
        assertThat(rejectedIn("gemeenten_2024_rd.geojson")).isEmpty();
        assertThat(rejectedIn("gemeente_veiligheidsregio_2024.csv")).isEmpty();
    }

    @Test
    void pc4IsThePrimaryLayerWithItsExactTotalAndTheTwoNullsReported() {
        assertThat(json.get("demand_layers").get(0).get("name").asString()).isEqualTo("pc4");
        assertThat(json.get("demand_inhabitants_total").isIntegralNumber()).isTrue();
        assertThat(json.get("demand_inhabitants_total").asLong()).isEqualTo(17_472_870L);
        assertThat(json.get("demand_points").asLong()).isBetween(100_000L, 1_000_000L);
        assertThat(layer("pc4").get("inhabitants").asLong()).isEqualTo(17_472_870L);
        List<JsonNode> nulls = rejectedIn("pc4_2021_inwoners_rd.geojson");
        assertThat(nulls).hasSize(2);
        assertThat(nulls).allSatisfy(e -> assertThat(e.get("field").asString()).isEqualTo("inwoners"));
        assertThat(nulls.get(0).get("reason").asString()).contains("PC4 3165");
        assertThat(nulls.get(1).get("reason").asString()).contains("PC4 3895");
    }

    @Test
    void rijnmondGrids() {
        JsonNode g100 = layer("cbs100");
        assertThat(g100.get("points").asLong()).isEqualTo(16_383);
        assertThat(g100.get("inhabitants").asLong()).isEqualTo(1_299_500);
        assertThat(g100.get("points_65plus_known").asLong()).isEqualTo(11_408);
        assertThat(g100.get("inhabitants_65plus").asLong()).isEqualTo(227_385);
        JsonNode g500 = layer("cbs500");
        assertThat(g500.get("points").asLong()).isEqualTo(1_641);
        assertThat(g500.get("inhabitants").asLong()).isEqualTo(1_309_120);
        assertThat(g500.get("inhabitants_65plus").asLong()).isEqualTo(238_745);
        assertThat(layer("wijk").get("inhabitants").asLong()).isEqualTo(17_942_715L);
        assertThat(rejectedIn("wijken_2024_rd.geojson")).hasSize(81);
    }

    @Test
    void everyPollingStationWithoutCoordinatesIsReportedByName() {
        assertThat(json.get("candidates").asLong()).isEqualTo(9_099);
        Map<Long, String> noCoordinates = new HashMap<>();
        CsvSource csv = CsvSource.open(dataDir.resolve("stemlokalen_tk2023.csv"));
        csv.forEachRow(row -> {
            if (row.get("X").isEmpty() && row.get("Latitude").isEmpty()) {
                noCoordinates.put(row.line(), row.get("Naam stembureau"));
            }
        });
        assertThat(noCoordinates).hasSize(31);
        List<JsonNode> rejected = rejectedIn("stemlokalen_tk2023.csv");
        assertThat(rejected).hasSize(41); // 31 without coordinates + 10 Caribbean
        noCoordinates.forEach((line, name) -> assertThat(rejected).anySatisfy(e -> {
            assertThat(e.get("line").asLong()).isEqualTo(line);
            assertThat(e.get("reason").asString()).contains("\"" + name + "\"").contains("no coordinates");
        }));
        assertThat(rejected).filteredOn(e -> e.get("reason").asString().contains("Caribbean")).hasSize(10);
        assertThat(json.get("notes")).anySatisfy(n -> assertThat(n.get("reason").asString())
                .contains("Woonzorgcentrum Hooge Platen").contains("280 m apart"));
    }
}
