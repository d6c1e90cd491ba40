package nl.nsp.planner.api.coverage;

import java.util.Map;
import nl.nsp.planner.reach.Norms;

/** Norms in a request; every field is optional and falls back to {@link Norms#defaults()}. */
public record NormsRequest(Double radiusMetres, Double radius65Metres, Map<Integer, Double> urbanityRadiusMetres,
        Double linkRangeMetres, Integer maxNspPerCp, Double inhabitantsPerNsp) {
    public Norms toNorms() {
        Norms d = Norms.defaults();
        return new Norms(radiusMetres == null ? d.radiusMetres() : radiusMetres,
                radius65Metres == null ? d.radius65Metres() : radius65Metres,
                urbanityRadiusMetres == null ? d.urbanityRadiusMetres() : urbanityRadiusMetres,
                linkRangeMetres == null ? d.linkRangeMetres() : linkRangeMetres,
                maxNspPerCp == null ? d.maxNspPerCp() : maxNspPerCp,
                inhabitantsPerNsp == null ? d.inhabitantsPerNsp() : inhabitantsPerNsp);
    }

    public static Norms orDefaults(NormsRequest n) {
        return n == null ? Norms.defaults() : n.toNorms();
    }
}
