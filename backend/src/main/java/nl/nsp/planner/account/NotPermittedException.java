package nl.nsp.planner.account;

/**
 * The caller may not do what the request asks (answered with 403). The message says why in terms of the caller's
 * own role and area, never with data of the area it may not see.
 */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
