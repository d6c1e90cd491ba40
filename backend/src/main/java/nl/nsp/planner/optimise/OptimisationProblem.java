package nl.nsp.planner.optimise;

import java.util.Objects;
import nl.nsp.planner.reach.CoverageIndex;

/**
 * One instance: which demand points each site reaches (and at what distance), the demand weights and the side
 * constraints. For the covering models a pair in the index means "covered"; for p-median the index should
 * hold all pairs (cutoff infinite) or the pairs of a cost matrix, unlisted pairs being unreachable.
 *
 * @param index       site-demand pairs
 * @param weight      weight of each demand point (inhabitants), >= 0
 * @param constraints side constraints by site index
 */
public record OptimisationProblem(CoverageIndex index, double[] weight, SideConstraints constraints) {
    public OptimisationProblem {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(constraints, "constraints");
        weight = weight.clone();
        if (weight.length != index.demandCount()) {
            throw new IllegalArgumentException("expected " + index.demandCount() + " weights, got " + weight.length);
        }
        for (int i = 0; i < weight.length; i++) {
            if (!(weight[i] >= 0 && weight[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight of demand point #" + i + " must be >= 0, got " + weight[i]);
            }
        }
        if (constraints.siteCount() != index.siteCount()) {
            throw new IllegalArgumentException("constraints are for " + constraints.siteCount() + " sites, index has "
                    + index.siteCount());
        }
    }

    /** An instance without side constraints. */
    public static OptimisationProblem of(CoverageIndex index, double[] weight) {
        return new OptimisationProblem(index, weight, SideConstraints.none(index.siteCount()));
    }

    /** Sum of all weights. */
    public double totalWeight() {
        double t = 0;
        for (double w : weight) {
            t += w;
        }
        return t;
    }
}
