package nl.nsp.planner.optimise;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How to solve: the model, its parameters and the run controls.
 *
 * @param model            the model
 * @param p                number of sites (MCLP, p-median, CMCLP); ignored by LSCP
 * @param targetShare      LSCP only: share of the total weight to cover, 0 < share <= 1, or NaN to cover
 *                         every coverable point
 * @param capacity         CMCLP only: weight one site can serve, > 0
 * @param timeLimitSeconds wall-clock limit for the whole run, > 0 (infinite allowed)
 * @param exact            solve with the MIP solver instead of the heuristic
 * @param mipBackend       OR-Tools solver id for the exact mode, e.g. {@code SCIP}, {@code CBC}, {@code HIGHS}
 * @param reduce           apply instance reduction before solving
 * @param seed             seed for the perturbations of the iterated local search
 * @param listener         progress reports
 * @param cancel           cancellation flag
 * @param nanoClock        monotonic clock in nanoseconds (usually {@code System::nanoTime})
 */
public record SolverOptions(Model model, int p, double targetShare, double capacity, double timeLimitSeconds,
        boolean exact, String mipBackend, boolean reduce, long seed, ProgressListener listener,
        CancellationToken cancel, LongSupplier nanoClock) {
    /** The default capacity of a site: the rule of thumb of one NSP per 5,000 inhabitants. */
    public static final double DEFAULT_CAPACITY = 5000;

    public SolverOptions {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mipBackend, "mipBackend");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(nanoClock, "nanoClock");
        if (model != Model.LSCP && p < 1) {
            throw new IllegalArgumentException(model.key() + " needs p >= 1, got " + p);
        }
        if (!Double.isNaN(targetShare) && !(0 < targetShare && targetShare <= 1)) {
            throw new IllegalArgumentException("target share must be in (0, 1], got " + targetShare);
        }
        if (!(capacity > 0)) {
            throw new IllegalArgumentException("capacity must be > 0, got " + capacity);
        }
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0 seconds, got " + timeLimitSeconds);
        }
    }

    /** Heuristic mode with defaults: no target, capacity 5,000, no time limit, reduction on, seed 1. */
    public static SolverOptions of(Model model, int p) {
        return new SolverOptions(model, p, Double.NaN, DEFAULT_CAPACITY, Double.POSITIVE_INFINITY, false, "SCIP",
                true, 1L, ProgressListener.NONE, new CancellationToken(), System::nanoTime);
    }

    public SolverOptions withExact(boolean newExact) {
        return new SolverOptions(model, p, targetShare, capacity, timeLimitSeconds, newExact, mipBackend, reduce, seed,
                listener, cancel, nanoClock);
    }

    public SolverOptions withTarget(double newTarget) {
        return new SolverOptions(model, p, newTarget, capacity, timeLimitSeconds, exact, mipBackend, reduce, seed,
                listener, cancel, nanoClock);
    }

    public SolverOptions withCapacity(double newCapacity) {
        return new SolverOptions(model, p, targetShare, newCapacity, timeLimitSeconds, exact, mipBackend, reduce, seed,
                listener, cancel, nanoClock);
    }

    public SolverOptions withTimeLimit(double seconds) {
        return new SolverOptions(model, p, targetShare, capacity, seconds, exact, mipBackend, reduce, seed, listener,
                cancel, nanoClock);
    }

    public SolverOptions withReduce(boolean newReduce) {
        return new SolverOptions(model, p, targetShare, capacity, timeLimitSeconds, exact, mipBackend, newReduce, seed,
                listener, cancel, nanoClock);
    }

    public SolverOptions withMipBackend(String backend) {
        return new SolverOptions(model, p, targetShare, capacity, timeLimitSeconds, exact, backend, reduce, seed,
                listener, cancel, nanoClock);
    }

    public SolverOptions withListener(ProgressListener newListener) {
        return new SolverOptions(model, p, targetShare, capacity, timeLimitSeconds, exact, mipBackend, reduce, seed,
                newListener, cancel, nanoClock);
    }

    public SolverOptions withCancel(CancellationToken token) {
        return new SolverOptions(model, p, targetShare, capacity, timeLimitSeconds, exact, mipBackend, reduce, seed,
                listener, token, nanoClock);
    }
}
