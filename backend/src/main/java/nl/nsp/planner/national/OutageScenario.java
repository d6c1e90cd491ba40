package nl.nsp.planner.national;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.nsp.planner.domain.CandidateSite;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An outage: an area without power or telecom (a polygon, and/or whole municipalities) where no site can serve as an
 * NSP, plus single sites that are unavailable (e.g. a building that cannot be used). People inside the area still
 * count: they have to reach an NSP outside it.
 *
 * @param label             a short name for the report
 * @param areaRd            the outage polygon in RD New metres, or null
 * @param municipalityCodes municipalities wholly without power/telecom
 * @param unavailableSiteIds single candidate sites that cannot be used
 */
public record OutageScenario(String label, Geometry areaRd, Set<String> municipalityCodes, Set<String> unavailableSiteIds) {
    private static final GeometryFactory GF = new GeometryFactory();

    public OutageScenario {
        Objects.requireNonNull(label, "label");
        municipalityCodes = java.util.Collections.unmodifiableSet(new TreeSet<>(municipalityCodes));
        unavailableSiteIds = java.util.Collections.unmodifiableSet(new TreeSet<>(unavailableSiteIds));
        if (areaRd == null && municipalityCodes.isEmpty() && unavailableSiteIds.isEmpty()) {
            throw new IllegalArgumentException("an outage scenario needs an area, a municipality or an unavailable site");
        }
    }

    /** Tests points against the scenario; the polygon is prepared once. */
    public Tester tester() {
        return new Tester(this);
    }

    /** Point-in-scenario tests for one scenario. */
    public static final class Tester {
        private final OutageScenario scenario;
        private final PreparedGeometry area;

        private Tester(OutageScenario scenario) {
            this.scenario = scenario;
            this.area = scenario.areaRd() == null ? null : PreparedGeometryFactory.prepare(scenario.areaRd());
        }

        /** True when (x, y) in a municipality lies in the outage area (polygon or listed municipality). */
        public boolean inArea(double x, double y, String municipalityCode) {
            return scenario.municipalityCodes().contains(municipalityCode)
                    || area != null && area.covers(GF.createPoint(new Coordinate(x, y)));
        }

        /** True when the site cannot serve as an NSP. */
        public boolean unavailable(CandidateSite s) {
            return scenario.unavailableSiteIds().contains(s.id()) || inArea(s.x(), s.y(), s.municipalityCode());
        }
    }
}
