package nl.nsp.planner.reach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;

/**
 * Demand points as primitive columns for the hot loops: coordinates, weights in fixed point, and the area
 * group each point belongs to at every {@link AreaLevel}.
 *
 * <p>Weights are stored as whole <em>units</em> of {@code 1 / UNITS_PER_PERSON} person ({@link #UNITS_PER_PERSON}
 * = 10^6), so that sums are exact integers whatever order points are added or removed in; an incremental
 * total therefore equals a recomputation from scratch to the unit. Weights are rounded to the nearest unit
 * (a millionth of a person), which is exact for the whole numbers of CBS grid cells. Unknown 65+ counts are
 * kept as {@code -1}. Immutable.
 */
public final class DemandTable {
    /** Weight units per person. */
    public static final long UNITS_PER_PERSON = 1_000_000L;
    /** Group code of points in no known municipality or region. */
    public static final String UNASSIGNED = "";

    private final String[] ids;
    private final double[] x;
    private final double[] y;
    private final long[] weightUnits;
    private final long[] weight65Units;
    private final int[] urbanityClass;
    private final int[][] groupOf;
    private final List<List<String>> groupCodes;
    private final int[][] groupSize;
    private final Map<String, String> names;

    private DemandTable(String[] ids, double[] x, double[] y, long[] weightUnits, long[] weight65Units,
            int[] urbanityClass, int[][] groupOf, List<List<String>> groupCodes, Map<String, String> names) {
        this.ids = ids;
        this.x = x;
        this.y = y;
        this.weightUnits = weightUnits;
        this.weight65Units = weight65Units;
        this.urbanityClass = urbanityClass;
        this.groupOf = groupOf;
        this.groupCodes = groupCodes;
        this.names = names;
        groupSize = new int[groupOf.length][];
        for (int l = 0; l < groupOf.length; l++) {
            groupSize[l] = new int[groupCodes.get(l).size()];
            for (int g : groupOf[l]) {
                groupSize[l][g]++;
            }
        }
    }

    /** Demand without areas: every point is unassigned (as read from a generic CSV). */
    public static DemandTable of(List<DemandPoint> points) {
        return of(points, List.of(), Map.of());
    }

    /**
     * Builds the table, locating each point through its {@code municipalityCode}.
     *
     * @param points         the demand points, in index order
     * @param municipalities known municipalities (for region and urbanity); a point whose code is not among them
     *                       keeps its municipality code but gets region {@code ""} and urbanity 0
     * @param regionNames    names of regions by code, for reports (may be empty)
     */
    public static DemandTable of(List<DemandPoint> points, List<Municipality> municipalities,
            Map<String, String> regionNames) {
        int n = points.size();
        Map<String, Municipality> byCode = new HashMap<>();
        for (Municipality m : municipalities) {
            byCode.put(m.code(), m);
        }
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        long[] w65 = new long[n];
        int[] urb = new int[n];
        String[][] codes = new String[AreaLevel.values().length][n];
        for (int i = 0; i < n; i++) {
            DemandPoint p = points.get(i);
            ids[i] = p.id();
            x[i] = p.x();
            y[i] = p.y();
            w[i] = toUnits(p.inhabitants());
            w65[i] = p.inhabitants65PlusKnown() ? Math.min(w[i], toUnits(p.inhabitants65Plus())) : -1;
            Municipality m = byCode.get(p.municipalityCode());
            urb[i] = m == null ? 0 : m.urbanityClass();
            codes[AreaLevel.MUNICIPALITY.ordinal()][i] = p.municipalityCode();
            codes[AreaLevel.REGION.ordinal()][i] = m == null ? UNASSIGNED : m.regionCode();
            codes[AreaLevel.URBANITY.ordinal()][i] = Integer.toString(urb[i]);
            codes[AreaLevel.TOTAL.ordinal()][i] = "total";
        }
        int[][] groupOf = new int[AreaLevel.values().length][];
        List<List<String>> groupCodes = new ArrayList<>();
        for (AreaLevel level : AreaLevel.values()) {
            String[] c = codes[level.ordinal()];
            List<String> sorted = List.copyOf(new TreeSet<>(List.of(c)));
            Map<String, Integer> index = new HashMap<>();
            for (int g = 0; g < sorted.size(); g++) {
                index.put(sorted.get(g), g);
            }
            int[] of = new int[n];
            for (int i = 0; i < n; i++) {
                of[i] = index.get(c[i]);
            }
            groupOf[level.ordinal()] = of;
            groupCodes.add(sorted);
        }
        Map<String, String> names = new HashMap<>(regionNames);
        for (Municipality m : municipalities) {
            names.put(m.code(), m.name());
        }
        return new DemandTable(ids, x, y, w, w65, urb, groupOf, List.copyOf(groupCodes), Collections.unmodifiableMap(names));
    }

    /** Rounds persons to weight units. */
    public static long toUnits(double persons) {
        if (!(persons >= 0 && persons < 9e12)) {
            throw new IllegalArgumentException("weight must be within 0..9e12 persons, got " + persons);
        }
        return Math.round(persons * UNITS_PER_PERSON);
    }

    /** Converts weight units back to persons. */
    public static double toPersons(long units) {
        return (double) units / UNITS_PER_PERSON;
    }

    public int size() {
        return ids.length;
    }

    public String id(int i) {
        return ids[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Eastings of all points (a copy). */
    public double[] xs() {
        return x.clone();
    }

    /** Northings of all points (a copy). */
    public double[] ys() {
        return y.clone();
    }

    public long weightUnits(int i) {
        return weightUnits[i];
    }

    /** 65+ weight units, or {@code -1} when unknown. */
    public long weight65Units(int i) {
        return weight65Units[i];
    }

    /** CBS urbanity class 1..5 of the point's municipality, 0 when unknown. */
    public int urbanityClass(int i) {
        return urbanityClass[i];
    }

    /** Group index of point {@code i} at {@code level}. */
    public int group(AreaLevel level, int i) {
        return groupOf[level.ordinal()][i];
    }

    /** The group of every point at {@code level} (a copy), for loops over all points. */
    public int[] groups(AreaLevel level) {
        return groupOf[level.ordinal()].clone();
    }

    /** The group arrays by level ordinal, for hot loops (do not modify). */
    int[][] groupArrays() {
        return groupOf;
    }

    /** Number of groups at a level. */
    public int groupCount(AreaLevel level) {
        return groupCodes.get(level.ordinal()).size();
    }

    /** Number of demand points in group {@code g} at {@code level}. */
    public int groupSize(AreaLevel level, int g) {
        return groupSize[level.ordinal()][g];
    }

    /** Code of group {@code g} at {@code level}; groups are sorted by code. */
    public String groupCode(AreaLevel level, int g) {
        return groupCodes.get(level.ordinal()).get(g);
    }

    /** Name of a municipality or region code, or the code itself when no name is known. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }
}
