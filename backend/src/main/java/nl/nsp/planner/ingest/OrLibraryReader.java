package nl.nsp.planner.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an OR-Library p-median instance (Beasley 1990, files pmed1..pmed40): first line {@code n m p}, then
 * {@code m} lines {@code i j cost} of an undirected graph on vertices 1..n. As specified by OR-Library, an
 * edge listed twice takes the cost of the LATER line (not the smaller one); the allocation costs are the
 * all-pairs shortest path lengths ({@link ShortestPaths}: Dijkstra from every vertex on the sparse graph). Every
 * vertex is both a demand point (weight 1) and a candidate site.
 */
public final class OrLibraryReader {
    private OrLibraryReader() {
    }

    /**
     * A parsed instance.
     *
     * @param vertices number of vertices n
     * @param p        number of medians
     * @param distance n x n shortest-path distances ({@code +Infinity} between disconnected vertices)
     */
    public record OrLibraryInstance(int vertices, int p, double[][] distance) {
    }

    /** @throws InputException naming the file, line and field on malformed input */
    public static OrLibraryInstance read(Path file) {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(new InputError(name, 0, "", "file not found: " + file));
        } catch (IOException e) {
            throw new InputException(new InputError(name, 0, "", "cannot read file: " + e.getMessage()));
        }
        int ln = 0;
        while (ln < lines.size() && lines.get(ln).isBlank()) {
            ln++;
        }
        if (ln == lines.size()) {
            throw new InputException(new InputError(name, 0, "", "file is empty; expected a first line \"n m p\""));
        }
        long[] head = numbers(name, ln + 1, lines.get(ln), 3, new String[] {"n", "m", "p"});
        int n = (int) head[0];
        long m = head[1];
        int p = (int) head[2];
        if (n < 1 || m < 0 || p < 1 || p > n) {
            throw new InputException(new InputError(name, ln + 1, "", "expected n >= 1, m >= 0, 1 <= p <= n, got \""
                    + lines.get(ln).trim() + "\""));
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(c[i], Double.POSITIVE_INFINITY);
            c[i][i] = 0;
        }
        long edges = 0;
        for (int k = ln + 1; k < lines.size() && edges < m; k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            long[] e = numbers(name, k + 1, lines.get(k), 3, new String[] {"i", "j", "cost"});
            int i = (int) e[0];
            int j = (int) e[1];
            if (i < 1 || i > n || j < 1 || j > n) {
                throw new InputException(new InputError(name, k + 1, i < 1 || i > n ? "i" : "j",
                        "vertex must be within 1.." + n + ", got \"" + lines.get(k).trim() + "\""));
            }
            if (e[2] < 0) {
                throw new InputException(new InputError(name, k + 1, "cost", "expected a cost >= 0, got " + e[2]));
            }
            if (i != j) {
                c[i - 1][j - 1] = e[2]; // a later line overwrites an earlier one, as OR-Library specifies
                c[j - 1][i - 1] = e[2];
            }
            edges++;
        }
        if (edges < m) {
            throw new InputException(new InputError(name, lines.size(), "", "expected " + m + " edge lines, found " + edges));
        }
        return new OrLibraryInstance(n, p, ShortestPaths.allPairs(c));
    }

    /** The first {@code count} whitespace-separated integers of a line (a hand-written scan: 16,000 lines per file). */
    private static long[] numbers(String file, int line, String text, int count, String[] fields) {
        long[] out = new long[count];
        int at = 0;
        int len = text.length();
        for (int i = 0; i < count; i++) {
            while (at < len && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at == len) {
                throw new InputException(new InputError(file, line, "", "expected " + count + " integers ("
                        + String.join(" ", fields) + "), got \"" + text.trim() + "\""));
            }
            int from = at;
            while (at < len && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            String token = text.substring(from, at);
            try {
                out[i] = Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw new InputException(new InputError(file, line, fields[i], "expected an integer, got \"" + token + "\""));
            }
        }
        return out;
    }
}
