package nl.nsp.planner.api.optimisation;

import org.springframework.http.HttpStatus;

/** A request that cannot be served in the job's (or the queue's) current state: 409, 429 or 503. */
final class JobStateException extends RuntimeException {
    private final HttpStatus status;
    private final String field;

    JobStateException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
