package nl.nsp.planner.ingest;

import java.util.List;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the municipality containing an RD point: an STR-tree over the municipalities' envelopes, then an
 * indexed point-in-polygon test per candidate (JTS {@link IndexedPointInAreaLocator}, the locator behind
 * prepared polygons). Where generalised neighbours overlap, the first municipality in input order wins; a point
 * on a boundary counts as inside; a point in no polygon gets {@link DemandPoint#UNASSIGNED}.
 *
 * <p>Thread-safe for queries once built (the indexes are built in the constructor).
 */
public final class MunicipalityLocator {
    private final STRtree tree = new STRtree();

    private record Entry(int order, String code, Envelope envelope, IndexedPointInAreaLocator locator) {
    }

    public MunicipalityLocator(List<Municipality> municipalities) {
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality m = municipalities.get(i);
            Envelope env = m.geometry().getEnvelopeInternal();
            IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(m.geometry());
            loc.locate(new Coordinate(env.getMinX(), env.getMinY())); // builds the index now, not on a worker thread
            tree.insert(env, new Entry(i, m.code(), env, loc));
        }
        tree.build();
    }

    /** The gemeentecode containing (x, y), or {@link DemandPoint#UNASSIGNED}. */
    public String codeAt(double x, double y) {
        Coordinate c = new Coordinate(x, y);
        Entry best = null;
        for (Object o : tree.query(new Envelope(c))) {
            Entry e = (Entry) o;
            if ((best == null || e.order < best.order) && e.locator.locate(c) != Location.EXTERIOR) {
                best = e;
            }
        }
        return best == null ? DemandPoint.UNASSIGNED : best.code;
    }
}
