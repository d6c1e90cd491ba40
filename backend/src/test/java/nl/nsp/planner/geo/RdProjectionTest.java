package nl.nsp.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RdProjectionTest {
    // 1 m is about 9e-6 degrees of latitude and 1.5e-5 degrees of longitude at 52 N
    private static final double ONE_METRE_LAT = 9.0e-6;
    private static final double ONE_METRE_LON = 1.5e-5;

    @Test
    void amersfoortOriginMatchesPublishedPosition() {
        // RD origin, Onze Lieve Vrouwetoren Amersfoort: 52.15517440 N, 5.38720621 E (RDNAPTRANS reference)
        LatLon p = RdProjection.toWgs84(new RdPoint(155_000, 463_000));
        assertThat(p.lat()).isCloseTo(52.1551744, within(ONE_METRE_LAT));
        assertThat(p.lon()).isCloseTo(5.3872062, within(ONE_METRE_LON));
    }

    @Test
    void agreesWithKiesraadPollingStationWithinOneMetre() {
        // stemlokalen_tk2023.csv, "Basisschool De Schakel": X 96861.2966, Y 464336.2812,
        // lat 52.1641236973, lon 4.5374631533 (the source computed both from one address point)
        LatLon p = RdProjection.toWgs84(new RdPoint(96_861.2966, 464_336.2812));
        assertThat(p.lat()).isCloseTo(52.1641236973, within(ONE_METRE_LAT));
        assertThat(p.lon()).isCloseTo(4.5374631533, within(ONE_METRE_LON));
        RdPoint back = RdProjection.toRd(new LatLon(52.1641236973, 4.5374631533));
        assertThat(back.distanceTo(new RdPoint(96_861.2966, 464_336.2812))).isLessThan(1.0);
    }

    @Test
    void roundTripIsBelowOneCentimetre() {
        RdPoint start = new RdPoint(92_500.5, 437_321.25);
        RdPoint back = RdProjection.toRd(RdProjection.toWgs84(start));
        assertThat(back.distanceTo(start)).isLessThan(0.01);
    }

    @Test
    void recognisesCrsNamesAndGuessesFromCoordinates() {
        assertThat(Crs.fromName("urn:ogc:def:crs:EPSG::28992")).contains(Crs.RD_NEW);
        assertThat(Crs.fromName("EPSG:28992")).contains(Crs.RD_NEW);
        assertThat(Crs.fromName("urn:ogc:def:crs:OGC:1.3:CRS84")).contains(Crs.WGS84);
        assertThat(Crs.fromName("EPSG:3857")).isEmpty();
        assertThat(Crs.guess(155_000, 463_000)).contains(Crs.RD_NEW);
        assertThat(Crs.guess(5.38, 52.15)).contains(Crs.WGS84);
        assertThat(Crs.guess(52.15, 5.38)).isEmpty(); // swapped lat/lon is implausible
    }
}
