package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostMatrixReaderTest {
    @TempDir
    Path dir;

    private static final Map<String, Integer> DEMAND = Map.of("a", 0, "b", 1);

    @Test
    void collectsSitesInOrderOfFirstAppearance() throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "demand_id,site_id,distance\na,S2,10\nb,S1,7.5\nb,S2,3\n");
        CostMatrixReader.CostMatrix m = CostMatrixReader.read(f, DEMAND, null);
        assertThat(m.siteIds()).containsExactly("S2", "S1");
        assertThat(m.demand()).containsExactly(0, 1, 1);
        assertThat(m.site()).containsExactly(0, 1, 0);
        assertThat(m.distance()).containsExactly(10, 7.5, 3);
    }

    @Test
    void everyBadRowIsReportedWithLineAndField() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "demand_id;site_id;distance\nx;S1;1\na;S1;-2\na;S1;abc\nb;S1;1\nb;S1;2\n");
        assertThatThrownBy(() -> CostMatrixReader.read(f, DEMAND, null)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    var errors = ((InputException) e).errors();
                    assertThat(errors).hasSize(4);
                    assertThat(errors.get(0).toString()).isEqualTo("bad.csv:2 field \"demand_id\": unknown demand id \"x\" (not in the demand file)");
                    assertThat(errors.get(1).toString()).contains("bad.csv:3 field \"distance\"").contains(">= 0");
                    assertThat(errors.get(2).toString()).contains("bad.csv:4 field \"distance\"").contains("abc");
                    assertThat(errors.get(3).toString()).contains("bad.csv:6").contains("listed again (first on line 5)");
                });
    }

    @Test
    void unknownSiteIsAnErrorWhenSitesAreGiven() throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "demand_id,site_id,distance\na,S9,1\n");
        assertThatThrownBy(() -> CostMatrixReader.read(f, DEMAND, new java.util.HashMap<>(Map.of("S1", 0))))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown site id \"S9\"");
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "from,to,distance\na,S1,1\n");
        assertThatThrownBy(() -> CostMatrixReader.read(f, DEMAND, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("demand_id").hasMessageContaining("column missing");
    }
}
