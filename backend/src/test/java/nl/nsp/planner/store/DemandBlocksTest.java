package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.nsp.planner.domain.DemandPoint;
import org.junit.jupiter.api.Test;

class DemandBlocksTest {
    @Test
    void groupsByMunicipalityAndFiveKilometreTileAndUnpacksExactly() {
        //   tile (18, 87): a, c (GM0001)    tile (19, 87): b (GM0001)    tile (18, 87): d (GM0002)
        List<DemandPoint> points = List.of(
                new DemandPoint("a", 90050, 437550, 10, DemandPoint.UNKNOWN, "GM0001", "u-a"),
                new DemandPoint("b", 95050, 437550, 12.5, 3, "GM0001", "u-b"),
                new DemandPoint("c", 94950, 439950, 0, 0, "GM0001", "ü-c"),
                new DemandPoint("d", 91000, 438000, 7, 7, "GM0002", "u-d"));
        List<DemandBlocks.Block> blocks = DemandBlocks.pack(points);
        assertThat(blocks).extracting(DemandBlocks.Block::municipalityCode).containsExactly("GM0001", "GM0001", "GM0002");
        assertThat(blocks).extracting(DemandBlocks.Block::points).containsExactly(2, 1, 1);
        assertThat(blocks.get(0).envelope().getMinX()).isEqualTo(90050);
        assertThat(blocks.get(0).envelope().getMaxY()).isEqualTo(439950);

        List<DemandBlocks.Indexed> all = new ArrayList<>();
        for (DemandBlocks.Block b : blocks) {
            DemandBlocks.unpack(b.data(), b.municipalityCode(), DemandBlocks.PointFilter.ALL, all);
        }
        all.sort(java.util.Comparator.comparingInt(DemandBlocks.Indexed::seq));
        assertThat(all).extracting(DemandBlocks.Indexed::point).containsExactlyElementsOf(points);

        List<DemandBlocks.Indexed> west = new ArrayList<>();
        DemandBlocks.unpack(blocks.get(0).data(), "GM0001", (x, y) -> x < 92000, west);
        assertThat(west).extracting(DemandBlocks.Indexed::seq).containsExactly(0);
    }
}
