package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrLibraryReaderTest {
    @TempDir
    Path dir;

    /*
     * 1 --5-- 2 --4-- 3      edge 1-2 listed twice: 7 first, then 5 (the later line wins, although 7 > 5
     *  \_____9______/        would also lose to "min"), edge 1-3 listed as 2 then 9: the later 9 wins, so
     *                        d(1,3) = min(9, 5 + 4) = 9 and not 2.
     */
    @Test
    void laterEdgeLineWinsThenShortestPaths() throws Exception {
        Path f = dir.resolve("tiny.txt");
        Files.writeString(f, " 3 5 1 \n 1 2 7\n 1 3 2\n 2 3 4\n 1 2 5\n 3 1 9\n");
        OrLibraryReader.OrLibraryInstance in = OrLibraryReader.read(f);
        assertThat(in.vertices()).isEqualTo(3);
        assertThat(in.p()).isEqualTo(1);
        assertThat(in.distance()[0][1]).isEqualTo(5);
        assertThat(in.distance()[1][0]).isEqualTo(5);
        assertThat(in.distance()[0][2]).isEqualTo(9);
        assertThat(in.distance()[2][0]).isEqualTo(9);
        assertThat(in.distance()[1][2]).isEqualTo(4);
        assertThat(in.distance()[2][2]).isZero();
    }

    @Test
    void shortestPathGoesAroundALongEdge() throws Exception {
        Path f = dir.resolve("path.txt");
        Files.writeString(f, "3 3 2\n1 2 1\n2 3 1\n1 3 10\n");
        assertThat(OrLibraryReader.read(f).distance()[0][2]).isEqualTo(2);
    }

    @Test
    void badVertexNamesLineAndField() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "3 2 1\n1 2 1\n2 4 1\n");
        assertThatThrownBy(() -> OrLibraryReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.txt:3").hasMessageContaining("\"j\"").hasMessageContaining("1..3");
    }

    @Test
    void missingEdgesAreReported() throws Exception {
        Path f = dir.resolve("short.txt");
        Files.writeString(f, "3 4 1\n1 2 1\n");
        assertThatThrownBy(() -> OrLibraryReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("expected 4 edge lines, found 1");
    }

    @Test
    void nonNumericHeaderIsReported() throws Exception {
        Path f = dir.resolve("head.txt");
        Files.writeString(f, "n m p\n");
        assertThatThrownBy(() -> OrLibraryReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("head.txt:1").hasMessageContaining("\"n\"");
    }
}
