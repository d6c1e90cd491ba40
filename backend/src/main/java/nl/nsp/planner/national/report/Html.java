package nl.nsp.planner.national.report;

/** A small HTML builder: escaped text, tables and sections; the report's only way to write markup. */
final class Html {
    private final StringBuilder sb = new StringBuilder(1 << 20);

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends markup as is (callers escape text). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html h2(String id, String title) {
        return raw("<h2 id=\"" + esc(id) + "\">").text(title).raw("</h2>\n");
    }

    Html h3(String title) {
        return raw("<h3>").text(title).raw("</h3>\n");
    }

    Html p(String text) {
        return raw("<p>").text(text).raw("</p>\n");
    }

    /** A paragraph whose content is already markup. */
    Html pm(String markup) {
        return raw("<p>").raw(markup).raw("</p>\n");
    }

    /** Starts a table with a header row; {@code numeric[i]} right-aligns column i. */
    Html table(String id, String caption, String[] header, boolean[] numeric) {
        raw("<div class=\"table-wrap\"><table" + (id == null ? "" : " id=\"" + esc(id) + "\"") + ">");
        if (caption != null) {
            raw("<caption>").text(caption).raw("</caption>");
        }
        raw("<thead><tr>");
        for (int i = 0; i < header.length; i++) {
            raw(numeric[i] ? "<th class=\"num\">" : "<th>").text(header[i]).raw("</th>");
        }
        return raw("</tr></thead><tbody>\n");
    }

    /** A table row of escaped cells; {@code numeric[i]} right-aligns column i. */
    Html row(boolean[] numeric, String... cells) {
        return row(null, numeric, cells);
    }

    /** A table row with an optional data-region attribute. */
    Html row(String region, boolean[] numeric, String... cells) {
        raw(region == null ? "<tr>" : "<tr data-region=\"" + esc(region) + "\">");
        for (int i = 0; i < cells.length; i++) {
            raw(numeric[i] ? "<td class=\"num\">" : "<td>").text(cells[i]).raw("</td>");
        }
        return raw("</tr>\n");
    }

    /** A footer row (totals). */
    Html total(boolean[] numeric, String... cells) {
        raw("<tr class=\"total\">");
        for (int i = 0; i < cells.length; i++) {
            raw(numeric[i] ? "<td class=\"num\">" : "<td>").text(cells[i]).raw("</td>");
        }
        return raw("</tr>\n");
    }

    Html endTable() {
        return raw("</tbody></table></div>\n");
    }

    /** A bullet list of escaped items. */
    Html ul(java.util.List<String> items) {
        raw("<ul>");
        for (String i : items) {
            raw("<li>").text(i).raw("</li>");
        }
        return raw("</ul>\n");
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** {@code n} numeric flags: the first {@code textColumns} false, the rest true. */
    static boolean[] numeric(int columns, int textColumns) {
        boolean[] b = new boolean[columns];
        for (int i = textColumns; i < columns; i++) {
            b[i] = true;
        }
        return b;
    }
}
