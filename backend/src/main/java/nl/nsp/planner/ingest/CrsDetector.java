package nl.nsp.planner.ingest;

import java.util.Locale;
import java.util.Optional;
import nl.nsp.planner.geo.Crs;
import nl.nsp.planner.geo.DutchExtent;
import nl.nsp.planner.geo.RdProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Decides the CRS of a feature file from its declared CRS and its coordinates, and brings each geometry into
 * RD New.
 *
 * <p>Rules: the first feature whose first coordinate is plausible for the Netherlands decides. A declared CRS
 * must match it: coordinates that look like the other CRS, or like lat/lon in swapped order, make the whole
 * file unusable ({@link InputException}). Without a declared CRS (RFC 7946 says WGS84), RD-looking coordinates
 * are accepted as RD New with a note. Features whose envelope lies outside the Dutch extent of the decided
 * CRS are rejected one by one. Invalid polygons are repaired with JTS {@link GeometryFixer} and noted (the
 * repaired area is reported so a reader can judge the change).
 */
final class CrsDetector {
    private final FileLog log;
    private final Optional<Crs> declared;
    private final String declaredName;
    private Crs decided;
    private long featuresSeen;

    /**
     * @param declaredName the CRS name as written in the file, or empty when the file declares none
     * @throws InputException when the name denotes neither RD New nor WGS84
     */
    CrsDetector(FileLog log, String declaredName) {
        this.log = log;
        this.declaredName = declaredName;
        if (declaredName.isEmpty()) {
            declared = Optional.empty();
        } else {
            declared = Crs.fromName(declaredName);
            if (declared.isEmpty()) {
                throw log.fileError("declared CRS \"" + declaredName + "\" is neither RD New (EPSG:28992) nor WGS84"
                        + " (EPSG:4326/CRS84); convert the file to one of these");
            }
        }
    }

    /** The decided CRS, or the declared one when no feature has been seen yet (WGS84 when neither). */
    Crs crs() {
        return decided != null ? decided : declared.orElse(Crs.WGS84);
    }

    /**
     * Returns the geometry in RD New, valid, or null when the feature was rejected (and logged).
     *
     * @throws InputException when the coordinates show that the file as a whole is in another CRS
     */
    Geometry toRd(long index, Geometry source) {
        featuresSeen++;
        if (source.isEmpty()) {
            log.reject(index, "geometry", "empty geometry");
            return null;
        }
        if (decided == null && !decide(index, source.getCoordinate())) {
            return null;
        }
        Envelope env = source.getEnvelopeInternal();
        if (!plausible(decided, env.getMinX(), env.getMinY()) || !plausible(decided, env.getMaxX(), env.getMaxY())) {
            log.reject(index, "geometry", String.format(Locale.ROOT,
                    "coordinates outside the European Netherlands for %s: extent (%s %s, %s %s)", label(decided),
                    num(env.getMinX()), num(env.getMinY()), num(env.getMaxX()), num(env.getMaxY())));
            return null;
        }
        Geometry rd = decided == Crs.WGS84 ? RdProjection.toRd(source) : source;
        if (rd instanceof Polygonal || rd.getDimension() == 2) {
            IsValidOp op = new IsValidOp(rd);
            TopologyValidationError err = op.getValidationError();
            if (err != null) {
                Geometry fixed = GeometryFixer.fix(rd);
                log.note(index, "geometry", String.format(Locale.ROOT,
                        "invalid polygon (%s) repaired; area %.0f m² -> %.0f m²", err, rd.getArea(), fixed.getArea()));
                rd = fixed;
            }
        }
        return rd;
    }

    /**
     * Finishes the file.
     *
     * @throws InputException when features were present but none had coordinates plausible for the Netherlands
     */
    void finish() {
        if (decided == null && featuresSeen > 0 && log.rejectedCount() > 0) {
            throw log.fileError("no feature has coordinates in the European Netherlands for "
                    + (declared.isPresent() ? "the declared CRS " + declaredName : "RD New or WGS84")
                    + "; the file may be in another CRS");
        }
    }

    private boolean decide(long index, Coordinate c) {
        if (declared.isPresent()) {
            Crs d = declared.get();
            if (plausible(d, c.x, c.y)) {
                decided = d;
                return true;
            }
            if (d == Crs.WGS84 && DutchExtent.isPlausibleWgs84(c.y, c.x)) {
                throw swapped(index, c);
            }
            Crs other = d == Crs.WGS84 ? Crs.RD_NEW : Crs.WGS84;
            if (plausible(other, c.x, c.y)) {
                throw new InputException(new InputError(log.fileName(), index, "crs", String.format(Locale.ROOT,
                        "declares %s (%s) but the coordinates (%s, %s) are %s", label(d), declaredName, num(c.x),
                        num(c.y), label(other))));
            }
            log.reject(index, "geometry", String.format(Locale.ROOT, "coordinate (%s, %s) is not in the Netherlands for %s",
                    num(c.x), num(c.y), label(d)));
            return false;
        }
        Optional<Crs> guess = Crs.guess(c.x, c.y);
        if (guess.isPresent()) {
            decided = guess.get();
            if (decided == Crs.RD_NEW) {
                log.note(0, "crs", "no crs member (RFC 7946 implies WGS84), but the coordinates are RD New metres:"
                        + " read as EPSG:28992");
            }
            return true;
        }
        if (DutchExtent.isPlausibleWgs84(c.y, c.x)) {
            throw swapped(index, c);
        }
        log.reject(index, "geometry", String.format(Locale.ROOT,
                "coordinate (%s, %s) is neither RD New nor WGS84 in the Netherlands", num(c.x), num(c.y)));
        return false;
    }

    private InputException swapped(long index, Coordinate c) {
        return new InputException(new InputError(log.fileName(), index, "geometry", String.format(Locale.ROOT,
                "coordinates (%s, %s) look like latitude/longitude in swapped order; GeoJSON WGS84 is longitude first",
                num(c.x), num(c.y))));
    }

    static boolean plausible(Crs crs, double x, double y) {
        return crs == Crs.RD_NEW ? DutchExtent.isPlausibleRd(x, y) : DutchExtent.isPlausibleWgs84(x, y);
    }

    static String label(Crs crs) {
        return crs == Crs.RD_NEW ? "RD New (EPSG:28992)" : "WGS84 (EPSG:4326)";
    }

    private static String num(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.6f", v);
    }
}
