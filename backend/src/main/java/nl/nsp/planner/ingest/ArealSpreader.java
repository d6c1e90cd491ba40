package nl.nsp.planner.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Spreads an areal unit (postcode area, wijk) over the cells of a CBS-aligned square grid: each cell that
 * overlaps the unit gets the share area(cell ∩ unit) / area(unit), placed at the cell centre when the cell lies
 * wholly inside the unit, else at a point inside the overlap.
 *
 * <p>The cell size is the smallest of {@link #CELL_SIZES_METRES} (100 m, then coarser aligned grids) for which
 * the unit is estimated to overlap at most {@code maxPoints} cells (estimate: area/s² + perimeter/(2s) + 1,
 * exact for an axis-aligned rectangle); units larger than that at 5 km cells get more points.
 *
 * <p>Method: recursive halving of the unit's block of cells. Each ring of the (valid) polygon is clipped to the
 * half-block with Sutherland–Hodgman clipping against the rectangle; the overlap area is the sum of the clipped
 * shells' areas minus the clipped holes' areas, which is exact for valid polygons even where clipping leaves
 * degenerate edges along the rectangle. A block the unit fills completely yields its cells without further
 * clipping. The point of a partly covered cell is the centroid of the clipped rings when it lies inside the unit,
 * else an interior point of the exact JTS overlay of cell and unit. Shares are normalised by the sum of the
 * overlap areas, so they sum to 1 up to floating-point rounding. A unit with zero area gets one share at its
 * interior point.
 */
public final class ArealSpreader {
    /** Grid sizes tried, finest first; all are CBS-aligned (multiples of 100 m from the RD origin). */
    public static final int[] CELL_SIZES_METRES = {100, 200, 500, 1000, 2000, 5000};
    /** Target maximum number of points per unit. */
    public static final int DEFAULT_MAX_POINTS = 250;

    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * One share of a unit.
     *
     * @param x              RD x of the point in metres
     * @param y              RD y of the point in metres
     * @param fraction       share of the unit, in (0, 1]
     * @param cellSizeMetres size of the grid cell it stands for
     * @param cellWest       RD x of the cell's south-west corner
     * @param cellSouth      RD y of the cell's south-west corner
     */
    public record Share(double x, double y, double fraction, int cellSizeMetres, long cellWest, long cellSouth) {
    }

    /** A closed ring without the repeated last vertex, and whether it is a hole. */
    private record Ring(double[] xs, double[] ys, boolean hole) {
        int size() {
            return xs.length;
        }
    }

    private final Geometry unit;
    private final int size;
    private PreparedGeometry prepared;
    private final List<double[]> raw = new ArrayList<>(); // x, y, area, cellWest, cellSouth

    private ArealSpreader(Geometry unit, int size) {
        this.unit = unit;
        this.size = size;
    }

    /** The grid size used for a unit. */
    public static int cellSizeFor(Geometry unit, int maxPoints) {
        double area = unit.getArea();
        double perimeter = unit.getLength();
        for (int s : CELL_SIZES_METRES) {
            double estimate = area / ((double) s * s) + perimeter / (2.0 * s) + 1;
            if (estimate <= maxPoints) {
                return s;
            }
        }
        return CELL_SIZES_METRES[CELL_SIZES_METRES.length - 1];
    }

    /**
     * Splits a valid polygonal unit (RD metres) over grid cells.
     *
     * @return shares sorted south to north, west to east; fractions sum to 1
     * @throws IllegalArgumentException when the unit is empty
     */
    public static List<Share> spread(Geometry unit, int maxPoints) {
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("cannot spread an empty geometry");
        }
        return spreadOnGrid(unit, cellSizeFor(unit, maxPoints));
    }

    /** Splits a valid polygonal unit over cells of a given size. */
    static List<Share> spreadOnGrid(Geometry unit, int s) {
        ArealSpreader sp = new ArealSpreader(unit, s);
        Envelope env = unit.getEnvelopeInternal();
        long x0 = Math.floorDiv((long) Math.floor(env.getMinX()), s) * s;
        long y0 = Math.floorDiv((long) Math.floor(env.getMinY()), s) * s;
        int nx = (int) Math.max(1, Math.ceil((env.getMaxX() - x0) / s));
        int ny = (int) Math.max(1, Math.ceil((env.getMaxY() - y0) / s));
        if (unit.getArea() > 0) {
            sp.split(rings(unit), x0, y0, nx, ny);
        }
        double total = 0;
        for (double[] r : sp.raw) {
            total += r[2];
        }
        List<Share> out = new ArrayList<>();
        if (sp.raw.isEmpty() || !(total > 0)) {
            Point p = unit.getInteriorPoint();
            long w = Math.floorDiv((long) Math.floor(p.getX()), s) * s;
            long so = Math.floorDiv((long) Math.floor(p.getY()), s) * s;
            out.add(new Share(p.getX(), p.getY(), 1.0, s, w, so));
            return out;
        }
        for (double[] r : sp.raw) {
            out.add(new Share(r[0], r[1], r[2] / total, s, (long) r[3], (long) r[4]));
        }
        out.sort(Comparator.comparingLong(Share::cellSouth).thenComparingLong(Share::cellWest));
        return out;
    }

    private static List<Ring> rings(Geometry unit) {
        List<Polygon> polys = new ArrayList<>();
        PolygonExtracter.getPolygons(unit, polys);
        List<Ring> out = new ArrayList<>();
        for (Polygon p : polys) {
            out.add(ring(p.getExteriorRing().getCoordinateSequence(), false));
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                out.add(ring(p.getInteriorRingN(i).getCoordinateSequence(), true));
            }
        }
        return out;
    }

    private static Ring ring(CoordinateSequence seq, boolean hole) {
        int n = Math.max(0, seq.size() - 1);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = seq.getX(i);
            ys[i] = seq.getY(i);
        }
        return new Ring(xs, ys, hole);
    }

    private void split(List<Ring> rings, long x, long y, int nx, int ny) {
        double area = area(rings);
        if (!(area > 0)) {
            return;
        }
        double blockArea = (double) nx * ny * size * size;
        if (area >= blockArea * (1 - 1e-12)) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    long w = x + (long) i * size;
                    long so = y + (long) j * size;
                    raw.add(new double[] {w + size / 2.0, so + size / 2.0, (double) size * size, w, so});
                }
            }
            return;
        }
        if (nx == 1 && ny == 1) {
            double[] c = centroid(rings, area);
            raw.add(new double[] {c[0], c[1], area, x, y});
            return;
        }
        if (nx >= ny) {
            int h = nx / 2;
            long xm = x + (long) h * size;
            split(clip(rings, 0, xm, false), x, y, h, ny);
            split(clip(rings, 0, xm, true), xm, y, nx - h, ny);
        } else {
            int h = ny / 2;
            long ym = y + (long) h * size;
            split(clip(rings, 1, ym, false), x, y, nx, h);
            split(clip(rings, 1, ym, true), x, ym, nx, ny - h);
        }
    }

    /** Area-weighted centroid of the clipped rings, or an interior point of the true overlap when it lies outside. */
    private double[] centroid(List<Ring> rings, double area) {
        double cx = 0;
        double cy = 0;
        for (Ring r : rings) {
            double a = 0;
            double sx = 0;
            double sy = 0;
            int n = r.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double cross = r.xs[j] * r.ys[i] - r.xs[i] * r.ys[j];
                a += cross;
                sx += (r.xs[j] + r.xs[i]) * cross;
                sy += (r.ys[j] + r.ys[i]) * cross;
            }
            if (a != 0) {
                double sign = (r.hole ? -1 : 1) * Math.signum(a);
                cx += sign * sx / 6.0;
                cy += sign * sy / 6.0;
            }
        }
        cx /= area;
        cy /= area;
        if (prepared == null) {
            prepared = PreparedGeometryFactory.prepare(unit);
        }
        Point p = GF.createPoint(new Coordinate(cx, cy));
        if (prepared.contains(p)) {
            return new double[] {cx, cy};
        }
        // the clipped rings already hold the overlap (possibly with degenerate edges): repair that small
        // polygon and take its interior point; only if that fails, overlay the whole unit with the cell
        Point inside = interiorPoint(rings);
        if (inside != null && prepared.contains(inside)) {
            return new double[] {inside.getX(), inside.getY()};
        }
        Envelope cell = new Envelope(Math.floor(cx / size) * size, Math.floor(cx / size) * size + size,
                Math.floor(cy / size) * size, Math.floor(cy / size) * size + size);
        Point exact = OverlayNGRobust.overlay(unit, GF.toGeometry(cell), OverlayNG.INTERSECTION).getInteriorPoint();
        if (exact.isEmpty()) {
            return new double[] {cx, cy};
        }
        return new double[] {exact.getX(), exact.getY()};
    }

    private static Point interiorPoint(List<Ring> rings) {
        List<Polygon> shells = new ArrayList<>();
        List<org.locationtech.jts.geom.LinearRing> holes = new ArrayList<>();
        for (Ring r : rings) {
            Coordinate[] cs = new Coordinate[r.size() + 1];
            for (int i = 0; i < r.size(); i++) {
                cs[i] = new Coordinate(r.xs[i], r.ys[i]);
            }
            cs[r.size()] = cs[0];
            if (r.hole) {
                holes.add(GF.createLinearRing(cs));
            } else {
                shells.add(GF.createPolygon(cs));
            }
        }
        Geometry g = GF.createMultiPolygon(shells.toArray(Polygon[]::new));
        try {
            g = org.locationtech.jts.geom.util.GeometryFixer.fix(g);
            if (!holes.isEmpty()) {
                Geometry h = org.locationtech.jts.geom.util.GeometryFixer.fix(GF.createMultiPolygon(
                        holes.stream().map(GF::createPolygon).toArray(Polygon[]::new)));
                g = OverlayNGRobust.overlay(g, h, OverlayNG.DIFFERENCE);
            }
            Point p = g.getInteriorPoint();
            return p.isEmpty() ? null : p;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double area(List<Ring> rings) {
        double total = 0;
        for (Ring r : rings) {
            double a = Math.abs(signedArea(r));
            total += r.hole ? -a : a;
        }
        return total;
    }

    private static double signedArea(Ring r) {
        double a = 0;
        int n = r.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            a += r.xs[j] * r.ys[i] - r.xs[i] * r.ys[j];
        }
        return a / 2.0;
    }

    /**
     * Clips every ring to one side of an axis-parallel line (Sutherland–Hodgman); the rings already lie in the
     * parent block, so halving a block needs only the one line.
     */
    private static List<Ring> clip(List<Ring> rings, int axis, double v, boolean lower) {
        List<Ring> out = new ArrayList<>(rings.size());
        for (Ring r : rings) {
            Ring c = clipEdge(r, axis, v, lower);
            if (c.size() >= 3) {
                out.add(c);
            }
        }
        return out;
    }

    /** Keeps the part of the ring with coordinate {@code axis} >= v (lower = true) or <= v. */
    private static Ring clipEdge(Ring r, int axis, double v, boolean lower) {
        int n = r.size();
        double[] a = axis == 0 ? r.xs : r.ys;
        int in = 0;
        for (int i = 0; i < n; i++) {
            if (lower ? a[i] >= v : a[i] <= v) {
                in++;
            }
        }
        if (in == n) {
            return r;
        }
        if (in == 0) {
            return new Ring(new double[0], new double[0], r.hole);
        }
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        int m = 0;
        double[] b = axis == 0 ? r.ys : r.xs;
        double pa = a[n - 1];
        double pb = b[n - 1];
        boolean pIn = lower ? pa >= v : pa <= v;
        for (int i = 0; i < n; i++) {
            double ca = a[i];
            double cb = b[i];
            boolean cIn = lower ? ca >= v : ca <= v;
            if (cIn != pIn) {
                double t = (v - pa) / (ca - pa);
                double ib = pb + t * (cb - pb);
                if (axis == 0) {
                    xs[m] = v;
                    ys[m++] = ib;
                } else {
                    xs[m] = ib;
                    ys[m++] = v;
                }
            }
            if (cIn) {
                if (axis == 0) {
                    xs[m] = ca;
                    ys[m++] = cb;
                } else {
                    xs[m] = cb;
                    ys[m++] = ca;
                }
            }
            pa = ca;
            pb = cb;
            pIn = cIn;
        }
        return new Ring(java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m), r.hole);
    }
}
