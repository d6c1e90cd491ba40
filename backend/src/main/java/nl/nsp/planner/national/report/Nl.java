package nl.nsp.planner.national.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Dutch readers expect them: 1.234.567 and 0,95; euros as EUR 1,2 mln. */
final class Nl {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Nl() {
    }

    /** DecimalFormat is not thread-safe and costly to build: one per pattern and thread. */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static DecimalFormat format(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, SYMBOLS));
    }

    /** A whole number with thousands dots, e.g. {@code 17.942.942}. */
    static String n(double v) {
        return Double.isFinite(v) ? format("#,##0").format(Math.round(v)) : "–";
    }

    /** A number with the given decimals, e.g. {@code 3,4}. */
    static String d(double v, int decimals) {
        return Double.isFinite(v) ? format("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "")).format(v) : "–";
    }

    /** A share as a percentage with one decimal, e.g. {@code 95,0 %}. */
    static String pct(double share) {
        return Double.isFinite(share) ? d(100 * share, 1) + " %" : "–";
    }

    /** A target share as a whole percentage, e.g. {@code 95 %}. */
    static String target(double share) {
        return d(100 * share, share * 100 == Math.rint(share * 100) ? 0 : 1) + " %";
    }

    /** Euros: below a million in whole euros ({@code € 8.500}), else in millions with one decimal ({@code € 27,4 mln}). */
    static String eur(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (Math.abs(v) >= 1e6) {
            return "€ " + d(v / 1e6, 1) + " mln";
        }
        return "€ " + n(v);
    }

    /** Euros in millions with two decimals, for tables. */
    static String mln(double v) {
        return Double.isFinite(v) ? d(v / 1e6, 2) : "–";
    }

    /** A number for CSV: decimal comma, no thousands separator, up to {@code decimals} decimals. */
    static String csv(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        DecimalFormat f = format("0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""));
        return f.format(v);
    }
}
