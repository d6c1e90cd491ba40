package nl.nsp.planner.reach.network;

import java.util.Arrays;
import java.util.Locale;

/**
 * A travel mode on the OSM network. Access rules (which ways may be used, in which direction) are those of
 * GraphHopper's built-in custom model of the same name ({@code foot.json}, {@code bike.json}); the distance
 * itself is always the shortest distance, not the fastest route.
 */
public enum NetworkProfile {
    FOOT("foot"),
    BIKE("bike");

    private final String profileName;

    NetworkProfile(String profileName) {
        this.profileName = profileName;
    }

    /** The GraphHopper profile name and the name shown with results: {@code foot} or {@code bike}. */
    public String profileName() {
        return profileName;
    }

    /**
     * Parses {@code foot} or {@code bike} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static NetworkProfile parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (NetworkProfile p : values()) {
            if (p.profileName.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown network profile \"" + name + "\": expected one of "
                + Arrays.stream(values()).map(NetworkProfile::profileName).toList());
    }
}
