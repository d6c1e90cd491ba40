package nl.nsp.planner.api;

import org.springframework.http.HttpStatus;

/** A request that cannot be served in a background job's (or its queue's) current state: 409, 429 or 503. */
public final class JobStateException extends RuntimeException {
    private final HttpStatus status;
    private final String field;

    public JobStateException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
