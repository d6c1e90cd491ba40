package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.nsp.planner.ingest.CsvSource;
import nl.nsp.planner.ingest.PointColumns;
import nl.nsp.planner.ingest.PointCsvReader;
import nl.nsp.planner.reach.AreaLevel;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.EuclideanDistance;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.reach.SiteTable;
import org.junit.jupiter.api.Test;

/**
 * The real CBS 100 m grid of Rotterdam-Rijnmond (2024) with the polling stations of TK2023 as sites.
 *
 * <p>"Polling stations in the area" = every station with RD coordinates inside the bounding box of the grid's
 * cell centres widened by 1 km (970 stations). A station farther than 1 km outside that box is more than
 * 1 km from every cell, so this set gives the same coverage as all 9,099 located stations in the country.
 * The expected figures come from the independent double loop below (plain CSV parsing, no index, no grid)
 * and were cross-checked once with a separate Python script: 1,292,640 of 1,299,500 inhabitants within
 * 1,000 m; 213,740 people 65+ within 500 m among cells with a published 65+ count; 181,390 inhabitants in
 * cells with a suppressed 65+ count, 153,910 of them within 500 m.
 */
class RijnmondCoverageIT {
    private static final Path DATA = Path.of(System.getProperty("nsp.data.dir", "../../shared/data/nl"));

    record Cell(double x, double y, double w, double w65) {
    }

    @Test
    void pollingStationCoverageEqualsAnIndependentDoubleLoopToThePerson() {
        // independent read of the grid
        List<Cell> cells = new ArrayList<>();
        CsvSource grid = CsvSource.open(DATA.resolve("cbs_vk100_2024_rijnmond.csv"));
        grid.forEachRow(row -> {
            String w = row.get("aantal_inwoners");
            if (!w.isEmpty()) {
                String w65 = row.get("aantal_inwoners_65_jaar_en_ouder");
                cells.add(new Cell(Double.parseDouble(row.get("x_rd_centre")), Double.parseDouble(row.get("y_rd_centre")),
                        Double.parseDouble(w), w65.isEmpty() ? Double.NaN : Double.parseDouble(w65)));
            }
        });
        double minX = cells.stream().mapToDouble(Cell::x).min().orElseThrow() - 1000;
        double maxX = cells.stream().mapToDouble(Cell::x).max().orElseThrow() + 1000;
        double minY = cells.stream().mapToDouble(Cell::y).min().orElseThrow() - 1000;
        double maxY = cells.stream().mapToDouble(Cell::y).max().orElseThrow() + 1000;
        List<double[]> stations = new ArrayList<>();
        CsvSource.open(DATA.resolve("stemlokalen_tk2023.csv")).forEachRow(row -> {
            if (!row.get("X").isEmpty() && !row.get("Y").isEmpty()) {
                double x = Double.parseDouble(row.get("X"));
                double y = Double.parseDouble(row.get("Y"));
                if (minX <= x && x <= maxX && minY <= y && y <= maxY) {
                    stations.add(new double[] {x, y});
                }
            }
        });
        assertThat(cells).hasSize(16_383);
        assertThat(stations).hasSize(970);

        // the implementation, fed through the generic point reader
        PointCsvReader.Result demand = PointCsvReader.read(DATA.resolve("cbs_vk100_2024_rijnmond.csv"),
                new PointColumns("crs28992res100m", "x_rd_centre", "y_rd_centre", Optional.of("aantal_inwoners"),
                        Optional.of("aantal_inwoners_65_jaar_en_ouder")));
        PointCsvReader.Result all = PointCsvReader.read(DATA.resolve("stemlokalen_tk2023.csv"),
                new PointColumns("id", "X", "Y", Optional.empty(), Optional.empty()));
        var inArea = all.sites().stream().filter(s -> minX <= s.x() && s.x() <= maxX && minY <= s.y() && s.y() <= maxY).toList();
        SiteTable sites = SiteTable.of(inArea);
        DemandTable table = DemandTable.of(demand.demandPoints());
        Norms norms = Norms.defaults();
        CoverageIndex index = CoverageIndex.build(new EuclideanDistance(table.xs(), table.ys(), sites.xs(), sites.ys(), 1000),
                norms.maxRadiusMetres());
        CoverageState state = new CoverageState(index, table, norms);
        state.openAll(java.util.stream.IntStream.range(0, sites.size()).toArray());

        double[] expected = bruteForce(cells, stations, new boolean[stations.size()]);
        assertThat(expected).containsExactly(1_299_500, 1_292_640, 213_740, 181_390, 153_910);
        CoverageReport report = CoverageEvaluator.evaluate(state, sites, EvaluationOptions.euclidean());
        assertThat(report.totalWeight()).isEqualTo(expected[0]);
        assertThat(report.coveredWeight()).isEqualTo(expected[1]);
        assertThat(report.total().covered65()).isEqualTo(expected[2]);
        assertThat(report.total().inhabitantsUnknown65()).isEqualTo(expected[3]);
        assertThat(report.total().coveredInhabitantsUnknown65()).isEqualTo(expected[4]);
        assertThat(report.nspLoads().stream().mapToDouble(NspLoad::nearestInhabitants).sum()).isEqualTo(1_299_500);
        assertThat(report.uncovered().inhabitants()).isEqualTo(1_299_500 - 1_292_640);

        // close a random third of the stations one by one, then reopen some: still equal to the double loop
        Random r = new Random(42);
        boolean[] closed = new boolean[stations.size()];
        for (int t = 0; t < 400; t++) {
            int s = r.nextInt(stations.size());
            closed[s] = !closed[s];
            state.toggle(s);
        }
        double[] after = bruteForce(cells, stations, closed);
        assertThat(DemandTable.toPersons(state.coveredUnits(AreaLevel.TOTAL, 0))).isEqualTo(after[1]);
        assertThat(DemandTable.toPersons(state.covered65Units(AreaLevel.TOTAL, 0))).isEqualTo(after[2]);
        assertThat(DemandTable.toPersons(state.coveredUnknown65Units(AreaLevel.TOTAL, 0))).isEqualTo(after[4]);
    }

    /** {total, covered within 1000 m, 65+ within 500 m (known), unknown-65+ inhabitants, those within 500 m}. */
    private static double[] bruteForce(List<Cell> cells, List<double[]> stations, boolean[] closed) {
        double total = 0, covered = 0, covered65 = 0, unknown = 0, unknownCovered = 0;
        for (Cell c : cells) {
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < stations.size(); s++) {
                if (!closed[s]) {
                    best = Math.min(best, Math.hypot(c.x() - stations.get(s)[0], c.y() - stations.get(s)[1]));
                }
            }
            total += c.w();
            if (best <= 1000) {
                covered += c.w();
            }
            if (Double.isNaN(c.w65())) {
                unknown += c.w();
                if (best <= 500) {
                    unknownCovered += c.w();
                }
            } else if (best <= 500) {
                covered65 += c.w65();
            }
        }
        return new double[] {total, covered, covered65, unknown, unknownCovered};
    }
}
