package nl.nsp.planner.scenario;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-line Dutch address split into the parts a resident looks for, so lists can be sorted by place and street:
 * {@code "Kerkstraat 12a, 3011 AB Rotterdam"} → street {@code Kerkstraat}, number 12, suffix {@code a}, postcode
 * {@code 3011 AB}, place {@code Rotterdam}.
 *
 * <p>Tolerated: no postcode ({@code "Dijk 5, Rotterdam"}), no place ({@code "Dijk 5"}), no house number, extra parts
 * between street and place (kept in {@code street}'s line but ignored for sorting). Whatever cannot be recognised
 * stays in {@code street} with number 0, so nothing is lost.
 *
 * @param street      street name (or the whole first part when there is no number)
 * @param houseNumber house number, 0 when there is none
 * @param suffix      letter or addition after the number ({@code a}, {@code -2}), may be empty
 * @param postcode    {@code 3011 AB} when one was found, else empty
 * @param place       the place name, empty when the address has none
 */
public record PostalAddress(String street, int houseNumber, String suffix, String postcode, String place) {
    private static final Pattern STREET_NUMBER = Pattern.compile("(.*)\\s+(\\d{1,5})\\s*([^\\d\\s].*)?");
    private static final Pattern POSTCODE_PLACE = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})(?:\\s+(.*))?");

    private static final Pattern ARTICLE = Pattern.compile("^'[st][- ]");

    /**
     * By place, street, house number, suffix; case-insensitive, and a leading {@code 's-} or {@code 't } is passed over
     * as Dutch lists do ({@code 's-Gravenweg} sorts under G).
     */
    public static final Comparator<PostalAddress> BY_PLACE_AND_STREET = Comparator
            .comparing((PostalAddress a) -> sortKey(a.place()))
            .thenComparing(a -> sortKey(a.street()))
            .thenComparingInt(PostalAddress::houseNumber)
            .thenComparing(a -> a.suffix().toLowerCase(Locale.ROOT));

    /** The text as it is sorted: lower case, without a leading {@code 's-} or {@code 't }. */
    public static String sortKey(String text) {
        return ARTICLE.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(place, "place");
        if (houseNumber < 0) {
            throw new IllegalArgumentException("house number must be >= 0, got " + houseNumber);
        }
    }

    /**
     * The address with its postcode written as on an envelope, {@code 3011 WS}: {@code "Wijnhaven 36, 3011WS Rotterdam"}
     * → {@code "Wijnhaven 36, 3011 WS Rotterdam"}. Everything else stays as it is.
     */
    public static String tidy(String line) {
        int comma = line.lastIndexOf(',');
        Matcher pc = POSTCODE_PLACE.matcher(line.substring(comma + 1).strip());
        if (!pc.matches()) {
            return line;
        }
        String head = comma < 0 ? "" : line.substring(0, comma).strip() + ", ";
        return head + pc.group(1) + " " + pc.group(2).toUpperCase(Locale.ROOT) + (pc.group(3) == null ? "" : " " + pc.group(3).strip());
    }

    /** Splits a one-line address (see the class comment for what is tolerated). */
    public static PostalAddress parse(String line) {
        String text = line == null ? "" : line.strip();
        int comma = text.lastIndexOf(',');
        String first = comma < 0 ? text : text.substring(0, comma).strip();
        String last = comma < 0 ? "" : text.substring(comma + 1).strip();
        String postcode = "";
        String place = last;
        Matcher pc = POSTCODE_PLACE.matcher(last);
        if (pc.matches()) {
            postcode = pc.group(1) + " " + pc.group(2).toUpperCase(Locale.ROOT);
            place = pc.group(3) == null ? "" : pc.group(3).strip();
        }
        int firstComma = first.indexOf(',');
        String streetPart = firstComma < 0 ? first : first.substring(0, firstComma).strip();
        Matcher sn = STREET_NUMBER.matcher(streetPart);
        if (sn.matches() && !sn.group(1).isBlank()) {
            String suffix = sn.group(3) == null ? "" : sn.group(3).strip();
            return new PostalAddress(sn.group(1).strip(), Integer.parseInt(sn.group(2)), suffix, postcode, place);
        }
        return new PostalAddress(streetPart, 0, "", postcode, place);
    }
}
