package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;

/** On the hand-made data set of {@link StoreFixtures}: VR17 = GM0001 + GM0002 with an outline, VR18 = GM0003 without. */
class AreaSelectionTest {
    private static final Dataset DATA = StoreFixtures.smallImport().dataset();
    private static final DemandLayer CELLS = DATA.demandLayer("cbs100").orElseThrow();

    @Test
    void aRegionHasItsMembersPointsAndTheUnassignedPointsInsideItsOutline() {
        List<DemandPoint> vr17 = AreaSelection.demandIn(DATA, CELLS, Optional.of("VR17"));
        // 18 member cells plus E0925N4395 (in no municipality, inside the outline); not E0800N4000 (outside every region)
        assertThat(vr17).hasSize(19);
        assertThat(vr17).extracting(DemandPoint::id).contains("E0925N4395").doesNotContain("E0800N4000");
        assertThat(vr17.stream().mapToDouble(DemandPoint::inhabitants).sum()).isEqualTo(248);
        // VR18 has no outline: its members only (none in this layer)
        assertThat(AreaSelection.demandIn(DATA, CELLS, Optional.of("VR18"))).isEmpty();
        assertThat(AreaSelection.demandIn(DATA, CELLS, Optional.empty())).hasSize(20);
        assertThatThrownBy(() -> AreaSelection.demandIn(DATA, CELLS, Optional.of("VR99")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VR99");
    }
}
