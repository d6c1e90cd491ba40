package nl.nsp.planner.national;

/** How a national budget can be divided over the safety regions. */
public enum DistributionKey {
    /** The same amount for every region (the key of 2025 and 2026 in the administrative agreement). */
    EQUAL("gelijk"),
    /** In proportion to registered inhabitants. */
    INHABITANTS("naar inwoners"),
    /** In proportion to the area of the region's municipalities. */
    AREA("naar oppervlakte"),
    /** In proportion to the NSPs the headline plan needs. */
    NSPS_NEEDED("naar benodigde NSP's");

    private final String dutchLabel;

    DistributionKey(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    /** Parses the enum name in any case, with {@code -} for {@code _} (e.g. {@code nsps-needed}). */
    public static DistributionKey parse(String raw) {
        String s = raw.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (DistributionKey k : values()) {
            if (k.name().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown distribution key \"" + raw + "\"; expected equal, inhabitants, area or nsps-needed");
    }
}
