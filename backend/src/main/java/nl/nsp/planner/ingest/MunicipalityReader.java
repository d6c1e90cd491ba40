package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.Municipality;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reads municipality polygons with their CBS attributes from GeoJSON (RD or WGS84) or a GeoPackage (layer
 * {@code gemeenten}, as in the CBS Wijk- en Buurtkaart).
 *
 * <p>Fields: {@code gemeentecode} (or {@code statcode}), {@code gemeentenaam} (or {@code statnaam}),
 * {@code aantal_inwoners} (required, >= 0; CBS negative codes such as -99997 are rejected),
 * {@code stedelijkheid} (1..5, else 0 = unknown) and {@code vr_code} (optional; the membership table fills it
 * in when absent). Features with {@code water = JA} (the separate water areas of the CBS layer) are skipped
 * with a note. A feature with a bad code, a duplicate code, no inhabitants or a non-polygon geometry is
 * rejected and reported.
 */
public final class MunicipalityReader {
    private MunicipalityReader() {
    }

    /**
     * Reads a municipality file.
     *
     * @throws InputException when the file cannot be used at all or contains no valid municipality
     */
    public static ReadResult<Municipality> read(Path file) {
        FileLog log = new FileLog(file.getFileName().toString());
        List<Municipality> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        String format = FeatureFiles.read(file, List.of("gemeenten", "gemeente", "gemeente_gegeneraliseerd"), log, f -> {
            if (f.text("water").equalsIgnoreCase("JA")) {
                // CBS Wijk- en Buurtkaart: water areas are separate features of the gemeenten layer
                log.note(f.index(), "water", "water area of " + f.text("gemeentecode") + " skipped");
                return;
            }
            String codeField = f.has("gemeentecode") ? "gemeentecode" : "statcode";
            String raw = f.text(codeField);
            String code;
            try {
                code = Codes.normaliseMunicipality(raw);
            } catch (IllegalArgumentException e) {
                log.reject(f.index(), codeField, "expected a gemeentecode GM####, got \"" + raw + "\"");
                return;
            }
            Long first = seen.putIfAbsent(code, f.index());
            if (first != null) {
                log.reject(f.index(), codeField, "duplicate gemeentecode " + code + " (first in feature " + first + ")");
                return;
            }
            String name = f.has("gemeentenaam") ? f.text("gemeentenaam") : f.text("statnaam");
            if (name.isEmpty()) {
                log.reject(f.index(), "gemeentenaam", "empty name for " + code);
                seen.remove(code);
                return;
            }
            long inhabitants;
            try {
                OptionalDouble v = f.number("aantal_inwoners");
                if (v.isEmpty() || v.getAsDouble() < 0 || v.getAsDouble() != Math.rint(v.getAsDouble())) {
                    log.reject(f.index(), "aantal_inwoners", code + ": expected a whole number >= 0, got "
                            + (v.isEmpty() ? "nothing" : "\"" + f.text("aantal_inwoners") + "\"")
                            + (v.isPresent() && v.getAsDouble() < 0 ? " (CBS code for suppressed/unknown)" : ""));
                    seen.remove(code);
                    return;
                }
                inhabitants = (long) v.getAsDouble();
            } catch (NumberFormatException e) {
                log.reject(f.index(), "aantal_inwoners", code + ": expected a number, got \"" + f.text("aantal_inwoners") + "\"");
                seen.remove(code);
                return;
            }
            if (!(f.geometry() instanceof Polygonal)) {
                log.reject(f.index(), "geometry", code + ": expected a (Multi)Polygon, got " + f.geometry().getGeometryType());
                seen.remove(code);
                return;
            }
            int urbanity = urbanity(f, log, code);
            String region = f.text("vr_code");
            if (!region.isEmpty() && !Codes.isRegion(region)) {
                log.note(f.index(), "vr_code", code + ": ignored malformed vr_code \"" + region + "\"");
                region = "";
            }
            out.add(new Municipality(code, name, region, inhabitants, urbanity, f.geometry()));
        });
        if (out.isEmpty()) {
            List<InputError> all = new ArrayList<>();
            all.add(new InputError(log.fileName(), 0, "", "no valid municipality"));
            all.addAll(log.rejected());
            throw new InputException(all);
        }
        return ReadResult.of(log, format, out);
    }

    private static int urbanity(GeoFeature f, FileLog log, String code) {
        try {
            OptionalDouble v = f.number("stedelijkheid");
            if (v.isEmpty()) {
                return 0;
            }
            double d = v.getAsDouble();
            if (d >= 1 && d <= 5 && d == Math.rint(d)) {
                return (int) d;
            }
            if (d >= 0) {
                log.note(f.index(), "stedelijkheid", code + ": expected 1..5, got " + f.text("stedelijkheid") + "; kept as unknown");
            }
            return 0;
        } catch (NumberFormatException e) {
            log.note(f.index(), "stedelijkheid", code + ": not a number \"" + f.text("stedelijkheid") + "\"; kept as unknown");
            return 0;
        }
    }
}
