package nl.nsp.planner.security;

import nl.nsp.planner.store.PostgisStore;
import org.springframework.core.env.Environment;

/**
 * Whether the server runs in the server mode (accounts, login, CSRF) or the local mode (one user, no login, loopback
 * only).
 *
 * @param enabled true for the server mode
 */
public record SecurityMode(boolean enabled) {

    /** {@code nsp.security.enabled} when set, else on exactly for a PostGIS store. */
    public static SecurityMode decide(Boolean configured, String storeLocation) {
        return new SecurityMode(configured != null ? configured : PostgisStore.isPostgisLocation(storeLocation));
    }

    /** The mode the properties of {@code env} select. */
    public static SecurityMode of(Environment env) {
        return decide(env.getProperty("nsp.security.enabled", Boolean.class), env.getProperty("nsp.store", "./var/store"));
    }

    /** {@code server} or {@code local}, as the API and the log name it. */
    public String label() {
        return enabled ? "server" : "local";
    }
}
