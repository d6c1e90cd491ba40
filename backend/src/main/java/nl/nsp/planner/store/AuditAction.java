package nl.nsp.planner.store;

/** What an {@link AuditEvent} records; {@link #code()} is what the store and the API hold. */
public enum AuditAction {
    SCENARIO_CREATE("scenario.create"),
    SCENARIO_UPDATE("scenario.update"),
    SCENARIO_PUBLISH("scenario.publish"),
    /** Withdrawn by its planner, or because another scenario of the region was published. */
    SCENARIO_UNPUBLISH("scenario.unpublish"),
    SCENARIO_DELETE("scenario.delete"),
    USER_ADD("user.add"),
    /** Role, area or password changed. */
    USER_CHANGE("user.change"),
    USER_DISABLE("user.disable"),
    USER_ENABLE("user.enable"),
    /** A data folder replaced the stored data set. */
    IMPORT("import");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The action stored as {@code code}. */
    static AuditAction of(String code) {
        for (AuditAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalStateException("unknown audit action \"" + code + "\" in the store (written by a newer version?)");
    }
}
