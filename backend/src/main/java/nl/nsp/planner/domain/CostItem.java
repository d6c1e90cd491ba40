package nl.nsp.planner.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the NSP/CP cost table: an amount per NSP or per coördinatiepunt, one-off or every year, with where the
 * figure comes from.
 *
 * @param item        short key, e.g. {@code noodstroom}
 * @param level       per NSP or per CP
 * @param kind        one-off or yearly
 * @param amountEur   euros per point (one-off) or per point per year (yearly), >= 0
 * @param assumption  true when the amount is an assumption to be replaced by pilot figures, false when it has a source
 * @param source      the source, or why the assumption was made
 * @param description what the line pays for (Dutch, shown in the report)
 */
public record CostItem(String item, Level level, Kind kind, double amountEur, boolean assumption, String source,
        String description) {
    public CostItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        if (item.isBlank()) {
            throw new IllegalArgumentException("cost item needs a name");
        }
        if (!(amountEur >= 0 && amountEur < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("cost item " + item + ": amount must be >= 0 euros, got " + amountEur);
        }
    }

    /** What a cost line is counted per. */
    public enum Level {
        NSP, CP;

        /** Parses {@code nsp} / {@code cp} (any case). */
        public static Level parse(String raw) {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** When a cost line is paid. */
    public enum Kind {
        ONE_OFF, YEARLY;

        /** Parses {@code one_off} / {@code yearly}, also {@code eenmalig} / {@code jaarlijks} (any case). */
        public static Kind parse(String raw) {
            String s = raw.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            return switch (s) {
                case "one_off", "oneoff", "eenmalig" -> ONE_OFF;
                case "yearly", "jaarlijks" -> YEARLY;
                default -> throw new IllegalArgumentException("unknown cost kind \"" + raw + "\"");
            };
        }
    }
}
