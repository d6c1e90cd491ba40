package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointCsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsDefaultColumnsAndReportsEveryBadRowWithLineAndField() throws IOException {
        Path f = write("demand.csv", "id,x,y,w\n"
                + "a,100,200,5\n"
                + "b,10x,200,5\n"      // line 3: bad x
                + "c,100,200,-1\n"     // line 4: negative weight
                + "a,1,2,3\n"          // line 5: duplicate id
                + ",1,2,3\n"           // line 6: empty id
                + "d,\"1,5\",2,7\n");  // line 7: Dutch decimal comma in quotes
        PointCsvReader.Result r = PointCsvReader.read(f, PointColumns.defaults());
        assertThat(r.rows()).extracting(PointRow::id).containsExactly("a", "d");
        assertThat(r.rows().get(1).x()).isEqualTo(1.5);
        assertThat(r.rejected()).extracting(InputError::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(r.rejected().get(0).toString()).isEqualTo("demand.csv:3 field \"x\": expected a number, got \"10x\"");
        assertThat(r.rejected().get(1).field()).isEqualTo("w");
    }

    @Test
    void semicolonSeparatedWithBomAndCustomColumns() throws IOException {
        Path f = write("sites.csv", "\uFEFFcode;RDX;RDY;inw;inw65\nS1;155000;463000;10;\nS2;155100;463000;10;4\n");
        PointCsvReader.Result r = PointCsvReader.read(f,
                new PointColumns("code", "RDX", "RDY", Optional.of("inw"), Optional.of("inw65")));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(0).weight65()).isNaN();
        assertThat(r.rows().get(1).weight65()).isEqualTo(4.0);
        assertThat(r.demandPoints().get(1).inhabitants65PlusKnown()).isTrue();
    }

    @Test
    void missingColumnNamesTheColumnsPresent() throws IOException {
        Path f = write("d.csv", "id,x,y\n1,2,3\n");
        assertThatThrownBy(() -> PointCsvReader.read(f, PointColumns.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("d.csv:1 field \"w\": column missing; the header has id, x, y");
    }

    @Test
    void emptyAndNonUtf8FilesAreClearErrors() throws IOException {
        Path empty = write("empty.csv", "");
        assertThatThrownBy(() -> PointCsvReader.read(empty, PointColumns.defaults()))
                .hasMessageContaining("empty.csv").hasMessageContaining("empty");
        Path latin1 = Files.write(dir.resolve("l.csv"), "id,x,y,w\nCaf\u00e9,1,2,3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PointCsvReader.read(latin1, PointColumns.defaults()))
                .hasMessageContaining("l.csv").hasMessageContaining("UTF-8");
    }
}
