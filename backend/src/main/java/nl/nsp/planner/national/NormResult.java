package nl.nsp.planner.national;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one norm for one area (a region, or the part of a region in one urbanity class), in one variant.
 *
 * @param norm            the norm
 * @param totalWeight     inhabitants counted by the norm (all, or 65+)
 * @param reachableWeight of those, the ones within the radius of some candidate site allowed in this variant
 * @param counts          one entry per target, in the order of the options
 * @param curve           covered inhabitants after the first k NSPs of the greedy order, k = 1 .. length
 * @param upper           proven upper bound on the inhabitants any k NSPs can cover, same length as {@code curve}
 * @param status          {@code optimal} when every reachable count is proven, else {@code feasible} (or
 *                        {@code time-limit} / {@code cancelled})
 * @param seconds         solve time
 */
public record NormResult(Norm norm, double totalWeight, double reachableWeight, List<TargetCount> counts,
        double[] curve, double[] upper, String status, double seconds) {
    public NormResult {
        Objects.requireNonNull(norm, "norm");
        counts = List.copyOf(counts);
        curve = curve.clone();
        upper = upper.clone();
    }

    /** The count for a target share. */
    public TargetCount count(double share) {
        return counts.stream().filter(c -> c.share() == share).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + share + " in " + norm.key()));
    }

    /** Share of the counted inhabitants within reach of a candidate site (0 when there are none). */
    public double reachableShare() {
        return totalWeight > 0 ? reachableWeight / totalWeight : 0;
    }
}
