package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which NSPs and CPs two plans share and which only one of them has, in the order of the plan that has them.
 *
 * @param nspOnlyInA NSPs of plan A that B does not have
 * @param nspOnlyInB NSPs of plan B that A does not have
 * @param nspInBoth  NSPs of both, in A's order
 * @param cpOnlyInA  CPs of A only
 * @param cpOnlyInB  CPs of B only
 * @param cpInBoth   CPs of both, in A's order
 */
public record PlanDifference(List<String> nspOnlyInA, List<String> nspOnlyInB, List<String> nspInBoth,
        List<String> cpOnlyInA, List<String> cpOnlyInB, List<String> cpInBoth) {
    public PlanDifference {
        nspOnlyInA = List.copyOf(nspOnlyInA);
        nspOnlyInB = List.copyOf(nspOnlyInB);
        nspInBoth = List.copyOf(nspInBoth);
        cpOnlyInA = List.copyOf(cpOnlyInA);
        cpOnlyInB = List.copyOf(cpOnlyInB);
        cpInBoth = List.copyOf(cpInBoth);
    }

    /** The difference between plan {@code a} and plan {@code b}. */
    public static PlanDifference between(Plan a, Plan b) {
        Set<String> nspA = new LinkedHashSet<>(a.nspSiteIds());
        Set<String> nspB = new LinkedHashSet<>(b.nspSiteIds());
        Set<String> cpA = new LinkedHashSet<>(a.cpSiteIds());
        Set<String> cpB = new LinkedHashSet<>(b.cpSiteIds());
        return new PlanDifference(minus(nspA, nspB), minus(nspB, nspA), both(nspA, nspB), minus(cpA, cpB),
                minus(cpB, cpA), both(cpA, cpB));
    }

    /** True when both plans open the same NSPs and CPs. */
    public boolean sameSites() {
        return nspOnlyInA.isEmpty() && nspOnlyInB.isEmpty() && cpOnlyInA.isEmpty() && cpOnlyInB.isEmpty();
    }

    private static List<String> minus(Set<String> from, Set<String> other) {
        List<String> out = new ArrayList<>();
        for (String id : from) {
            if (!other.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<String> both(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String id : a) {
            if (b.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
