package nl.nsp.planner.national.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table of the report: header plus rows, written semicolon separated with a decimal comma and a UTF-8 byte
 * order mark, as Dutch spreadsheets open it; the project's own CSV reader reads it back.
 */
final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String... header) {
        this.header = List.of(header);
    }

    CsvTable add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c instanceof Double d ? Nl.csv(d, 6) : c instanceof Float fl ? Nl.csv(fl, 6) : c.toString());
        }
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size();
    }

    byte[] bytes() {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
