package nl.nsp.planner.domain;

import java.util.Objects;

/**
 * A point where people live: a CBS grid-cell centre, or a point that carries part of the population of
 * an areal unit (postcode area, wijk). Weights are doubles because an areal unit spread over points
 * gives fractional people; grid cells carry whole numbers.
 *
 * @param id                unique within its data set, e.g. {@code E0974N4514} or {@code PC4-3011#7}
 * @param x                 RD New easting in metres
 * @param y                 RD New northing in metres
 * @param inhabitants       people, >= 0
 * @param inhabitants65Plus people aged 65 and over, >= 0, or {@link #UNKNOWN} (NaN) when suppressed or not published
 * @param municipalityCode  the gemeentecode containing the point, or {@link #UNASSIGNED}
 * @param sourceUnit        the unit it came from, e.g. {@code CBS100m:E0974N4514} or {@code PC4:3011}
 */
public record DemandPoint(String id, double x, double y, double inhabitants, double inhabitants65Plus,
        String municipalityCode, String sourceUnit) {
    /** Marks an unknown 65+ count. */
    public static final double UNKNOWN = Double.NaN;
    /** Municipality code of a point that lies in no known municipality. */
    public static final String UNASSIGNED = "";

    public DemandPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("demand point " + id + ": coordinates must be finite, got (" + x + ", " + y + ")");
        }
        if (!(inhabitants >= 0 && inhabitants < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("demand point " + id + ": inhabitants must be >= 0, got " + inhabitants);
        }
        if (!Double.isNaN(inhabitants65Plus) && !(0 <= inhabitants65Plus && inhabitants65Plus <= inhabitants)) {
            throw new IllegalArgumentException("demand point " + id + ": inhabitants 65+ must be within 0.."
                    + inhabitants + " or unknown, got " + inhabitants65Plus);
        }
    }

    /** True when the 65+ count is published for this point. */
    public boolean inhabitants65PlusKnown() {
        return !Double.isNaN(inhabitants65Plus);
    }
}
