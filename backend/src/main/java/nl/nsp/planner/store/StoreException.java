package nl.nsp.planner.store;

/** The database failed (unreachable, corrupt, constraint violated); the message says which operation. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
