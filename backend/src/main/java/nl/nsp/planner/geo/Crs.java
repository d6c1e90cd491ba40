package nl.nsp.planner.geo;

import java.util.Locale;
import java.util.Optional;

/** The two coordinate reference systems the tool reads and writes. */
public enum Crs {
    /** Amersfoort / RD New, metres; all analysis runs here. */
    RD_NEW(28992),
    /** WGS84 longitude/latitude in degrees (CRS84 axis order: lon, lat). */
    WGS84(4326);

    private final int epsg;

    Crs(int epsg) {
        this.epsg = epsg;
    }

    public int epsg() {
        return epsg;
    }

    /**
     * Recognises a CRS name as written in a GeoJSON {@code crs} member or a GeoPackage
     * ({@code urn:ogc:def:crs:EPSG::28992}, {@code EPSG:28992}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}, ...).
     *
     * @return the CRS, or empty when the name denotes neither RD New nor WGS84
     */
    public static Optional<Crs> fromName(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.endsWith("CRS84") || n.matches(".*EPSG:+4326") || n.equals("4326")) {
            return Optional.of(WGS84);
        }
        if (n.matches(".*EPSG:+28992") || n.equals("28992")) {
            return Optional.of(RD_NEW);
        }
        return Optional.empty();
    }

    /**
     * Guesses the CRS from a sample coordinate inside the Netherlands.
     *
     * @return the CRS whose Dutch extent contains the point, or empty when neither does
     */
    public static Optional<Crs> guess(double first, double second) {
        if (DutchExtent.isPlausibleRd(first, second)) {
            return Optional.of(RD_NEW);
        }
        if (DutchExtent.isPlausibleWgs84(first, second)) {
            return Optional.of(WGS84);
        }
        return Optional.empty();
    }
}
