package nl.nsp.planner.store;

/** A scenario id the store does not hold (never saved, or deleted). */
public class ScenarioNotFoundException extends RuntimeException {
    private final String id;

    public ScenarioNotFoundException(String id) {
        super("no scenario " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
