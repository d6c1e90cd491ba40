package nl.nsp.planner.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.optimise.CancellationToken;
import nl.nsp.planner.optimise.Model;
import nl.nsp.planner.optimise.OptimisationProblem;
import nl.nsp.planner.optimise.Optimiser;
import nl.nsp.planner.optimise.ProblemBuilder;
import nl.nsp.planner.optimise.ProgressListener;
import nl.nsp.planner.optimise.Solution;
import nl.nsp.planner.optimise.SolverOptions;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national run on the real data ({@code nsp.data.dir}) for two small regions, VR14 Gooi en Vechtstreek and VR25
 * Flevoland (PC4 demand), and VR17 Rotterdam-Rijnmond (CBS 100 m grid for 12 of its 13 municipalities). The pinned
 * optima were found independently by the exact MIP (SCIP through {@code Optimiser}, LSCP with a target) on an index
 * built here from the same points and sites; the national run's count must lie between its proven bound and the
 * heuristic's count.
 */
class NationalRealDataIT {
    private static Dataset data;
    private static NationalResult run;

    @BeforeAll
    static void load() {
        Path dir = Path.of(System.getProperty("nsp.data.dir", "../../shared/data/nl"));
        data = new DataDirectoryImporter().importDirectory(dir).dataset();
        run = NationalAnalysis.run(data, NationalOptions.defaults().withRegions(List.of("VR14", "VR25", "VR17")),
                ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void demandLayersPerRegion() {
        assertThat(run.region("VR14").demand().layerCounts()).isEqualTo(Map.of("pc4", 6));
        assertThat(run.region("VR17").demand().layerCounts()).isEqualTo(Map.of("cbs100", 12, "pc4", 1));
        assertThat(run.region("VR17").demand().layerByMunicipality().get("GM1924")).isEqualTo("pc4"); // Goeree-Overflakkee
        LayerCheck check = run.region("VR17").layerCheck();
        assertThat(check.municipalities()).isEqualTo(12);
        // the grid puts more people near a polling station than PC4 areas spread evenly over their surface
        assertThat(RegionResult.find(check.fine(), Norm.everyone(1000)).reachableShare())
                .isGreaterThan(RegionResult.find(check.base(), Norm.everyone(1000)).reachableShare());
        assertThat(run.region("VR14").layerCheck()).isNull();
    }

    /**
     * Exact optima (SCIP, proven, this data set): VR14 at 1,000 m: 27, 36, 50, 66 NSPs for 90, 95, 99, 100 % of the
     * 187,882 inhabitants (of 239,368) within 1,000 m of a polling station; VR25 at 1,000 m: 44, 55, 79, 113; VR14 at
     * 500 m: 53, 66, 89, 103.
     */
    @Test
    void countsAreBracketedByTheExactOptima() {
        check("VR14", 1000, new int[] {27, 36, 50, 66});
        check("VR25", 1000, new int[] {44, 55, 79, 113});
        check("VR14", 500, new int[] {53, 66, 89, 103});
        NormResult r = run.region("VR14").free(Norm.everyone(1000));
        assertThat(r.totalWeight()).isCloseTo(239_368.232, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.reachableWeight()).isCloseTo(187_882.151, org.assertj.core.data.Offset.offset(0.01));
        // the full covers are proven optimal by the set-cover bound
        assertThat(r.count(1.0).optimal()).isTrue();
        assertThat(run.region("VR25").free(Norm.everyone(1000)).count(1.0).sites()).isEqualTo(113);
    }

    private static void check(String region, double radius, int[] optima) {
        NormResult r = run.region(region).free(Norm.everyone(radius));
        for (int t = 0; t < optima.length; t++) {
            TargetCount c = r.counts().get(t);
            String where = region + " " + radius + " m target " + c.share();
            assertThat(c.lowerBound()).as(where).isLessThanOrEqualTo(optima[t]);
            assertThat(c.sites()).as(where).isGreaterThanOrEqualTo(optima[t]);
            assertThat(c.sites() - optima[t]).as(where + ": heuristic within 5 of the optimum").isLessThanOrEqualTo(5);
        }
    }

    /** The exact solver on an index built here from the region's demand and the sites near it reproduces one optimum. */
    @Test
    void theExactSolverAgreesOnVr14At1000Metres() {
        RegionDemand demand = RegionDemand.assemble(data, "cbs100", "pc4", 0.9, List.of("VR14")).get("VR14");
        List<DemandPoint> pts = demand.points();
        double[] dx = pts.stream().mapToDouble(DemandPoint::x).toArray();
        double[] dy = pts.stream().mapToDouble(DemandPoint::y).toArray();
        double[] w = pts.stream().mapToDouble(DemandPoint::inhabitants).toArray();
        double minX = Arrays.stream(dx).min().getAsDouble() - 1500;
        double maxX = Arrays.stream(dx).max().getAsDouble() + 1500;
        double minY = Arrays.stream(dy).min().getAsDouble() - 1500;
        double maxY = Arrays.stream(dy).max().getAsDouble() + 1500;
        List<CandidateSite> sites = data.candidates().stream()
                .filter(c -> minX <= c.x() && c.x() <= maxX && minY <= c.y() && c.y() <= maxY).toList();
        CoverageIndex idx = ProblemBuilder.euclideanIndex(dx, dy, sites.stream().mapToDouble(CandidateSite::x).toArray(),
                sites.stream().mapToDouble(CandidateSite::y).toArray(), 1000);
        NormResult r = run.region("VR14").free(Norm.everyone(1000));
        double share = r.count(0.95).targetWeight() / r.totalWeight();
        Solution exact = Optimiser.solve(OptimisationProblem.of(idx, w),
                SolverOptions.of(Model.LSCP, 0).withTarget(share).withExact(true).withTimeLimit(120));
        assertThat(exact.status()).isEqualTo("optimal");
        assertThat(exact.p()).isEqualTo(36);
    }

    @Test
    void cooperationAndUrbanityAreConsistent() {
        for (RegionResult rr : run.regions()) {
            for (Norm n : run.options().norms()) {
                TargetCount free = rr.free(n).count(0.95);
                TargetCount own = rr.ownMunicipality(n).count(0.95);
                if (own.reachable()) {
                    // every own-municipality plan is also a free plan for the same target
                    assertThat(own.sites()).as(rr.code() + " " + n.key()).isGreaterThanOrEqualTo(free.lowerBound());
                }
                int classSum = rr.byUrbanity().values().stream()
                        .mapToInt(l -> RegionResult.find(l, n).count(0.95).sites()).sum();
                assertThat(classSum).as(rr.code() + " " + n.key() + " classes").isGreaterThanOrEqualTo(free.lowerBound());
            }
            assertThat(rr.cps().count()).isGreaterThanOrEqualTo((int) Math.ceil(rr.headline().size() / 20.0));
        }
    }
}
