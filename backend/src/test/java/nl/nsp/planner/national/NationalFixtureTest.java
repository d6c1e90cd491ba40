package nl.nsp.planner.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nsp.planner.domain.CostItem;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.RealisedProgress;
import nl.nsp.planner.ingest.CostTableReader;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.national.report.NationalReport;
import nl.nsp.planner.national.report.ReportAssembler;
import nl.nsp.planner.national.report.ReportRequest;
import nl.nsp.planner.national.report.ReportWriter;
import nl.nsp.planner.optimise.CancellationToken;
import nl.nsp.planner.optimise.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national run on the hand-made fixture {@code data/fixtures/national} (see its README for the layout), every
 * number worked out by hand.
 *
 * <pre>
 * VR01 Testregio Noord: a1 1,000 (65+ 200) in Aastad (urbanity 1); b1 1,000 (300) and b2 200 (100) in Bedorp (5).
 *   X (Aastad) reaches a1 and b1 at 500 m; Y (Aastad) a1 at 300, b1 at 1,300; Z (Bedorp) b1 at 300, a1 at 1,300;
 *   S3 (Bedorp) b2 at 200. So at 500 and 1,000 m: X {a1, b1}, Y {a1}, Z {b1}, S3 {b2}; at 1,500 m Y and Z reach both.
 *   Total 2,200, all reachable. Targets (share of the reachable): 90 % = 1,980, 95 % = 2,090, 99 % = 2,178, 100 % = 2,200.
 *   Free: X alone covers 2,000 >= 1,980, so 90 % needs 1 site; 95/99/100 % need X + S3 = 2,200 (no single site covers
 *   more than 2,000): 2. Every count is proven (one site < target, or the count is 1).
 *   Own municipality: b1 (Bedorp) may only use Z, a1 only X or Y: 90 % needs 2 (one site covers at most 1,000 <
 *   1,980; X + Z = 2,000); 95/99/100 % need X-or-Y + Z + S3 = 3. Gain of cooperation at 95 %: 1 NSP.
 *   65+ within 500 m: 600 in total, 90 % = 540 > X's 500: X + S3 = 600, so 2 for every target (free); own: 3.
 *   Urbanity 1 (a1 alone): 1 site for every target; urbanity 5 (b1 + b2 = 1,200, 90 % = 1,080 > 1,000): 2.
 * VR02 Testregio Zuid: c1 800 (65+ 100) in Ceeveen (urbanity 3); only S4 reaches it (500 m): 1 site everywhere.
 * National at 1,000 m / 95 %: 2 + 1 = 3 NSPs, bound 3. Rule of thumb: ceil(2,200 / 5,000) + ceil(800 / 5,000) = 2.
 * CPs (headline plans, 5 km, max 20): VR01 {X, S3} 3.5 km apart: 1 CP; VR02 {S4}: 1 CP.
 * </pre>
 */
class NationalFixtureTest {
    static final Path FIXTURE = Path.of("../data/fixtures/national");
    private static Dataset data;
    private static NationalResult run;

    @BeforeAll
    static void runOnce() {
        data = new DataDirectoryImporter().importDirectory(FIXTURE).dataset();
        run = NationalAnalysis.run(data, NationalOptions.defaults().withParts(true, true, 2), ProgressListener.NONE,
                new CancellationToken());
    }

    private static List<Integer> counts(NormResult r) {
        return r.counts().stream().map(TargetCount::sites).toList();
    }

    private static List<Integer> bounds(NormResult r) {
        return r.counts().stream().map(TargetCount::lowerBound).toList();
    }

    @Test
    void countsPerRegionNormAndVariant() {
        RegionResult noord = run.region("VR01");
        assertThat(noord.name()).isEqualTo("Testregio Noord");
        assertThat(noord.inhabitants()).isEqualTo(2200);
        for (Norm n : List.of(Norm.everyone(500), Norm.everyone(1000), Norm.everyone(1500))) {
            assertThat(counts(noord.free(n))).as(n.key()).containsExactly(1, 2, 2, 2);
            assertThat(bounds(noord.free(n))).as(n.key()).containsExactly(1, 2, 2, 2);
            assertThat(noord.free(n).reachableWeight()).isEqualTo(2200);
            assertThat(noord.free(n).count(0.95).targetWeight()).isEqualTo(2090);
            assertThat(counts(noord.ownMunicipality(n))).as("own " + n.key()).containsExactly(2, 3, 3, 3);
        }
        assertThat(counts(noord.free(Norm.elderly(500)))).containsExactly(2, 2, 2, 2);
        assertThat(noord.free(Norm.elderly(500)).totalWeight()).isEqualTo(600);
        assertThat(counts(noord.ownMunicipality(Norm.elderly(500)))).containsExactly(3, 3, 3, 3);
        assertThat(counts(RegionResult.find(noord.byUrbanity().get(1), Norm.everyone(1000)))).containsExactly(1, 1, 1, 1);
        assertThat(counts(RegionResult.find(noord.byUrbanity().get(5), Norm.everyone(1000)))).containsExactly(2, 2, 2, 2);
        assertThat(noord.headline()).extracting(s -> s.id()).containsExactlyInAnyOrder("X", "S3");
        assertThat(noord.cps().count()).isEqualTo(1);
        assertThat(noord.layerCheck()).isNull();

        RegionResult zuid = run.region("VR02");
        for (Norm n : NationalOptions.defaults().norms()) {
            assertThat(counts(zuid.free(n))).as(n.key()).containsExactly(1, 1, 1, 1);
        }
        assertThat(zuid.headline()).extracting(s -> s.id()).containsExactly("S4");
        assertThat(zuid.cps().count()).isEqualTo(1);
    }

    @Test
    void nationalTotalsAndCurves() {
        NationalResult.Total t = run.total(Norm.everyone(1000), 0.95);
        assertThat(t.sites()).isEqualTo(3);
        assertThat(t.lowerBound()).isEqualTo(3);
        assertThat(t.totalWeight()).isEqualTo(3000);
        assertThat(run.ownMunicipalityTotal(Norm.everyone(1000), 0.95).sites()).isEqualTo(4);
        assertThat(run.ruleOfThumb()).isEqualTo(2);
        assertThat(run.cpTotal()).isEqualTo(2);
        // class totals: urbanity 1 (a1) 1, 3 (c1) 1, 5 (b1 + b2) 2
        assertThat(run.urbanityTotal(1, Norm.everyone(1000), 0.95).sites()).isEqualTo(1);
        assertThat(run.urbanityTotal(3, Norm.everyone(1000), 0.95).sites()).isEqualTo(1);
        assertThat(run.urbanityTotal(5, Norm.everyone(1000), 0.95).sites()).isEqualTo(2);
        // greedy curves: VR01 X (2,000) then S3 (+200); VR02 S4 (800). Merged by gain: 2,000, 2,800, 3,000.
        assertThat(run.region("VR01").free(Norm.everyone(1000)).curve()).containsExactly(2000, 2200);
        assertThat(run.nationalCurve(Norm.everyone(1000))).containsExactly(2000, 2800, 3000);
    }

    /*
     * Costs with the default table: NSP 4,000 + 2,500 + 1,500 + 500 = 8,500 one-off, 1,000 + 750 = 1,750 yearly;
     * CP 15,000 + 10,000 + 3,000 + 500 = 28,500 one-off, 3,000 + 2,000 = 5,000 yearly.
     * VR01: 2 NSPs + 1 CP: one-off 2 x 8,500 + 28,500 = 45,500; yearly 2 x 1,750 + 5,000 = 8,500.
     * VR02: 1 + 1: 37,000 and 6,750. Rollout 2026 and 2027: VR01 2026 = 45,500 / 2 = 22,750;
     * 2027 = 22,750 + 8,500 / 2 = 27,000; 2028 on 8,500.
     * Budgets: 2 regions in the data set, so 2025 = 4.5 M / 2 = 2.25 M each (equal split);
     * 2027 by inhabitants: VR01 2,200 / 3,000 x 35 M = 25,666,666.67; by NSPs: 2 / 3 x 35 M.
     * Cooperation: VR01 own municipality needs 3 instead of 2: +1 NSP = +8,500 one-off.
     */
    @Test
    void costsAndBudgets() {
        CostModel.CostResult c = CostModel.compute(run, CostTableReader.readDefault(), BudgetSchedule.administrativeAgreement(),
                CostOptions.defaults(), RegionFacts.of(data));
        assertThat(c.nspOneOffEur()).isEqualTo(8500);
        assertThat(c.nspYearlyEur()).isEqualTo(1750);
        assertThat(c.cpOneOffEur()).isEqualTo(28500);
        assertThat(c.cpYearlyEur()).isEqualTo(5000);
        CostModel.RegionCost noord = c.regions().get(0);
        assertThat(noord.oneOffEur()).isEqualTo(45500);
        assertThat(noord.yearlyEur()).isEqualTo(8500);
        assertThat(noord.costByYear()).containsExactly(0, 22750, 27000, 8500, 8500, 8500);
        assertThat(noord.allocationByYear().get(DistributionKey.EQUAL)[0]).isEqualTo(2.25e6);
        assertThat(noord.allocationByYear().get(DistributionKey.INHABITANTS)[0]).isEqualTo(2.25e6);
        assertThat(noord.allocationByYear().get(DistributionKey.INHABITANTS)[2]).isCloseTo(35e6 * 2200 / 3000,
                org.assertj.core.data.Offset.offset(1e-3));
        assertThat(noord.allocationByYear().get(DistributionKey.NSPS_NEEDED)[5]).isCloseTo(37e6 * 2 / 3,
                org.assertj.core.data.Offset.offset(1e-3));
        assertThat(noord.cooperationExtraNsps()).isEqualTo(1);
        assertThat(c.regions().get(1).oneOffEur()).isEqualTo(37000);
        assertThat(c.oneOffTotal()).isEqualTo(82500);
        assertThat(c.yearlyTotal()).isEqualTo(15250);
        assertThat(c.nspKeyAvailable()).isTrue();
        assertThat(c.assumptionsOnly()).isTrue();
    }

    /*
     * Accountability through 2026 (equal split): VR01 allocated 2.25 M + 5 M = 7.25 M; planned cost 0 + 22,750.
     * Realised: VR01 2026 1 NSP, 0 CPs, 10,000 spent: balance 7,240,000.
     */
    @Test
    void accountabilitySheet() {
        CostModel.CostResult c = CostModel.compute(run, CostTableReader.readDefault(), BudgetSchedule.administrativeAgreement(),
                CostOptions.defaults(), RegionFacts.of(data));
        AccountabilitySheet a = AccountabilitySheet.compute(c, List.of(new RealisedProgress("VR01", 2026, 1, 0, 10_000)),
                DistributionKey.EQUAL, null);
        assertThat(a.throughYear()).isEqualTo(2026);
        AccountabilitySheet.Row noord = a.rows().get(0);
        assertThat(noord.nspPlanned()).isEqualTo(2);
        assertThat(noord.nspRealised()).isEqualTo(1);
        assertThat(noord.allocatedEur()).isEqualTo(7.25e6);
        assertThat(noord.plannedCostEur()).isEqualTo(22750);
        assertThat(noord.balanceEur()).isEqualTo(7.24e6);
        assertThat(a.rows().get(1).spentEur()).isNull();
        assertThatThrownBy(() -> AccountabilitySheet.compute(c, List.of(new RealisedProgress("VR03", 2026, 1, 0, 0)),
                DistributionKey.EQUAL, null)).hasMessageContaining("VR03");
    }

    /*
     * Aastad (GM0001) without power: X and Y fall out. VR01's plan {X, S3} keeps S3. At 1,000 m a1 (1,000, 65+ 200) and
     * b1 (1,000, 65+ 300) lose their NSP (Z is not in the plan): 2,000 inhabitants, 500 aged 65+. In the area: a1,
     * covered before, not after. Repair: the 95 % target (2,090) cannot be met any more: without Aastad's sites only
     * b1 (Z) and b2 (S3) are reachable, 1,200; the repair keeps S3 and adds Z: 2 NSPs, proven.
     * VR02 is untouched (no site of its plan and none of its inhabitants in Aastad).
     */
    @Test
    void outageOfAMunicipality() {
        OutageResult out = OutageAnalysis.run(data, run, new OutageScenario("Aastad zonder stroom", null, Set.of("GM0001"),
                Set.of()), new CancellationToken());
        assertThat(out.regions()).hasSize(1);
        OutageResult.RegionOutage r = out.regions().get(0);
        assertThat(r.code()).isEqualTo("VR01");
        assertThat(r.failedSiteIds()).containsExactly("X");
        assertThat(r.lostInhabitants()).isEqualTo(2000);
        assertThat(r.lost65()).isEqualTo(500);
        assertThat(r.areaInhabitants()).isEqualTo(1000);
        assertThat(r.areaCoveredBefore()).isEqualTo(1000);
        assertThat(r.areaCoveredAfter()).isEqualTo(0);
        assertThat(r.targetReachable()).isFalse();
        assertThat(r.repairTarget()).isEqualTo(1200);
        assertThat(r.repaired()).isEqualTo(2);
        assertThat(r.repairedLowerBound()).isEqualTo(2);
        assertThat(r.addedSiteIds()).containsExactly("Z");
    }

    /*
     * A polygon over Bedorp's east (x 155,000-156,000) takes out S3 only: b2 (200, 65+ 100) loses its NSP. The target
     * 2,090 is still reachable without S3? Reachable without S3: a1 + b1 = 2,000 < 2,090: no, so the repair covers
     * 2,000 with X alone: 1 NSP, nothing added. Unavailable site Y on its own changes nothing (not in the plan).
     */
    @Test
    void outageOfAPolygonAndOfASite() {
        var area = nl.nsp.planner.ingest.OutageAreaReader.parse(
                "POLYGON ((155000 460000, 156000 460000, 156000 462000, 155000 462000, 155000 460000))", "test");
        OutageResult out = OutageAnalysis.run(data, run, new OutageScenario("oost", area, Set.of(), Set.of()),
                new CancellationToken());
        OutageResult.RegionOutage r = out.regions().get(0);
        assertThat(r.failedSiteIds()).containsExactly("S3");
        assertThat(r.lostInhabitants()).isEqualTo(200);
        assertThat(r.lost65()).isEqualTo(100);
        assertThat(r.targetReachable()).isFalse();
        assertThat(r.repaired()).isEqualTo(1);
        assertThat(r.addedSiteIds()).isEmpty();
        OutageResult y = OutageAnalysis.run(data, run, new OutageScenario("Y", null, Set.of(), Set.of("Y")),
                new CancellationToken());
        assertThat(y.regions()).isEmpty();
        assertThatThrownBy(() -> OutageAnalysis.run(data, run, new OutageScenario("?", null, Set.of(), Set.of("nope")),
                new CancellationToken())).hasMessageContaining("nope");
    }

    /** The report shows the engine's numbers: the HTML headline figures and the CSV rows. */
    @Test
    void reportShowsTheEngineNumbers() {
        List<CostItem> items = CostTableReader.readDefault();
        ReportRequest request = new ReportRequest(NationalOptions.defaults().withParts(true, true, 1), items,
                CostOptions.defaults(), BudgetSchedule.administrativeAgreement(), DistributionKey.EQUAL, null, List.of(),
                new OutageScenario("Aastad zonder stroom", null, Set.of("GM0001"), Set.of()), List.of(), "test", Double.NaN);
        NationalReport report = ReportAssembler.assemble(data, request, ProgressListener.NONE, new CancellationToken());
        Map<String, byte[]> files = ReportWriter.render(report);
        assertThat(files.keySet()).startsWith("rapport.html").contains("aantallen_per_regio.csv", "uitval.csv",
                "kosten_per_regio.csv", "verantwoording.csv");
        String html = new String(files.get("rapport.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"headline-nsps\" data-value=\"3\"", "id=\"rule-of-thumb\" data-value=\"2\"",
                "id=\"cp-total\" data-value=\"2\"", "id=\"one-off-total\" data-value=\"82500\"",
                "id=\"yearly-total\" data-value=\"15250\"");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http").doesNotContain("href=\"http");
        String counts = new String(files.get("aantallen_per_regio.csv"), StandardCharsets.UTF_8);
        assertThat(counts).startsWith("\uFEFFregion;name;variant;norm;");
        assertThat(counts).contains("VR01;Testregio Noord;vrij;r1000;1000;nee;0,95;2090;2200;2200;1;2;2;ja;2200;2200;1100;1");
        assertThat(counts).contains("VR01;Testregio Noord;eigen_gemeente;r1000;1000;nee;0,95;2090;2200;2200;1;3;3;ja;2200;2200;733;1");
        String costs = new String(files.get("kosten_per_regio.csv"), StandardCharsets.UTF_8);
        assertThat(costs).contains("VR01;Testregio Noord;2;1;45500;8500;3;1;8500;1750");
        String outage = new String(files.get("uitval.csv"), StandardCharsets.UTF_8);
        assertThat(outage).contains("VR01;Testregio Noord;2;1;2000;500;1000;1000;0;2090;nee;1200;2;2;1;Z;X");
    }
}
