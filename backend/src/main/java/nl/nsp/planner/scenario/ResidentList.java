package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The NSPs of a scenario as residents look them up ("Waar is mijn noodsteunpunt?"): one section per municipality,
 * in it the places (woonplaatsen) in alphabetical order, in each place the NSPs by street and house number, numbered
 * 1..n per municipality in that order.
 *
 * <p>An NSP belongs to the municipality it lies in (copied into the scenario when it was saved). One that lies in no
 * municipality (a gap between generalised borders) goes to the nearest of the given municipalities. NSPs of other
 * municipalities are left out. The place comes from the address ({@link PostalAddress}); an NSP without one is
 * listed under the municipality's name.
 *
 * @param sections one per municipality, in the order given
 */
public record ResidentList(List<Section> sections) {
    private static final GeometryFactory GF = new GeometryFactory();

    public ResidentList {
        sections = List.copyOf(sections);
    }

    /**
     * One municipality.
     *
     * @param municipality the municipality (with its outline, for a map)
     * @param places       its places with NSPs, alphabetical; empty when it has no NSP
     */
    public record Section(Municipality municipality, List<Place> places) {
        public Section {
            Objects.requireNonNull(municipality, "municipality");
            places = List.copyOf(places);
        }

        /** Every entry of the section, in list order. */
        public List<Entry> entries() {
            return places.stream().flatMap(p -> p.entries().stream()).toList();
        }
    }

    /**
     * One place (woonplaats) and its NSPs in street order.
     *
     * @param name    the place name
     * @param entries its NSPs
     */
    public record Place(String name, List<Entry> entries) {
        public Place {
            Objects.requireNonNull(name, "name");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One NSP as residents see it.
     *
     * @param number  1..n within the municipality, in list order
     * @param name    the site's name
     * @param address its one-line address (may be empty)
     * @param x       RD x, metres
     * @param y       RD y, metres
     */
    public record Entry(int number, String name, String address, double x, double y) {
    }

    /** The list of {@code sites}' NSPs for each of {@code municipalities}. */
    public static ResidentList of(List<ScenarioSite> sites, List<Municipality> municipalities) {
        Map<String, List<ScenarioSite>> byMunicipality = new LinkedHashMap<>();
        for (Municipality m : municipalities) {
            byMunicipality.put(m.code(), new ArrayList<>());
        }
        for (ScenarioSite s : sites) {
            if (!s.nsp()) {
                continue;
            }
            String code = s.municipalityCode().equals(DemandPoint.UNASSIGNED) ? nearest(s, municipalities)
                    : s.municipalityCode();
            List<ScenarioSite> list = byMunicipality.get(code);
            if (list != null) {
                list.add(s);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Municipality m : municipalities) {
            sections.add(section(m, byMunicipality.get(m.code())));
        }
        return new ResidentList(sections);
    }

    private record Sorted(ScenarioSite site, PostalAddress address, String place) {
    }

    private static Section section(Municipality m, List<ScenarioSite> nsps) {
        List<Sorted> sorted = new ArrayList<>();
        for (ScenarioSite s : nsps) {
            PostalAddress a = PostalAddress.parse(s.address());
            sorted.add(new Sorted(s, a, a.place().isEmpty() ? m.name() : a.place()));
        }
        sorted.sort(Comparator.comparing((Sorted s) -> PostalAddress.sortKey(s.place()))
                .thenComparing(Sorted::address, PostalAddress.BY_PLACE_AND_STREET)
                .thenComparing(s -> s.site().name().toLowerCase(Locale.ROOT))
                .thenComparing(s -> s.site().siteId()));
        Map<String, List<Entry>> places = new LinkedHashMap<>();
        int number = 0;
        for (Sorted s : sorted) {
            ScenarioSite site = s.site();
            places.computeIfAbsent(s.place(), k -> new ArrayList<>())
                    .add(new Entry(++number, site.name(), site.address(), site.x(), site.y()));
        }
        List<Place> out = new ArrayList<>();
        places.forEach((name, entries) -> out.add(new Place(name, entries)));
        return new Section(m, out);
    }

    private static String nearest(ScenarioSite s, List<Municipality> municipalities) {
        Point p = GF.createPoint(new Coordinate(s.x(), s.y()));
        String best = DemandPoint.UNASSIGNED;
        double bestMetres = Double.POSITIVE_INFINITY;
        for (Municipality m : municipalities) {
            double d = m.geometry().distance(p);
            if (d < bestMetres) {
                best = m.code();
                bestMetres = d;
            }
        }
        return best;
    }
}
