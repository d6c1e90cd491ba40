package nl.nsp.planner.domain;

import java.util.Locale;

/** What kind of building a candidate site is; polling stations are the first candidate source. */
public enum SiteKind {
    POLLING_STATION("stemlokaal"),
    FIRE_STATION("brandweerkazerne"),
    MUNICIPAL_BUILDING("gemeentelijk gebouw"),
    COMMUNITY_CENTRE("buurthuis"),
    SCHOOL("school"),
    SPORTS_HALL("sporthal"),
    OWN("eigen locatie"),
    OTHER("overig");

    private final String dutchLabel;

    SiteKind(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    /** The label shown to users. */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Parses a kind from its enum name (any case, '-' or ' ' for '_') or its Dutch label.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SiteKind parse(String raw) {
        String s = raw.trim();
        for (SiteKind k : values()) {
            if (k.name().equalsIgnoreCase(s.replace('-', '_').replace(' ', '_')) || k.dutchLabel.equalsIgnoreCase(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown site kind \"" + raw + "\"; expected one of "
                + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
