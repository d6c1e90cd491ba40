package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoordinationPointsTest {
    /*
     * NSPs 0..3; CP A reaches 0,1,2; CP B reaches 2,3; CP C reaches 3. Limit 2:
     * A alone cannot take 0,1,2 (limit 2), so A takes two of {0,1,2}, B takes the third and 3: 2 CPs.
     * Limit 3: A takes 0,1,2 and B or C takes 3: still 2 CPs (no CP reaches all four).
     */
    @Test
    void handWorkedPlans() {
        boolean[][] r = {{true, false, false}, {true, false, false}, {true, true, false}, {false, true, true}};
        for (boolean exact : new boolean[] {false, true}) {
            CoordinationPoints.Plan two = CoordinationPoints.solve(r, 2, exact);
            assertThat(two.feasible()).isTrue();
            assertThat(two.selected()).containsExactly(0, 1);
            assertThat(two.assignment()[3]).isEqualTo(1);
            assertThat(two.assignment()[2]).isEqualTo(1);
            assertThat(two.bound()).isEqualTo(2);
            CoordinationPoints.Plan one = CoordinationPoints.solve(r, 1, exact);
            assertThat(one.feasible()).isFalse(); // 0 and 1 both need A, which serves one NSP
        }
    }

    @Test
    void heuristicIsBracketedByBoundAndMatchesBruteForceFeasibility() {
        for (long seed = 1; seed <= 30; seed++) {
            Random rnd = new Random(seed);
            int n = 2 + rnd.nextInt(7);
            int m = 2 + rnd.nextInt(6);
            int limit = 1 + rnd.nextInt(3);
            boolean[][] r = new boolean[n][m];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < m; c++) {
                    r[i][c] = rnd.nextInt(3) == 0;
                }
            }
            int best = Integer.MAX_VALUE;
            for (int mask = 0; mask < (1 << m); mask++) {
                boolean[] open = new boolean[m];
                for (int c = 0; c < m; c++) {
                    open[c] = (mask >> c & 1) == 1;
                }
                if (CoordinationPoints.match(r, limit, open, new int[n]) == n) {
                    best = Math.min(best, Integer.bitCount(mask));
                }
            }
            CoordinationPoints.Plan h = CoordinationPoints.solve(r, limit, false);
            CoordinationPoints.Plan e = CoordinationPoints.solve(r, limit, true);
            assertThat(h.feasible()).as("seed %d", seed).isEqualTo(best != Integer.MAX_VALUE);
            if (best != Integer.MAX_VALUE) {
                assertThat(e.selected().length).as("exact seed %d", seed).isEqualTo(best);
                assertThat(h.selected().length).as("heuristic seed %d", seed).isGreaterThanOrEqualTo(best);
                assertThat(h.bound()).as("bound seed %d", seed).isLessThanOrEqualTo(best);
                for (int i = 0; i < n; i++) {
                    int c = h.assignment()[i];
                    assertThat(c).isGreaterThanOrEqualTo(0);
                    assertThat(r[i][c]).isTrue();
                }
            }
        }
    }
}
