package nl.nsp.planner.optimise;

/** Time limit, cancellation and progress of one run, shared by the phases of a solver. */
final class RunControl {
    private final SolverOptions options;
    private final long startNanos;
    private final long deadlineNanos;

    RunControl(SolverOptions options) {
        this.options = options;
        this.startNanos = options.nanoClock().getAsLong();
        double limit = options.timeLimitSeconds();
        this.deadlineNanos = limit >= 1e9 ? Long.MAX_VALUE : startNanos + (long) (limit * 1e9);
    }

    private String mipFallbackStatus;

    /** Records that the exact solver ended without a solution, with its status. */
    void mipFellBack(String status) {
        mipFallbackStatus = status;
    }

    /** The exact solver's status when it ended without a solution, else null. */
    String mipFallbackStatus() {
        return mipFallbackStatus;
    }

    /** True when the run is cancelled or out of time. */
    boolean shouldStop() {
        return options.cancel().isCancelled() || options.nanoClock().getAsLong() >= deadlineNanos;
    }

    boolean cancelled() {
        return options.cancel().isCancelled();
    }

    boolean timedOut() {
        return options.nanoClock().getAsLong() >= deadlineNanos;
    }

    double elapsedSeconds() {
        return (options.nanoClock().getAsLong() - startNanos) / 1e9;
    }

    /** Seconds left before the time limit (a large number when there is none). */
    double remainingSeconds() {
        return deadlineNanos == Long.MAX_VALUE ? 1e9 : (deadlineNanos - options.nanoClock().getAsLong()) / 1e9;
    }

    void progress(String phase, double fraction, double objective, double bound) {
        options.listener().progress(phase, Math.min(1, Math.max(0, fraction)), objective, bound);
    }

    /** The status word for a heuristic result that ran to completion or was stopped. */
    String stopStatus(String whenComplete) {
        if (cancelled()) {
            return "cancelled";
        }
        return timedOut() ? "time-limit" : whenComplete;
    }
}
