package nl.nsp.planner.cli.load;

import java.util.Arrays;

/**
 * Response times of one kind of request, for percentiles: kept in full (a 60 s run has at most a few hundred
 * thousand), thread-safe.
 */
public final class Latencies {
    private long[] nanos = new long[1024];
    private int count;

    public synchronized void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    public synchronized int count() {
        return count;
    }

    /**
     * The {@code p}-th percentile in milliseconds by the nearest-rank method (the smallest value with at least
     * {@code p}% of the values at or below it), or NaN without values.
     */
    public synchronized double percentileMillis(double p) {
        if (!(0 < p && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, nanos[i]);
        }
        return count == 0 ? Double.NaN : max / 1e6;
    }
}
