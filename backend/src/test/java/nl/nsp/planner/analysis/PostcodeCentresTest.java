package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import org.junit.jupiter.api.Test;

class PostcodeCentresTest {
    private static DemandPoint point(String id, double x, double y, double inhabitants, String municipality, String unit) {
        return new DemandPoint(id, x, y, inhabitants, DemandPoint.UNKNOWN, municipality, unit);
    }

    /*
     * PC4 3011: (100, 0) w=30 in GM0001, (200, 0) w=10 in GM0002, (400, 300) w=0 in GM0002
     *   -> x = (30*100 + 10*200 + 0) / 40 = 125, y = (0 + 0 + 0) / 40 = 0; GM0001 holds 30 of 40 inhabitants.
     * PC4 3012: (0, 0) and (0, 100), no inhabitants -> plain mean (0, 50); one point each in "" and GM0003:
     *   the unassigned group loses, GM0003.
     * PC4 3013: GM0005 and GM0004 hold 5 each and one point each -> the lower code GM0004.
     */
    private static final DemandLayer PC4 = new DemandLayer("pc4", "test", List.of(
            point("a", 100, 0, 30, "GM0001", "PC4:3011"),
            point("b", 200, 0, 10, "GM0002", "PC4:3011"),
            point("c", 400, 300, 0, "GM0002", "PC4:3011"),
            point("d", 0, 0, 0, "", "PC4:3012"),
            point("e", 0, 100, 0, "GM0003", "PC4:3012"),
            point("f", 10, 10, 5, "GM0005", "PC4:3013"),
            point("g", 30, 10, 5, "GM0004", "PC4:3013"),
            point("grid", 5000, 5000, 99, "GM0001", "CBS100m:E0050N0050")));

    @Test
    void theCentreIsTheInhabitantWeightedMeanOfThePostcodesPoints() {
        PostcodeCentres c = PostcodeCentres.of(PC4);
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.centre("3011")).contains(new PostcodeCentres.Centre("3011", 125, 0, "GM0001", 40));
        assertThat(c.centre("3012")).contains(new PostcodeCentres.Centre("3012", 0, 50, "GM0003", 0));
        assertThat(c.centre("3013")).contains(new PostcodeCentres.Centre("3013", 20, 10, "GM0004", 10));
        assertThat(c.centre("9999")).isEmpty();
    }

    @Test
    void theFirstLayerWithPostcodesIsUsed() {
        DemandLayer grid = new DemandLayer("cbs100", "grid", List.of(point("x", 1, 1, 1, "GM0001", "CBS100m:x")));
        Dataset d = new Dataset(List.of(), List.of(), List.of(grid, PC4), List.of());
        assertThat(PostcodeCentres.of(d).size()).isEqualTo(3);
        assertThat(PostcodeCentres.of(new Dataset(List.of(), List.of(), List.of(grid), List.of())).size()).isZero();
    }
}
