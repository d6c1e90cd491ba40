package nl.nsp.planner;

/** The tool version, shown by {@code nsp --version} and in reports. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
