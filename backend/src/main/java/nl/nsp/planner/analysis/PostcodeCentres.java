package nl.nsp.planner.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;

/**
 * The inhabitant-weighted centre of every four-digit postcode (PC4), from the demand points whose source unit is
 * {@code PC4:nnnn} (the {@code pc4} layer spreads each postcode area over grid cells, so the centre lies where its
 * people live, not at the middle of its polygon, which may be farmland or harbour).
 *
 * <p>centre = (Σ w·x / Σ w, Σ w·y / Σ w) over the postcode's points with w = inhabitants; a postcode whose points have
 * no inhabitants gets the plain mean of its points. Its municipality is the one holding most of its inhabitants
 * (most points when it has none; ties go to the lowest code). Built once per data set, then lookups are O(1).
 */
public final class PostcodeCentres {
    private static final String PC4_UNIT = "PC4:";

    private final Map<String, Centre> centres;

    /**
     * The centre of one postcode.
     *
     * @param pc4              the four digits
     * @param x                RD x, metres
     * @param y                RD y, metres
     * @param municipalityCode the municipality holding most of its inhabitants, or {@link DemandPoint#UNASSIGNED}
     * @param inhabitants      inhabitants of the postcode's points
     */
    public record Centre(String pc4, double x, double y, String municipalityCode, double inhabitants) {
        public Centre {
            Objects.requireNonNull(pc4, "pc4");
            Objects.requireNonNull(municipalityCode, "municipalityCode");
        }
    }

    private PostcodeCentres(Map<String, Centre> centres) {
        this.centres = Map.copyOf(centres);
    }

    /** The centres from the first demand layer of {@code dataset} whose points carry PC4 source units (none: empty). */
    public static PostcodeCentres of(Dataset dataset) {
        for (DemandLayer layer : dataset.demandLayers()) {
            if (layer.points().stream().anyMatch(p -> p.sourceUnit().startsWith(PC4_UNIT))) {
                return of(layer);
            }
        }
        return new PostcodeCentres(Map.of());
    }

    /** The centres of the PC4 points of one layer (points of other source units are ignored). */
    public static PostcodeCentres of(DemandLayer layer) {
        final class Sum {
            double w;
            double wx;
            double wy;
            double x;
            double y;
            int n;
            final Map<String, double[]> byMunicipality = new HashMap<>();
        }
        Map<String, Sum> sums = new HashMap<>();
        for (DemandPoint p : layer.points()) {
            if (!p.sourceUnit().startsWith(PC4_UNIT)) {
                continue;
            }
            Sum s = sums.computeIfAbsent(p.sourceUnit().substring(PC4_UNIT.length()), k -> new Sum());
            s.w += p.inhabitants();
            s.wx += p.inhabitants() * p.x();
            s.wy += p.inhabitants() * p.y();
            s.x += p.x();
            s.y += p.y();
            s.n++;
            double[] m = s.byMunicipality.computeIfAbsent(p.municipalityCode(), k -> new double[2]);
            m[0] += p.inhabitants();
            m[1]++;
        }
        Map<String, Centre> out = new HashMap<>();
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            Sum s = e.getValue();
            double x = s.w > 0 ? s.wx / s.w : s.x / s.n;
            double y = s.w > 0 ? s.wy / s.w : s.y / s.n;
            out.put(e.getKey(), new Centre(e.getKey(), x, y, majority(s.byMunicipality), s.w));
        }
        return new PostcodeCentres(out);
    }

    /** The code with the most inhabitants, then the most points, then the lowest code; "" (unassigned) loses to any code. */
    private static String majority(Map<String, double[]> byMunicipality) {
        String best = null;
        double[] bestValue = null;
        for (Map.Entry<String, double[]> e : byMunicipality.entrySet()) {
            double[] v = e.getValue();
            String code = e.getKey();
            if (best == null || better(code, v, best, bestValue)) {
                best = code;
                bestValue = v;
            }
        }
        return best;
    }

    private static boolean better(String code, double[] v, String best, double[] bestValue) {
        if (code.isEmpty() != best.isEmpty()) {
            return best.isEmpty();
        }
        if (v[0] != bestValue[0]) {
            return v[0] > bestValue[0];
        }
        if (v[1] != bestValue[1]) {
            return v[1] > bestValue[1];
        }
        return code.compareTo(best) < 0;
    }

    /** The centre of a four-digit postcode. */
    public Optional<Centre> centre(String pc4) {
        return Optional.ofNullable(centres.get(pc4));
    }

    /** Every centre, by postcode. */
    public Map<String, Centre> all() {
        return centres;
    }

    /** Number of postcodes known (0 when the data set has no PC4 layer). */
    public int size() {
        return centres.size();
    }
}
