package nl.nsp.planner.api.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.api.plan.RequestLimits;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.Norms;

/**
 * Norms in a request; every field is optional and falls back to {@link Norms#defaults()}. Radii must lie in
 * (0, {@value RequestLimits#MAX_RADIUS_METRES}] metres (the whole country: up to
 * {@value RequestLimits#MAX_NATIONAL_RADIUS_METRES}), the link range in (0, 100 km], at most 10,000 NSPs per CP and
 * a load rule in (0, 10 million] inhabitants: a request beyond them is refused before any index is built.
 */
public record NormsRequest(Double radiusMetres, Double radius65Metres, Map<Integer, Double> urbanityRadiusMetres,
        Double linkRangeMetres, Integer maxNspPerCp, Double inhabitantsPerNsp) {
    public Norms toNorms(boolean national) {
        double maxRadius = national ? RequestLimits.MAX_NATIONAL_RADIUS_METRES : RequestLimits.MAX_RADIUS_METRES;
        List<InputError> errors = new ArrayList<>();
        range(errors, "norms.radiusMetres", radiusMetres, maxRadius, "metres", national);
        range(errors, "norms.radius65Metres", radius65Metres, maxRadius, "metres", national);
        if (urbanityRadiusMetres != null) {
            for (Map.Entry<Integer, Double> e : urbanityRadiusMetres.entrySet()) {
                String field = "norms.urbanityRadiusMetres." + e.getKey();
                if (e.getKey() == null || !(1 <= e.getKey() && e.getKey() <= 5)) {
                    errors.add(error(field, "urbanity class must be 1..5 (CBS stedelijkheid), got " + e.getKey()));
                } else if (e.getValue() == null) {
                    errors.add(error(field, "required: a radius in metres"));
                } else {
                    range(errors, field, e.getValue(), maxRadius, "metres", national);
                }
            }
        }
        range(errors, "norms.linkRangeMetres", linkRangeMetres, RequestLimits.MAX_LINK_RANGE_METRES, "metres", false);
        if (maxNspPerCp != null && !(1 <= maxNspPerCp && maxNspPerCp <= RequestLimits.MAX_NSP_PER_CP)) {
            errors.add(error("norms.maxNspPerCp", "must be 1.." + RequestLimits.MAX_NSP_PER_CP + ", got " + maxNspPerCp));
        }
        range(errors, "norms.inhabitantsPerNsp", inhabitantsPerNsp, RequestLimits.MAX_INHABITANTS_PER_NSP, "inhabitants", false);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Norms d = Norms.defaults();
        return new Norms(radiusMetres == null ? d.radiusMetres() : radiusMetres,
                radius65Metres == null ? d.radius65Metres() : radius65Metres,
                urbanityRadiusMetres == null ? d.urbanityRadiusMetres() : urbanityRadiusMetres,
                linkRangeMetres == null ? d.linkRangeMetres() : linkRangeMetres,
                maxNspPerCp == null ? d.maxNspPerCp() : maxNspPerCp,
                inhabitantsPerNsp == null ? d.inhabitantsPerNsp() : inhabitantsPerNsp);
    }

    /** The norms of a request for a region ({@code national} = no region), defaults for null. */
    public static Norms orDefaults(NormsRequest n, boolean national) {
        return n == null ? Norms.defaults() : n.toNorms(national);
    }

    private static void range(List<InputError> errors, String field, Double value, double max, String unit, boolean national) {
        if (value != null && !(0 < value && value <= max)) {
            errors.add(error(field, "must be > 0 and at most " + (long) max + " " + unit + (national ? " for the whole country" : "")
                    + ", got " + value));
        }
    }

    private static InputError error(String field, String reason) {
        return new InputError("request", 0, field, reason);
    }
}
