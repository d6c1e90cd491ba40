package nl.nsp.planner.geo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell of the CBS square grids (vierkantstatistieken), identified as in the CBS products:
 * {@code E0974N4514} is the cell whose south-west corner lies at RD x = 97,400 m, y = 451,400 m
 * (the numbers are hectometres, whatever the cell size).
 *
 * @param westMetres  RD x of the south-west corner
 * @param southMetres RD y of the south-west corner
 * @param sizeMetres  cell edge, 100 or 500 (any positive multiple of 100 is accepted)
 */
public record CbsCellId(int westMetres, int southMetres, int sizeMetres) {
    private static final Pattern ID = Pattern.compile("E(\\d{4})N(\\d{4})");

    public CbsCellId {
        if (sizeMetres <= 0 || sizeMetres % 100 != 0) {
            throw new IllegalArgumentException("CBS cell size must be a positive multiple of 100 m, got " + sizeMetres);
        }
    }

    /**
     * Decodes a CBS cell id.
     *
     * @throws IllegalArgumentException when the id is not of the form {@code E####N####}
     */
    public static CbsCellId parse(String id, int sizeMetres) {
        Matcher m = ID.matcher(id.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CBS cell id (expected E####N####): \"" + id + "\"");
        }
        return new CbsCellId(Integer.parseInt(m.group(1)) * 100, Integer.parseInt(m.group(2)) * 100, sizeMetres);
    }

    /** The cell centre in RD metres. */
    public RdPoint centre() {
        return new RdPoint(westMetres + sizeMetres / 2.0, southMetres + sizeMetres / 2.0);
    }

    /** The id as CBS writes it. */
    public String id() {
        return String.format("E%04dN%04d", westMetres / 100, southMetres / 100);
    }
}
