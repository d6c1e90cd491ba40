package nl.nsp.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.nsp.planner.ingest.GeoFeature;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Features read into plans on the hand-made data set of {@link StoreFixtures}: candidates S1 (91000, 438000) in GM0001
 * and S2 (94000, 439000) in GM0002, both VR17; S3 (97000, 435000) in GM0003, VR18.
 */
class PlanImportTest {
    private static final PlanResolver RESOLVER = new PlanResolver(StoreFixtures.smallImport().dataset());
    private static final GeometryFactory GF = new GeometryFactory();
    private static final PlanImport.Options VR17 = new PlanImport.Options("plan.geojson", Optional.of("VR17"), "cbs100",
            Norms.defaults());

    private static GeoFeature feature(long index, double x, double y, Object... keyValues) {
        return feature(index, GF.createPoint(new Coordinate(x, y)), keyValues);
    }

    private static GeoFeature feature(long index, Geometry g, Object... keyValues) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new GeoFeature(index, p, g);
    }

    private static List<InputError> errors(List<GeoFeature> features, PlanImport.Options options) {
        List<InputError> out = new ArrayList<>();
        assertThatThrownBy(() -> PlanImport.toPlan(features, RESOLVER, options))
                .isInstanceOfSatisfying(InputException.class, e -> out.addAll(e.errors()));
        return out;
    }

    @Test
    void candidatesByIdOwnLocationsByPositionListsInFileOrder() {
        List<GeoFeature> fs = List.of(
                feature(1, 91000, 438000, "id", "S1", "role", "nsp", "fixed", true),
                feature(2, 94000, 439000, "id", "S2", "role", "NSP+CP"),
                // rdX/rdY lie 0.4 m from the point: they are taken (the export writes both)
                feature(3, 92512.0, 437120.5, "id", "eigen-3f2a", "name", "Buurthuis De Kern", "address", "Kerkstraat 1",
                        "rdX", 92512.3, "rdY", 437120.8, "own", true),
                feature(4, 97000, 435000, "id", "S3", "role", "excluded"),
                // no id: an own CP with a made-up id; rdX far from the point: the point counts
                feature(5, 92000, 438500, "role", "cp", "name", "Dorpshuis", "rdX", 10.0, "rdY", 20.0),
                feature(6, 93500, 438000, "id", "buurthuis-7", "role", "none", "name", "Reserve"),
                feature(7, 91000, 438000, "id", "S3-not", "fixed", "ja", "name", "Eigen vast"));
        PlanImport.Result r = PlanImport.toPlan(fs, RESOLVER, VR17);
        Plan p = r.plan();
        assertThat(p.region()).isEqualTo("VR17");
        assertThat(p.demandLayer()).isEqualTo("cbs100");
        assertThat(p.nspSiteIds()).containsExactly("S1", "S2", "eigen-3f2a", "eigen-S3-not");
        assertThat(p.cpSiteIds()).containsExactly("S2", "eigen-5");
        assertThat(p.fixedSiteIds()).containsExactly("S1", "eigen-S3-not");
        assertThat(p.excludedSiteIds()).containsExactly("S3");
        assertThat(p.ownSites()).containsExactly(
                new OwnSite("eigen-3f2a", "Buurthuis De Kern", "Kerkstraat 1", 92512.3, 437120.8),
                new OwnSite("eigen-5", "Dorpshuis", "", 92000, 438500),
                new OwnSite("eigen-buurthuis-7", "Reserve", "", 93500, 438000),
                new OwnSite("eigen-S3-not", "Eigen vast", "", 91000, 438000));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aPlainPointLayerBecomesNspsAndTheRegionIsWhereMostOfItsSitesLie() {
        // two sites in VR17 (S1 and a point in GM0002), one in VR18 (S3): VR17
        List<GeoFeature> fs = List.of(feature(1, 91000, 438000, "id", "S1"), feature(2, 94500, 438000, "naam", "x"),
                feature(3, 97000, 435000, "id", "S3"));
        PlanImport.Options noRegion = new PlanImport.Options("punten.geojson", Optional.empty(), "cbs100", Norms.defaults());
        PlanImport.Result r = PlanImport.toPlan(fs, RESOLVER, noRegion);
        assertThat(r.plan().region()).isEqualTo("VR17");
        assertThat(r.plan().nspSiteIds()).containsExactly("S1", "eigen-2", "S3");
        assertThat(r.notes()).extracting(InputError::line, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "name"));
        assertThat(r.plan().ownSites().get(0).name()).isEqualTo("Eigen locatie 2");
        // nothing in a known municipality: the region cannot be told
        assertThat(errors(List.of(feature(1, 80000, 400000, "name", "ver weg")), noRegion))
                .extracting(InputError::field).containsExactly("region");
    }

    @Test
    void madeUpIdsNeverTakeAnIdOfTheFile() {
        List<GeoFeature> fs = List.of(feature(1, 92000, 438000, "name", "a"), feature(2, 92100, 438000, "id", "eigen-1",
                "name", "b"), feature(3, 92200, 438000, "id", "x", "name", "c"), feature(4, 92300, 438000, "id", "eigen-x",
                "name", "d"));
        assertThat(PlanImport.toPlan(fs, RESOLVER, VR17).plan().nspSiteIds())
                .containsExactly("eigen-1-2", "eigen-1", "eigen-x-2", "eigen-x");
    }

    @Test
    void aCandidateFarFromItsPointIsNotedAndOneWithoutRoleLeftOut() {
        List<GeoFeature> fs = List.of(feature(1, 91300, 438400, "id", "S1"), feature(2, 94000, 439000, "id", "S2",
                "role", "none"));
        PlanImport.Result r = PlanImport.toPlan(fs, RESOLVER, VR17);
        assertThat(r.plan().nspSiteIds()).containsExactly("S1");
        assertThat(r.plan().ownSites()).isEmpty();
        // hypot(300, 400) = 500 m
        assertThat(r.notes()).extracting(InputError::reason).containsExactly(
                "feature 1: candidate site S1 is used at its stored position; the point in the file lies 500 m away",
                "feature 2: candidate site S2 has role none and is left out");
    }

    @Test
    void everyProblemNamesItsFeatureAndProperty() {
        Geometry square = StoreFixtures.square(91000, 438000, 10);
        List<GeoFeature> fs = List.of(
                feature(1, square, "id", "S1"),
                feature(2, 91000, 438000, "id", "S1", "role", "noodpunt"),
                feature(3, 94000, 439000, "id", "S2", "role", "cp", "fixed", true),
                feature(4, 92000, 438000, "name", "a", "fixed", "misschien"),
                feature(5, 92000, 438000, "id", "S2"),
                feature(6, 92000, 438000, "id", "S2"),
                feature(7, 92000, 438000, "name", "b", "rdX", "oost", "rdY", 1.0));
        List<InputError> e = errors(fs, VR17);
        assertThat(e).extracting(InputError::line, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "geometry"), org.assertj.core.groups.Tuple.tuple(2L, "role"),
                org.assertj.core.groups.Tuple.tuple(3L, "fixed"), org.assertj.core.groups.Tuple.tuple(4L, "fixed"),
                org.assertj.core.groups.Tuple.tuple(6L, "id"), org.assertj.core.groups.Tuple.tuple(7L, "rdX"));
        assertThat(e).allSatisfy(err -> assertThat(err.file()).isEqualTo("plan.geojson"));
        assertThat(e.get(0).reason()).isEqualTo("feature 1: expected a Point, got a Polygon");
        assertThat(e.get(4).reason()).isEqualTo("feature 6: \"S2\" is also the id of feature 5");
    }

    @Test
    void limitsAndTheDataSetCheck() {
        assertThat(errors(List.of(), VR17)).extracting(InputError::field).containsExactly("features");
        List<GeoFeature> many = new ArrayList<>();
        for (int i = 1; i <= PlanImport.MAX_FEATURES + 1; i++) {
            many.add(feature(i, 92000, 438000));
        }
        assertThat(errors(many, VR17).get(0).reason()).contains("at most 20000 features");
        List<GeoFeature> ownTooMany = new ArrayList<>();
        for (int i = 1; i <= PlanResolver.MAX_OWN_SITES + 1; i++) {
            ownTooMany.add(feature(i, 92000, 438000, "name", "n"));
        }
        assertThat(errors(ownTooMany, VR17).get(0).reason()).contains("at most 2000 own locations");
        PlanImport.Options unknownLayer = new PlanImport.Options("p", Optional.of("VR17"), "cbs1000", Norms.defaults());
        assertThat(errors(List.of(feature(1, 91000, 438000, "id", "S1")), unknownLayer)).extracting(InputError::field)
                .containsExactly("demandLayer");
    }
}
