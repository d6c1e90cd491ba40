package nl.nsp.planner.store;

/**
 * A change was made on an older version of a scenario than the stored one: someone else saved in between.
 * Nothing was changed; the caller should reload the current version.
 */
public class StaleScenarioException extends RuntimeException {
    private final String id;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleScenarioException(String id, long expectedVersion, long currentVersion) {
        super("scenario " + id + " was changed by someone else: the change was made on version " + expectedVersion
                + ", the stored version is " + currentVersion);
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
