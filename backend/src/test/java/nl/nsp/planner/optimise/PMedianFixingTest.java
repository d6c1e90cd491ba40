package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.Test;

class PMedianFixingTest {
    private static RunControl run() {
        return new RunControl(SolverOptions.of(Model.PMEDIAN, 1));
    }

    private static OptimisationProblem random(Random r, int n, int m) {
        RandomPlane plane = RandomPlane.draw(r, n, m, 1000, x -> 1 + x.nextInt(9));
        double[] w = plane.w();
        return OptimisationProblem.of(CoverageIndex.build(plane.distance(100),
                Double.POSITIVE_INFINITY), w);
    }

    /**
     * Brute force over every site set: each one costing at most the known solution keeps its sites open, its
     * fixed-open sites included, and its nearest-site assignments, so fixing never cuts off a solution at least as
     * good as the known one.
     */
    @Test
    void noSolutionAsGoodAsTheKnownOneIsCutOff() {
        Random r = new Random(43);
        int restricted = 0;
        for (int round = 0; round < 150; round++) {
            int m = 4 + r.nextInt(8);
            int p = 1 + r.nextInt(Math.min(4, m - 1));
            ReducedProblem q = InstanceReduction.reduce(random(r, 8 + r.nextInt(25), m), Model.PMEDIAN, true);
            Selection sel = new Selection(q, p);
            GreedyPMedian.extend(q, sel, run());
            Assignment a = new Assignment(q);
            double cost = a.assign(sel.chosen); // greedy only: a weak known solution leaves more to check
            double[] lambda = new double[q.demands];
            LagrangianPMedian.bound(q, p, a, cost, cost, 300, null, lambda, run());
            PMedianFixing.Restriction fix = PMedianFixing.compute(q, p, lambda, cost);
            restricted += fix.keptPairs() < q.pairs() ? 1 : 0;
            Assignment probe = new Assignment(q);
            for (int mask = 1; mask < (1 << m); mask++) {
                if (Integer.bitCount(mask) > p) {
                    continue;
                }
                boolean[] chosen = new boolean[m];
                for (int s = 0; s < m; s++) {
                    chosen[s] = (mask >> s & 1) == 1;
                }
                double c = probe.assign(chosen);
                if (c > cost + 1e-9 * cost) {
                    continue;
                }
                String where = "round " + round + " set " + Integer.toBinaryString(mask) + " cost " + c + " <= " + cost;
                for (int s = 0; s < m; s++) {
                    assertThat(chosen[s] && fix.siteOff()[s]).as(where + ": site " + s + " closed").isFalse();
                    assertThat(!chosen[s] && fix.siteOn()[s] && Integer.bitCount(mask) == p)
                            .as(where + ": site " + s + " fixed open").isFalse();
                }
                for (int d = 0; d < q.demands; d++) {
                    for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                        if (q.demandSite[k] == probe.near[d]) {
                            assertThat(fix.keepPair()[k]).as(where + ": point " + d + " to " + probe.near[d]).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(restricted).as("instances where fixing removed something").isGreaterThan(100);
    }

    /** A random connected graph in OR-Library form (shortest-path distances, weight 1): LP gaps are common. */
    private static OptimisationProblem graph(Random r, int n, java.nio.file.Path dir) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        int edges = 3 * n;
        sb.append(n).append(' ').append(edges).append(" 1\n");
        for (int i = 1; i < n; i++) {
            sb.append(i).append(' ').append(i + 1).append(' ').append(1 + r.nextInt(100)).append('\n');
        }
        for (int e = n - 1; e < edges; e++) {
            sb.append(1 + r.nextInt(n)).append(' ').append(1 + r.nextInt(n)).append(' ').append(1 + r.nextInt(100)).append('\n');
        }
        java.nio.file.Path f = dir.resolve("g" + n + ".txt");
        java.nio.file.Files.writeString(f, sb);
        nl.nsp.planner.ingest.OrLibraryReader.OrLibraryInstance in = nl.nsp.planner.ingest.OrLibraryReader.read(f);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return OptimisationProblem.of(CoverageIndex.build(MatrixDistance.ofDense(in.distance(), n, "orlib"),
                Double.POSITIVE_INFINITY), w);
    }

    @Test
    void exactWithFixingMatchesThePlainMip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Random r = new Random(47);
        int mipAfterFixing = 0;
        for (int round = 0; round < 60 && mipAfterFixing < 5; round++) {
            OptimisationProblem problem = graph(r, 30 + r.nextInt(50), dir);
            int p = 3 + r.nextInt(8);
            SolverOptions o = SolverOptions.of(Model.PMEDIAN, p).withExact(true).withTimeLimit(60);
            java.util.Set<String> phases = new java.util.HashSet<>();
            Solution fixed = Optimiser.solve(problem, o.withListener((phase, f, ob, b) -> phases.add(phase)));
            assertThat(fixed.status()).as("round " + round).isEqualTo("optimal");
            assertThat(fixed.bound()).isEqualTo(fixed.objective());
            if (!phases.contains("fixing")) {
                continue; // proven optimal by the Lagrangian bound before any MIP
            }
            mipAfterFixing++;
            Solution plain = Optimiser.solve(problem, o.withReduce(false));
            assertThat(plain.status()).isEqualTo("optimal");
            assertThat(fixed.objective()).as("round " + round).isEqualTo(plain.objective());
        }
        assertThat(mipAfterFixing).as("rounds solved by the MIP after fixing").isEqualTo(5);
    }
}
