package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.Test;

class SetCoverKernelTest {
    /** An LSCP instance from "site reaches point" pairs, every point weighing 1. */
    private static OptimisationProblem cover(int sites, int points, int[][] pointSites) {
        List<int[]> pairs = new ArrayList<>();
        for (int d = 0; d < points; d++) {
            for (int s : pointSites[d]) {
                pairs.add(new int[] {s, d});
            }
        }
        int[] site = pairs.stream().mapToInt(x -> x[0]).toArray();
        int[] demand = pairs.stream().mapToInt(x -> x[1]).toArray();
        MatrixDistance md = MatrixDistance.ofPairs(sites, points, site, demand, new double[site.length], "pairs");
        double[] w = new double[points];
        java.util.Arrays.fill(w, 1);
        return OptimisationProblem.of(CoverageIndex.build(md, 1), w);
    }

    private static RunControl run() {
        return new RunControl(SolverOptions.of(Model.LSCP, 0));
    }

    /*
     * Sites S0..S4 = 0..4 and points a..g = 0..6:  a{S0} b{S0,S1} c{S1,S2} d{S1,S2,S3} e{S3,S4} f{S3,S4} g{S2,S4}
     *   a is reached only by S0: S0 forced, a and b dropped;  d contains c's sites {S1,S2}: d dropped;
     *   S1 now reaches {c} only, a subset of S2 {c,g}: S1 dropped; likewise S3 {e,f} inside S4 {e,f,g};
     *   then c has only S2 and e only S4: both forced. Forced S0, S2, S4 cover a..g.
     * Two 5-cycles that no rule touches: T0..T4 = 5..9 with points h..l = 7..11 ({T0,T1}, {T1,T2}, ..., {T4,T0})
     * and U0..U4 = 10..14 with points 12..16: each needs 3 sites (an odd cycle), LP bound 2.5.
     * Optimum 3 + 3 + 3 = 9.
     */
    private static OptimisationProblem handWorked() {
        int[][] ps = new int[17][];
        ps[0] = new int[] {0};
        ps[1] = new int[] {0, 1};
        ps[2] = new int[] {1, 2};
        ps[3] = new int[] {1, 2, 3};
        ps[4] = new int[] {3, 4};
        ps[5] = new int[] {3, 4};
        ps[6] = new int[] {2, 4};
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 5; i++) {
                ps[7 + 5 * c + i] = new int[] {5 + 5 * c + i, 5 + 5 * c + (i + 1) % 5};
            }
        }
        return cover(15, 17, ps);
    }

    @Test
    void essentialSitesDominatedPointsAndSitesThenTwoCycles() {
        ReducedProblem q = InstanceReduction.reduce(handWorked(), Model.LSCP, true);
        assertThat(q.sites).isEqualTo(15); // nothing dominated on the full instance
        SetCoverKernel.Kernel k = SetCoverKernel.reduce(q, run());
        assertThat(q.originalSites(k.forced())).containsExactly(0, 2, 4);
        assertThat(k.components()).hasSize(2);
        assertThat(k.rowsLeft()).isEqualTo(10);
        for (int c = 0; c < 2; c++) {
            ReducedProblem part = k.components().get(c);
            assertThat(part.sites).isEqualTo(5);
            assertThat(part.demands).isEqualTo(5);
            int[] original = new int[5];
            for (int s = 0; s < 5; s++) {
                original[s] = q.siteOriginal[part.siteOriginal[s]];
            }
            assertThat(original).containsExactly(5 + 5 * c, 6 + 5 * c, 7 + 5 * c, 8 + 5 * c, 9 + 5 * c);
        }
    }

    @Test
    void heuristicProvesTheOptimumOfNineAndExactAgrees() {
        for (boolean exact : new boolean[] {false, true}) {
            Solution s = Optimiser.solve(handWorked(), SolverOptions.of(Model.LSCP, 0).withExact(exact));
            assertThat(s.objective()).as("exact=" + exact).isEqualTo(9);
            assertThat(s.bound()).isEqualTo(9);
            assertThat(s.status()).isEqualTo("optimal");
            if (!exact) {
                assertThat(s.selected()).contains(0, 2, 4); // the forced sites ({S0, S2, S3} is optimal too)
            }
        }
    }

    /**
     * Random instances: forced sites plus the optimum of every component (brute force) equals the optimum of the
     * whole (brute force), and forced sites plus any cover of every component cover every reachable point.
     */
    @Test
    void kernelKeepsTheOptimumAndItsCoversCoverEverything() {
        Random r = new Random(17);
        int checked = 0;
        for (int round = 0; round < 200; round++) {
            int m = 2 + r.nextInt(11);
            int n = 1 + r.nextInt(25);
            int[][] ps = new int[n][];
            for (int d = 0; d < n; d++) {
                int deg = r.nextInt(4); // 0 = unreachable point
                ps[d] = r.ints(deg, 0, m).distinct().toArray();
            }
            OptimisationProblem problem = cover(m, n, ps);
            boolean reduce = r.nextBoolean();
            ReducedProblem q = InstanceReduction.reduce(problem, Model.LSCP, reduce);
            SetCoverKernel.Kernel k = SetCoverKernel.reduce(q, run());
            double optimum = BruteForce.optimum(problem, Model.LSCP, 0, Double.NaN, 1);
            boolean[] chosen = new boolean[q.sites];
            int total = k.forced().length;
            for (int s : k.forced()) {
                chosen[s] = true;
            }
            for (ReducedProblem part : k.components()) {
                int[] best = smallestCover(part);
                total += best.length;
                for (int s : best) {
                    chosen[part.siteOriginal[s]] = true;
                }
            }
            assertThat((double) total).as("round " + round).isEqualTo(optimum);
            for (int d = 0; d < q.demands; d++) {
                boolean covered = false;
                for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                    covered |= chosen[q.demandSite[t]];
                }
                assertThat(covered).as("round " + round + " point " + d).isTrue();
            }
            checked++;
        }
        assertThat(checked).isEqualTo(200);
    }

    private static int[] smallestCover(ReducedProblem part) {
        int[] best = null;
        for (int mask = 0; mask < (1 << part.sites); mask++) {
            if (best != null && Integer.bitCount(mask) >= best.length) {
                continue;
            }
            boolean all = true;
            for (int d = 0; d < part.demands && all; d++) {
                boolean c = false;
                for (int t = part.demandStart[d]; t < part.demandStart[d + 1]; t++) {
                    c |= (mask >> part.demandSite[t] & 1) == 1;
                }
                all = c;
            }
            if (all) {
                int chosenMask = mask;
                best = java.util.stream.IntStream.range(0, part.sites).filter(s -> (chosenMask >> s & 1) == 1).toArray();
            }
        }
        return best;
    }
}
