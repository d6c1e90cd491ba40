package nl.nsp.planner.api.export;

/** Escaping of text for HTML element content and quoted attribute values. */
final class Html {
    private Html() {
    }

    /** {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as character references; null as empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
