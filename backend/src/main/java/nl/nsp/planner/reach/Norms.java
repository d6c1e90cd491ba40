package nl.nsp.planner.reach;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reachability norms every coverage figure is computed with; they are echoed with every result.
 *
 * <p>A person counts as covered when an open site lies within their radius: {@link #radiusMetres} for
 * everyone, or the per-urbanity override for people in a municipality of that CBS urbanity class (1 very
 * strongly urban .. 5 not urban). People aged 65+ are also measured against the stricter
 * {@link #radius65Metres}. A point exactly on a radius counts as covered ({@code distance <= radius}).
 *
 * @param radiusMetres          radius for all inhabitants (default 1,000 m)
 * @param radius65Metres        radius for inhabitants 65+ (default 500 m)
 * @param urbanityRadiusMetres  optional override of {@code radiusMetres} per urbanity class 1..5 (e.g. {4: 1500,
 *                              5: 1500}); points of unknown urbanity (class 0) use {@code radiusMetres}
 * @param linkRangeMetres       largest NSP-to-CP distance for a link (default 5,000 m)
 * @param maxNspPerCp           most NSPs one CP may serve (default 20)
 * @param inhabitantsPerNsp     rule of thumb the NSP loads are measured against (default 5,000)
 */
public record Norms(double radiusMetres, double radius65Metres, Map<Integer, Double> urbanityRadiusMetres,
        double linkRangeMetres, int maxNspPerCp, double inhabitantsPerNsp) {
    public static final double DEFAULT_RADIUS_METRES = 1_000;
    public static final double DEFAULT_RADIUS_65_METRES = 500;
    public static final double DEFAULT_LINK_RANGE_METRES = 5_000;
    public static final int DEFAULT_MAX_NSP_PER_CP = 20;
    public static final double DEFAULT_INHABITANTS_PER_NSP = 5_000;

    public Norms {
        requireRadius("radius", radiusMetres);
        requireRadius("65+ radius", radius65Metres);
        requireRadius("link range", linkRangeMetres);
        Objects.requireNonNull(urbanityRadiusMetres, "urbanityRadiusMetres");
        for (Map.Entry<Integer, Double> e : urbanityRadiusMetres.entrySet()) {
            Integer cls = Objects.requireNonNull(e.getKey(), "urbanity class");
            if (!(1 <= cls && cls <= 5)) {
                throw new IllegalArgumentException("urbanity class must be 1..5, got " + cls);
            }
            requireRadius("radius for urbanity class " + cls, Objects.requireNonNull(e.getValue(), "radius"));
        }
        urbanityRadiusMetres = Collections.unmodifiableSortedMap(new TreeMap<>(urbanityRadiusMetres));
        if (maxNspPerCp < 1) {
            throw new IllegalArgumentException("max NSPs per CP must be >= 1, got " + maxNspPerCp);
        }
        if (!(inhabitantsPerNsp > 0 && inhabitantsPerNsp < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("inhabitants per NSP must be > 0, got " + inhabitantsPerNsp);
        }
    }

    /** The defaults: 1,000 m, 65+ 500 m, no urbanity override, link 5,000 m, 20 NSPs per CP, 5,000 per NSP. */
    public static Norms defaults() {
        return new Norms(DEFAULT_RADIUS_METRES, DEFAULT_RADIUS_65_METRES, Map.of(), DEFAULT_LINK_RANGE_METRES,
                DEFAULT_MAX_NSP_PER_CP, DEFAULT_INHABITANTS_PER_NSP);
    }

    /** A copy with other radii for everyone and for 65+. */
    public Norms withRadii(double radius, double radius65) {
        return new Norms(radius, radius65, urbanityRadiusMetres, linkRangeMetres, maxNspPerCp, inhabitantsPerNsp);
    }

    /** A copy with other link settings. */
    public Norms withLink(double linkRange, int maxPerCp) {
        return new Norms(radiusMetres, radius65Metres, urbanityRadiusMetres, linkRange, maxPerCp, inhabitantsPerNsp);
    }

    /** The all-inhabitants radius for a point in a municipality of this urbanity class (0 = unknown). */
    public double radiusFor(int urbanityClass) {
        Double r = urbanityRadiusMetres.get(urbanityClass);
        return r == null ? radiusMetres : r;
    }

    /** The largest radius any person is measured against: the cutoff a coverage index needs. */
    public double maxRadiusMetres() {
        double max = Math.max(radiusMetres, radius65Metres);
        for (double r : urbanityRadiusMetres.values()) {
            max = Math.max(max, r);
        }
        return max;
    }

    private static void requireRadius(String what, double metres) {
        if (!(metres >= 0 && metres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " must be a finite number of metres >= 0, got " + metres);
        }
    }
}
