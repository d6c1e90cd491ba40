package nl.nsp.planner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.nsp.planner.ingest.InputError;

/**
 * What happened to the start-up import, for the API and the map: running, failed (with the errors), or
 * nothing to report. The stored data and report live in the store; this only holds what the store cannot.
 */
public final class ImportState {
    /** A start-up import that changed nothing. */
    public record Failure(String dataDir, String message, List<InputError> errors, Instant at) {
        public Failure {
            Objects.requireNonNull(message, "message");
            errors = List.copyOf(errors);
        }
    }

    private final AtomicReference<Failure> failure = new AtomicReference<>();
    private volatile boolean running;

    public boolean running() {
        return running;
    }

    void started() {
        running = true;
        failure.set(null);
    }

    void finished() {
        running = false;
    }

    void failed(Failure f) {
        failure.set(f);
        running = false;
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure.get());
    }
}
