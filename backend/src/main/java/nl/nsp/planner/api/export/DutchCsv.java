package nl.nsp.planner.api.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte-order mark (else Excel reads
 * ANSI and garbles ë and ü), {@code ;} between fields (the list separator of the Dutch locale), a decimal comma
 * and no thousands separator, CRLF line ends, fields quoted only when they hold {@code ;}, {@code "} or a line break.
 *
 * <p>Text that Excel would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR first) gets a
 * leading apostrophe, as OWASP advises against CSV injection: names and addresses come from users.
 */
final class DutchCsv implements AutoCloseable {
    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    private final CSVPrinter printer;
    private final List<String> row = new ArrayList<>();

    DutchCsv(java.io.OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            printer = new CSVPrinter(w, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a text cell (guarded against formulas). */
    DutchCsv text(String value) {
        row.add(guard(value == null ? "" : value));
        return this;
    }

    /** Adds a number cell with at most {@code maxDecimals} decimals, trailing zeros dropped; null or NaN = empty. */
    DutchCsv number(Double value, int maxDecimals) {
        row.add(value == null || !Double.isFinite(value) ? "" : decimal(value, maxDecimals));
        return this;
    }

    /** Adds a whole-number cell. */
    DutchCsv integer(long value) {
        row.add(Long.toString(value));
        return this;
    }

    /** Adds {@code true} or {@code false}. */
    DutchCsv bool(Boolean value) {
        row.add(value == null ? "" : value.toString());
        return this;
    }

    /** Adds an empty cell. */
    DutchCsv empty() {
        row.add("");
        return this;
    }

    /** Writes the cells added since the last call as one record. */
    void endRow() {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.clear();
    }

    /** Writes a header row. */
    void header(List<String> names) {
        names.forEach(this::text);
        endRow();
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 1234.5} with 2 decimals as {@code 1234,5}; {@code -0} as {@code 0}. */
    static String decimal(double value, int maxDecimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString().replace('.', ',');
    }

    static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
