package nl.nsp.planner.geo;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a coordinate pair typed by a user: WGS84 degrees as {@code "52.05, 4.47"} (latitude first, as map sites
 * show them; longitude first is recognised too, the Dutch ranges do not overlap) or RD New metres as
 * {@code "92500 437500"} (x first). Separators: a comma, a semicolon or white space; Dutch decimal commas are accepted
 * when the numbers are separated by white space or a semicolon ({@code "52,05 4,47"}, {@code "52,05; 4,47"}).
 *
 * <p>Which system is meant follows from the ranges of {@link DutchExtent}: a pair that fits neither in the
 * Netherlands is an error, not a guess.
 */
public final class CoordinateText {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CoordinateText() {
    }

    /**
     * A parsed pair: the position in both systems and the one the user typed.
     *
     * @param rd     RD New metres
     * @param wgs84  WGS84 degrees
     * @param system {@code "wgs84"} or {@code "rd"}
     */
    public record Parsed(RdPoint rd, LatLon wgs84, String system) {
    }

    /**
     * The position the text names, or empty when the text is not two numbers (then it is a name or an address).
     *
     * @throws IllegalArgumentException when the text is two numbers that are no position in the Netherlands
     */
    public static Optional<Parsed> parse(String text) {
        String t = text.strip();
        String[] parts;
        if (t.contains(";")) {
            parts = t.split("\\s*;\\s*", -1);
            decimalCommas(parts);
        } else {
            parts = t.split("\\s+");
            if (parts.length == 2) {
                parts[0] = stripTrailingComma(parts[0]);
                decimalCommas(parts);
            } else {
                parts = t.split("\\s*,\\s*", -1);
            }
        }
        if (parts.length != 2 || !NUMBER.matcher(parts[0]).matches() || !NUMBER.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        double a = Double.parseDouble(parts[0]);
        double b = Double.parseDouble(parts[1]);
        if (DutchExtent.isPlausibleWgs84(b, a)) {
            return Optional.of(fromWgs84(a, b));
        }
        if (DutchExtent.isPlausibleWgs84(a, b)) {
            return Optional.of(fromWgs84(b, a));
        }
        if (DutchExtent.isPlausibleRd(a, b)) {
            RdPoint rd = new RdPoint(a, b);
            return Optional.of(new Parsed(rd, RdProjection.toWgs84(rd), "rd"));
        }
        throw new IllegalArgumentException("\"" + text.strip() + "\" is no position in the Netherlands: expected WGS84 "
                + "latitude, longitude in degrees (e.g. 52.05, 4.47) or RD x y in metres (e.g. 92500 437500)");
    }

    private static Parsed fromWgs84(double lat, double lon) {
        LatLon ll = new LatLon(lat, lon);
        return new Parsed(RdProjection.toRd(ll), ll, "wgs84");
    }

    private static String stripTrailingComma(String s) {
        return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    }

    private static void decimalCommas(String[] parts) {
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace(',', '.');
        }
    }
}
