package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.nsp.planner.reach.Norms;
import org.junit.jupiter.api.Test;

class PlanDifferenceTest {
    private static Plan plan(List<String> nsp, List<String> cp) {
        return new Plan("VR17", "cbs100", Norms.defaults(), nsp, cp, List.of(), List.of(), List.of());
    }

    @Test
    void sitesOnlyInOnePlanAndInBothKeepTheirPlansOrder() {
        PlanDifference d = PlanDifference.between(plan(List.of("c", "a", "b"), List.of("x")), plan(List.of("b", "d", "c"), List.of("x", "y")));
        assertThat(d.nspOnlyInA()).containsExactly("a");
        assertThat(d.nspOnlyInB()).containsExactly("d");
        assertThat(d.nspInBoth()).containsExactly("c", "b");
        assertThat(d.cpOnlyInA()).isEmpty();
        assertThat(d.cpOnlyInB()).containsExactly("y");
        assertThat(d.cpInBoth()).containsExactly("x");
        assertThat(d.sameSites()).isFalse();
        assertThat(PlanDifference.between(plan(List.of("a", "b"), List.of()), plan(List.of("b", "a"), List.of())).sameSites()).isTrue();
    }
}
