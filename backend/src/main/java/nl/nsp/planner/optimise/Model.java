package nl.nsp.planner.optimise;

import java.util.Arrays;
import java.util.Locale;

/** The siting models the optimiser solves. */
public enum Model {
    /** Maximal covering: p sites maximising the covered weight. */
    MCLP(true),
    /** Location set covering: fewest sites covering every coverable point, or a target share of the weight. */
    LSCP(false),
    /** p-median: p sites minimising the sum of weight times distance to the nearest chosen site. */
    PMEDIAN(false),
    /** Capacitated maximal covering: as MCLP, but each site serves at most a capacity of weight. */
    CMCLP(true);

    private final boolean maximise;

    Model(boolean maximise) {
        this.maximise = maximise;
    }

    /** True when a larger objective is better. */
    public boolean maximise() {
        return maximise;
    }

    /** The lower-case name used on the command line and in JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a model name case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Model parse(String text) {
        for (Model m : values()) {
            if (m.key().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model \"" + text + "\"; expected one of "
                + String.join(", ", Arrays.stream(values()).map(Model::key).toList()));
    }
}
