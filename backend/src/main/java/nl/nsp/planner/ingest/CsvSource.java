package nl.nsp.planner.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV tokenizer of the project: reads a UTF-8 (optionally BOM-prefixed) CSV file with a header row,
 * comma or semicolon separated (sniffed from the header), and hands each row to the caller with its line
 * number. Problems with the file as a whole (missing, empty, not UTF-8, missing columns, broken quoting)
 * become an {@link InputException} that names the file.
 */
public final class CsvSource {
    private final Path file;
    private final String fileName;
    private final List<String> header;
    private final Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private final char delimiter;

    private CsvSource(Path file, List<String> header, char delimiter) {
        this.file = file;
        this.delimiter = delimiter;
        this.fileName = file.getFileName().toString();
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /**
     * Opens a CSV file and reads its header.
     *
     * @throws InputException when the file is missing, empty, not UTF-8 or has no header
     */
    public static CsvSource open(Path file) {
        String name = file.getFileName().toString();
        String first;
        try (BufferedReader r = reader(file)) {
            first = r.readLine();
        } catch (NoSuchFileException e) {
            throw new InputException(new InputError(name, 0, "", "file not found: " + file));
        } catch (CharacterCodingException e) {
            throw notUtf8(name);
        } catch (IOException e) {
            throw new InputException(new InputError(name, 0, "", "cannot read file: " + e.getMessage()));
        }
        if (first == null || first.isBlank()) {
            throw new InputException(new InputError(name, 0, "", "file is empty; expected a header row"));
        }
        first = stripBom(first);
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        try (CSVParser p = format(delimiter).parse(new java.io.StringReader(first))) {
            List<String> header = p.getRecords().get(0).toList().stream().map(String::trim).toList();
            return new CsvSource(file, header, delimiter);
        } catch (IOException | RuntimeException e) {
            throw new InputException(new InputError(name, 1, "", "unreadable header: " + e.getMessage()));
        }
    }

    /** The file name used in error messages. */
    public String fileName() {
        return fileName;
    }

    /** Column names as written in the header. */
    public List<String> header() {
        return header;
    }

    /** True when the header has this column (case-insensitive). */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * Index of a required column (case-insensitive).
     *
     * @throws InputException naming the file, the column and the columns that are there
     */
    public int require(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new InputException(new InputError(fileName, 1, column,
                    "column missing; the header has " + String.join(", ", header)));
        }
        return i;
    }

    /**
     * Streams the data rows (after the header) to {@code rowHandler}.
     *
     * @throws InputException when the file is not UTF-8 or its quoting is broken (with the line)
     */
    public void forEachRow(Consumer<Row> rowHandler) {
        try (Reader r = reader(file);
                CSVParser p = format(delimiter).parse(r)) {
            Iterator<CSVRecord> it = p.iterator();
            if (it.hasNext()) {
                it.next(); // header
            }
            while (true) {
                long line = p.getCurrentLineNumber() + 1;
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw notUtf8(fileName);
                    }
                    throw new InputException(new InputError(fileName, line, "", "malformed CSV: " + e.getMessage()));
                } catch (IllegalStateException e) {
                    throw new InputException(new InputError(fileName, line, "", "malformed CSV: " + e.getMessage()));
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue; // blank line
                }
                rowHandler.accept(new Row(line, rec));
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(fileName);
        } catch (IOException e) {
            throw new InputException(new InputError(fileName, 0, "", "cannot read file: " + e.getMessage()));
        }
    }

    /** One data row with its 1-based line number (the header is line 1). */
    public final class Row {
        private final long line;
        private final CSVRecord record;

        Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        public long line() {
            return line;
        }

        /** The trimmed value of a column by index, or "" when the row is short. */
        public String get(int column) {
            return column < record.size() ? record.get(column).trim() : "";
        }

        /** The trimmed value of a named column, or "" when the column or value is absent. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : get(i);
        }

        /** An error for this row and the named column. */
        public InputError error(int column, String reason) {
            return new InputError(fileName, line, column < header.size() ? header.get(column) : "#" + column, reason);
        }

        /** Number of fields in the row. */
        public int size() {
            return record.size();
        }
    }

    /**
     * Parses a decimal number written with a point or (Dutch style, when no point is present) a comma.
     *
     * @throws NumberFormatException when the text is not a finite number
     */
    public static double parseDecimal(String text) {
        String t = text.trim();
        if (t.indexOf('.') < 0 && t.indexOf(',') >= 0) {
            t = t.replace(',', '.');
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v) || t.toLowerCase(Locale.ROOT).contains("n")) {
            throw new NumberFormatException("not a finite number: " + text);
        }
        return v;
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
    }

    private static BufferedReader reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)) {
            private boolean first = true;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = super.read(cbuf, off, len);
                if (first && n > 0) {
                    first = false;
                    if (cbuf[off] == '\uFEFF') {
                        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                        return n - 1;
                    }
                }
                return n;
            }
        };
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static InputException notUtf8(String name) {
        return new InputException(new InputError(name, 0, "",
                "file is not valid UTF-8; save it as UTF-8 (it may be Windows-1252/Latin-1)"));
    }
}
