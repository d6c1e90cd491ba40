package nl.nsp.planner.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** Picks the demand points of one safety region (or the whole country) from a data set's demand layer. */
public final class AreaSelection {
    private static final GeometryFactory POINTS = new GeometryFactory();

    private AreaSelection() {
    }

    /**
     * The layer's points of a region, in layer order: those whose municipality belongs to it, plus the points in no
     * municipality (e.g. border cells of a CBS grid whose centre lies in water) that lie inside or on the region's
     * outline, as the store selects them; all points when {@code region} is empty.
     *
     * @throws IllegalArgumentException when the region code is not in the data set
     */
    public static List<DemandPoint> demandIn(Dataset dataset, DemandLayer layer, Optional<String> region) {
        if (region.isEmpty()) {
            return layer.points();
        }
        String code = region.get();
        if (dataset.region(code).isEmpty() && dataset.municipalities().stream().noneMatch(m -> m.regionCode().equals(code))) {
            throw new IllegalArgumentException("unknown safety region \"" + code + "\"");
        }
        Set<String> members = new HashSet<>();
        for (Municipality m : dataset.municipalities()) {
            if (m.regionCode().equals(code)) {
                members.add(m.code());
            }
        }
        dataset.region(code).ifPresent(r -> members.addAll(r.municipalityCodes()));
        Geometry outline = dataset.region(code).map(SafetyRegion::geometry).orElse(null);
        PreparedGeometry inside = outline == null ? null : PreparedGeometryFactory.prepare(outline);
        List<DemandPoint> out = new ArrayList<>();
        for (DemandPoint p : layer.points()) {
            if (members.contains(p.municipalityCode())
                    || (inside != null && p.municipalityCode().equals(DemandPoint.UNASSIGNED)
                            && inside.intersects(POINTS.createPoint(new Coordinate(p.x(), p.y()))))) {
                out.add(p);
            }
        }
        return out;
    }
}
