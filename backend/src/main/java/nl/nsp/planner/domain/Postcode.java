package nl.nsp.planner.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode as a resident types it: four digits (PC4, {@code 3011}) optionally followed by two letters
 * (PC6, {@code 3011 AB}).
 *
 * @param pc4     the four digits, 1000..9999
 * @param letters the two capital letters of a PC6, or {@code ""} for a PC4
 */
public record Postcode(String pc4, String letters) {
    private static final Pattern PC4 = Pattern.compile("[1-9]\\d{3}");
    private static final Pattern LETTERS = Pattern.compile("([A-Z]{2})?");
    private static final Pattern TYPED = Pattern.compile("([1-9]\\d{3})\\s*-?\\s*([A-Za-z]{2})?");

    public Postcode {
        if (pc4 == null || !PC4.matcher(pc4).matches()) {
            throw new IllegalArgumentException("a postcode starts with four digits 1000..9999, got \"" + pc4 + "\"");
        }
        if (letters == null || !LETTERS.matcher(letters).matches()) {
            throw new IllegalArgumentException("postcode letters must be two capitals or empty, got \"" + letters + "\"");
        }
    }

    /**
     * Reads a typed postcode: {@code 3011}, {@code 3011AB}, {@code 3011 ab}, {@code 3011-AB}, surrounding spaces
     * ignored.
     *
     * @return the postcode, or empty when the text is no postcode
     */
    public static Optional<Postcode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String letters = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
        return Optional.of(new Postcode(m.group(1), letters));
    }

    /** True for a six-character postcode (digits and letters). */
    public boolean isPc6() {
        return !letters.isEmpty();
    }

    /** As written on an envelope: {@code 3011 AB}, or {@code 3011}. */
    @Override
    public String toString() {
        return letters.isEmpty() ? pc4 : pc4 + " " + letters;
    }
}
