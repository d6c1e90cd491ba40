package nl.nsp.planner.optimise;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag another thread sets to stop a run; solvers check it in their loops and return the best feasible
 * solution found so far with status {@code cancelled}.
 */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Asks the run to stop as soon as possible. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
