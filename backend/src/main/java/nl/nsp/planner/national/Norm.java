package nl.nsp.planner.national;

import java.util.Locale;
import java.util.Objects;

/**
 * One coverage norm of the national run: who is counted and within which straight-line radius of an NSP.
 *
 * @param key          short stable key for tables and CSV, e.g. {@code r1000} or {@code 65plus-r500}
 * @param radiusMetres the radius; a person exactly on it is covered
 * @param elderly      true to count only inhabitants aged 65+ (the 65+ norm), false for all inhabitants
 */
public record Norm(String key, double radiusMetres, boolean elderly) {
    public Norm {
        Objects.requireNonNull(key, "key");
        if (!(radiusMetres > 0 && radiusMetres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("norm " + key + ": radius must be > 0 metres, got " + radiusMetres);
        }
    }

    /** All inhabitants within {@code radiusMetres}. */
    public static Norm everyone(double radiusMetres) {
        return new Norm(String.format(Locale.ROOT, "r%.0f", radiusMetres), radiusMetres, false);
    }

    /** Inhabitants 65+ within {@code radiusMetres}. */
    public static Norm elderly(double radiusMetres) {
        return new Norm(String.format(Locale.ROOT, "65plus-r%.0f", radiusMetres), radiusMetres, true);
    }

    /** Dutch label for reports, e.g. {@code 1.000 m} or {@code 65+ binnen 500 m}. */
    public String dutchLabel() {
        String metres = String.format(Locale.GERMANY, "%,.0f m", radiusMetres);
        return elderly ? "65+ binnen " + metres : metres;
    }
}
