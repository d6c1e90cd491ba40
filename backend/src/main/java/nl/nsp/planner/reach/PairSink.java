package nl.nsp.planner.reach;

/** Receives one (demand point, distance) pair found for a site. */
@FunctionalInterface
public interface PairSink {
    void accept(int demandIndex, double metres);
}
