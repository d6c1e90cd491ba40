package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class ArealSpreaderTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static Geometry wkt(String s) throws Exception {
        return new WKTReader().read(s);
    }

    /*
     * The 100 x 100 m square [50,150] x [50,150] straddles four 100 m cells, a quarter in each:
     *   +-----+-----+  y=200
     *   |  .25|.25  |
     *   +-----+-----+  y=100
     *   |  .25|.25  |
     *   +-----+-----+  y=0
     *   x=0  100   200
     * The points are the centres of the four 50 x 50 pieces.
     */
    @Test
    void squareOverFourCellsGetsExactQuarters() throws Exception {
        List<ArealSpreader.Share> s = ArealSpreader.spreadOnGrid(wkt("POLYGON ((50 50, 150 50, 150 150, 50 150, 50 50))"), 100);
        assertThat(s).hasSize(4);
        assertThat(s).extracting(ArealSpreader.Share::fraction).containsOnly(0.25);
        assertThat(s).extracting(ArealSpreader.Share::x).containsExactly(75.0, 125.0, 75.0, 125.0);
        assertThat(s).extracting(ArealSpreader.Share::y).containsExactly(75.0, 75.0, 125.0, 125.0);
        assertThat(s).extracting(ArealSpreader.Share::cellWest).containsExactly(0L, 100L, 0L, 100L);
    }

    /*
     * [0,200] x [0,150]: two full cells (1/3 each, at their centres) and two half cells on top (1/6 each, at
     * the centres of the 100 x 50 pieces).
     */
    @Test
    void fullCellsAtCentresAndPartialCellsByArea() throws Exception {
        List<ArealSpreader.Share> s = ArealSpreader.spreadOnGrid(wkt("POLYGON ((0 0, 200 0, 200 150, 0 150, 0 0))"), 100);
        assertThat(s).extracting(ArealSpreader.Share::fraction).containsExactly(1 / 3.0, 1 / 3.0, 1 / 6.0, 1 / 6.0);
        assertThat(s.get(0).x()).isEqualTo(50.0);
        assertThat(s.get(0).y()).isEqualTo(50.0);
        assertThat(s.get(2).y()).isEqualTo(125.0);
    }

    /* A 300 x 300 square with a 100 x 100 hole in the middle cell: 8 cells of 1/8, none in the hole. */
    @Test
    void holesGetNothing() throws Exception {
        List<ArealSpreader.Share> s = ArealSpreader.spreadOnGrid(wkt("POLYGON ((0 0, 300 0, 300 300, 0 300, 0 0),"
                + " (100 100, 200 100, 200 200, 100 200, 100 100))"), 100);
        assertThat(s).hasSize(8).extracting(ArealSpreader.Share::fraction).containsOnly(0.125);
        assertThat(s).noneMatch(x -> x.x() == 150.0 && x.y() == 150.0);
    }

    @Test
    void cellSizeGrowsWithTheUnitSoPointsStayBounded() throws Exception {
        Geometry small = wkt("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");       // 100 cells of 100 m
        Geometry big = wkt("POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0))");     // 100 km2
        assertThat(ArealSpreader.cellSizeFor(small, 250)).isEqualTo(100);
        assertThat(ArealSpreader.cellSizeFor(big, 250)).isEqualTo(1000);
        assertThat(ArealSpreader.spread(big, 250)).hasSize(100);
    }

    /* Random star-shaped polygons (fixed seed) against a brute-force per-cell JTS overlay. */
    @Test
    void matchesBruteForceOverlayOnRandomPolygons() {
        long seed = 20240101L;
        Random rnd = new Random(seed);
        for (int t = 0; t < 40; t++) {
            Geometry g = star(rnd, 120000 + rnd.nextDouble() * 1000, 480000 + rnd.nextDouble() * 1000,
                    200 + rnd.nextDouble() * 1500, 5 + rnd.nextInt(20));
            int size = new int[] {100, 200, 500}[t % 3];
            List<ArealSpreader.Share> shares = ArealSpreader.spreadOnGrid(g, size);
            double sum = 0;
            for (ArealSpreader.Share s : shares) {
                sum += s.fraction();
                Envelope cell = new Envelope(s.cellWest(), s.cellWest() + size, s.cellSouth(), s.cellSouth() + size);
                double expected = OverlayNGRobust.overlay(g, GF.toGeometry(cell), OverlayNG.INTERSECTION).getArea()
                        / g.getArea();
                assertThat(s.fraction()).as("seed %d polygon %d cell %s", seed, t, cell).isCloseTo(expected, within(1e-9));
                assertThat(g.covers(GF.createPoint(new Coordinate(s.x(), s.y())))).as("seed %d polygon %d", seed, t).isTrue();
            }
            assertThat(sum).as("seed %d polygon %d", seed, t).isCloseTo(1.0, within(1e-12));
            // every overlapping cell is present
            long cells = countOverlappingCells(g, size);
            assertThat(shares).as("seed %d polygon %d", seed, t).hasSize((int) cells);
        }
    }

    private static long countOverlappingCells(Geometry g, int size) {
        Envelope e = g.getEnvelopeInternal();
        long n = 0;
        for (long x = Math.floorDiv((long) e.getMinX(), size) * size; x < e.getMaxX(); x += size) {
            for (long y = Math.floorDiv((long) e.getMinY(), size) * size; y < e.getMaxY(); y += size) {
                Envelope cell = new Envelope(x, x + size, y, y + size);
                if (OverlayNGRobust.overlay(g, GF.toGeometry(cell), OverlayNG.INTERSECTION).getArea() > 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Geometry star(Random rnd, double cx, double cy, double r, int n) {
        List<Coordinate> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double rr = r * (0.3 + 0.7 * rnd.nextDouble());
            cs.add(new Coordinate(cx + rr * Math.cos(a), cy + rr * Math.sin(a)));
        }
        cs.add(new Coordinate(cs.get(0)));
        return GF.createPolygon(cs.toArray(Coordinate[]::new));
    }
}
