package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.domain.SiteKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class GazetteerTest {
    /*
     * PC4 3011: points (100, 0) w=30 in GM0001 and (200, 0) w=10 in GM0002 -> centre x = (30*100 + 10*200) / 40 = 125,
     * y = 0; its municipality is GM0001 (30 of 40 inhabitants). PC4 3012: points (0, 0) and (0, 100), no inhabitants ->
     * plain mean (0, 50). Points of the grid layer carry no PC4 and are ignored.
     */
    static Dataset dataset() {
        var geom = new GeometryFactory().createPoint(new Coordinate(0, 0));
        List<Municipality> muns = List.of(new Municipality("GM0001", "Eendorp", "VR01", 40, 1, geom),
                new Municipality("GM0002", "Tweestad", "VR02", 10, 4, geom));
        List<SafetyRegion> regions = List.of(new SafetyRegion("VR01", "Een", null, List.of("GM0001")),
                new SafetyRegion("VR02", "Twee", null, List.of("GM0002")));
        DemandLayer grid = new DemandLayer("grid", "grid", List.of(new DemandPoint("g1", 5000, 5000, 99, 0, "GM0001", "CBS100m:x")));
        DemandLayer pc4 = new DemandLayer("pc4", "pc4", List.of(
                new DemandPoint("PC4-3011#1", 100, 0, 30, 0, "GM0001", "PC4:3011"),
                new DemandPoint("PC4-3011#2", 200, 0, 10, 0, "GM0002", "PC4:3011"),
                new DemandPoint("PC4-3012#1", 0, 0, 0, 0, "GM0001", "PC4:3012"),
                new DemandPoint("PC4-3012#2", 0, 100, 0, 0, "GM0001", "PC4:3012")));
        List<CandidateSite> sites = List.of(
                site("s1", "Gemeentehuis", "Binnenhof 1, 2991AA Barendrecht", "GM0002"),
                site("s2", "Basisschool De Schakel", "Kerkstraat 3, 3011 AB Eendorp", "GM0001"),
                site("s3", "Café 't Ôude Huis", "", "GM0001"),
                site("s4", "Het Gemeentehuis", "Markt 2", "GM0001"));
        return new Dataset(muns, regions, List.of(grid, pc4), sites);
    }

    static CandidateSite site(String id, String name, String address, String mun) {
        return new CandidateSite(id, name, address, 10, 20, mun, SiteKind.POLLING_STATION, Accessibility.YES, "", Map.of());
    }

    @Test
    void postcodeIsTheInhabitantWeightedCentreOfItsPc4Points() {
        Gazetteer g = Gazetteer.of(dataset());
        assertThat(g.postcodeCount()).isEqualTo(2);
        Gazetteer.Place p = g.postcode("3011").orElseThrow();
        assertThat(p.x()).isEqualTo(125.0);
        assertThat(p.y()).isEqualTo(0.0);
        assertThat(p.inhabitants()).isEqualTo(40.0);
        assertThat(p.municipalityCode()).isEqualTo("GM0001");
        assertThat(p.label()).isEqualTo("3011 Eendorp");
        Gazetteer.Place empty = g.postcode("3012").orElseThrow();
        assertThat(empty.x()).isEqualTo(0.0);
        assertThat(empty.y()).isEqualTo(50.0);
        assertThat(g.postcode("9999")).isEmpty();
    }

    @Test
    void aPostcodeQueryGivesThePc4FirstAndSitesAtThePc6() {
        Gazetteer g = Gazetteer.of(dataset());
        List<Gazetteer.Place> r = g.search("3011 AB", 10, "");
        assertThat(r).extracting(Gazetteer.Place::kind).containsExactly("postcode", "candidate");
        assertThat(r.get(1).siteId()).isEqualTo("s2");
        assertThat(g.search("2991aa", 10, "")).extracting(Gazetteer.Place::siteId).containsExactly("s1");
        assertThat(g.search("3011", 10, "")).extracting(Gazetteer.Place::kind).containsExactly("postcode", "candidate");
    }

    @Test
    void everyWordMustMatchIgnoringCaseAccentsAndPunctuation() {
        Gazetteer g = Gazetteer.of(dataset());
        assertThat(g.search("oude huis", 10, "")).extracting(Gazetteer.Place::siteId).containsExactly("s3");
        assertThat(g.search("CAFE t", 10, "")).extracting(Gazetteer.Place::siteId).containsExactly("s3");
        assertThat(g.search("schakel eendorp", 10, "")).extracting(Gazetteer.Place::siteId).containsExactly("s2");
        assertThat(g.search("schakel tweestad", 10, "")).isEmpty();
        assertThat(g.search("  ", 10, "")).isEmpty();
    }

    @Test
    void sitesOfThePreferredRegionComeFirstThenNamesStartingWithTheQuery() {
        Gazetteer g = Gazetteer.of(dataset());
        // s4 "Het Gemeentehuis" (VR01) and s1 "Gemeentehuis" (VR02)
        assertThat(g.search("gemeentehuis", 10, "")).extracting(Gazetteer.Place::siteId).containsExactly("s1", "s4");
        assertThat(g.search("gemeentehuis", 10, "VR01")).extracting(Gazetteer.Place::siteId).containsExactly("s4", "s1");
        assertThat(g.search("gemeentehuis", 1, "")).hasSize(1);
        assertThat(g.search("gemeentehuis", 10, "").get(0).label()).isEqualTo("Gemeentehuis — Binnenhof 1, 2991AA Barendrecht");
    }
}
