package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.nsp.planner.domain.DemandPoint;
import org.junit.jupiter.api.Test;

class GridCellSizeTest {
    private static DemandPoint at(double x, double y) {
        return new DemandPoint(x + "," + y, x, y, 1, DemandPoint.UNKNOWN, "", "test");
    }

    @Test
    void centresOf100mCells() {
        // E0974N4514 -> centre (97450, 451450); E0973N4513 -> (97350, 451350)
        assertThat(GridCellSize.of(List.of(at(97450, 451450), at(97350, 451350)))).isEqualTo(100);
    }

    @Test
    void centresOf500mCellsAreNot100mCellsToo() {
        // 500 m cells have corners on multiples of 500: centres at ...250 / ...750
        assertThat(GridCellSize.of(List.of(at(97250, 451750), at(97750, 451250)))).isEqualTo(500);
    }

    @Test
    void anyOffGridPointMeansNoGrid() {
        assertThat(GridCellSize.of(List.of(at(97450, 451450), at(97451, 451450)))).isZero();
        assertThat(GridCellSize.of(List.of())).isZero();
    }
}
