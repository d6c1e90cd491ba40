package nl.nsp.planner.ingest;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the municipality containing an RD point: an STR-tree over the municipalities' envelopes, then a
 * prepared-geometry containment test. Where generalised neighbours overlap, the first municipality in input
 * order wins; a point in no polygon gets {@link DemandPoint#UNASSIGNED}.
 *
 * <p>Thread-safe for queries once built.
 */
public final class MunicipalityLocator {
    private final STRtree tree = new STRtree();
    private final GeometryFactory gf = new GeometryFactory();

    private record Entry(int order, String code, PreparedGeometry geometry) {
    }

    public MunicipalityLocator(List<Municipality> municipalities) {
        PreparedGeometryFactory pf = new PreparedGeometryFactory();
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality m = municipalities.get(i);
            tree.insert(m.geometry().getEnvelopeInternal(), new Entry(i, m.code(), pf.create(m.geometry())));
        }
        tree.build();
    }

    /**
     * The municipality that contains the whole geometry in its interior, if one does (so every point of it
     * lies in that municipality and no other polygon can claim it first).
     */
    public Optional<String> codeContaining(Geometry g) {
        List<?> candidates = tree.query(g.getEnvelopeInternal());
        Entry best = null;
        for (Object o : candidates) {
            Entry e = (Entry) o;
            if (e.geometry.containsProperly(g)) {
                best = e;
                break;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        for (Object o : candidates) {
            Entry e = (Entry) o;
            if (e.order < best.order && e.geometry.intersects(g)) {
                return Optional.empty();
            }
        }
        return Optional.of(best.code);
    }

    /** The gemeentecode containing (x, y), or {@link DemandPoint#UNASSIGNED}. */
    public String codeAt(double x, double y) {
        Point p = gf.createPoint(new Coordinate(x, y));
        Entry best = null;
        for (Object o : tree.query(p.getEnvelopeInternal())) {
            Entry e = (Entry) o;
            if ((best == null || e.order < best.order) && e.geometry.covers(p)) {
                best = e;
            }
        }
        return best == null ? DemandPoint.UNASSIGNED : best.code;
    }
}
