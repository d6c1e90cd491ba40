package nl.nsp.planner.api.lookup;

import java.util.ArrayList;
import java.util.List;
import nl.nsp.planner.analysis.PostcodeCentres;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.Postcode;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.scenario.NearestSites;
import nl.nsp.planner.scenario.PostalAddress;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the NSPs nearest to a postcode in the published scenario of the postcode's safety region. The postcode's
 * position is the inhabitant-weighted centre of its PC4 points ({@link PostcodeCentres}, built once per loaded data
 * set); its region is that of the municipality holding most of its inhabitants. Messages are Dutch: residents read them.
 */
@Service
class PublicLookupService {
    static final int DEFAULT_COUNT = 3;
    static final int MAX_COUNT = 10;

    private final PlannerStore store;
    private final ObjectProvider<DatasetSource> source;
    private volatile Centres centres;

    private record Centres(Dataset dataset, PostcodeCentres centres) {
    }

    PublicLookupService(PlannerStore store, ObjectProvider<DatasetSource> source) {
        this.store = store;
        this.source = source;
    }

    NearestResponse nearest(String typed, Integer count) {
        int k = count == null ? DEFAULT_COUNT : count;
        if (!(1 <= k && k <= MAX_COUNT)) {
            throw new BadRequestException("count", "kies 1 tot en met " + MAX_COUNT + " noodsteunpunten, niet " + k);
        }
        Postcode postcode = Postcode.parse(typed).orElseThrow(() -> new BadRequestException("postcode",
                "vul een postcode in van vier cijfers, eventueel met twee letters, bijvoorbeeld 3011 of 3011 AB"));
        Centres c = centres();
        PostcodeCentres.Centre centre = c.centres().centre(postcode.pc4()).orElseThrow(() -> new NotFoundException(
                "postcode", "postcode " + postcode.pc4() + " komt niet voor in onze gegevens; controleer de cijfers"));
        Dataset d = c.dataset();
        Municipality m = d.municipality(centre.municipalityCode()).orElseThrow(() -> new NotFoundException("postcode",
                "bij postcode " + postcode.pc4() + " kennen we geen gemeente"));
        String regionName = d.region(m.regionCode()).map(SafetyRegion::name).orElse(m.regionCode());
        Scenario published = store.scenarios().published(m.regionCode()).orElseThrow(() -> new NotFoundException(
                "postcode", "voor veiligheidsregio " + regionName + " (gemeente " + m.name()
                        + ") zijn de noodsteunpunten nog niet bekendgemaakt"));
        List<NearestSites.Neighbour> near = NearestSites.nsps(published.content().sites(), centre.x(), centre.y(), k);
        if (near.isEmpty()) {
            throw new NotFoundException("postcode", "voor veiligheidsregio " + regionName
                    + " zijn de noodsteunpunten nog niet bekendgemaakt");
        }
        return response(postcode, centre, m.name(), regionName, near);
    }

    private static NearestResponse response(Postcode postcode, PostcodeCentres.Centre centre, String municipality,
            String regionName, List<NearestSites.Neighbour> near) {
        List<NearestResponse.Nsp> nsps = new ArrayList<>();
        for (NearestSites.Neighbour n : near) {
            LatLon ll = RdProjection.toWgs84(new RdPoint(n.site().x(), n.site().y()));
            nsps.add(new NearestResponse.Nsp(nsps.size() + 1, n.site().name(), PostalAddress.tidy(n.site().address()),
                    round5(ll.lon()), round5(ll.lat()), Math.round(n.metres() / 10) * 10));
        }
        LatLon from = RdProjection.toWgs84(new RdPoint(centre.x(), centre.y()));
        String note = postcode.isPc6()
                ? "We kennen alleen de vier cijfers van postcodes. De afstanden gelden vanaf het midden van de bewoning in"
                        + " postcode " + postcode.pc4() + ", niet vanaf uw huis."
                : "De afstanden gelden vanaf het midden van de bewoning in postcode " + postcode.pc4() + ".";
        return new NearestResponse(postcode.toString(), postcode.pc4(), postcode.isPc6(), note
                + " Het is de afstand in een rechte lijn; over straat is het verder.", municipality, regionName,
                new NearestResponse.Position(round5(from.lon()), round5(from.lat())), nsps);
    }

    private Centres centres() {
        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no data set is loaded");
        }
        Dataset d = src.dataset();
        Centres c = centres;
        if (c == null || c.dataset() != d) {
            c = new Centres(d, PostcodeCentres.of(d));
            centres = c;
        }
        return c;
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
