package nl.nsp.planner.optimise;

/** Receives progress of a long optimisation run; called from the solving thread. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = (phase, fraction, objective, bound) -> { };

    /**
     * @param phase     what is running, e.g. {@code greedy}, {@code local-search}, {@code bound}, {@code exact}
     * @param fraction  estimated share of the work done, 0..1
     * @param objective best objective found so far (NaN when none yet)
     * @param bound     best bound proven so far (NaN when none yet)
     */
    void progress(String phase, double fraction, double objective, double bound);
}
