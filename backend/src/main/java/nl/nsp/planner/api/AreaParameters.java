package nl.nsp.planner.api;

import java.util.Locale;
import nl.nsp.planner.api.geojson.WgsBox;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.store.PlannerStore;

/**
 * Parses the {@code region}, {@code municipality} and {@code bbox} request parameters into an {@link Area}:
 * exactly one must be given; codes must be well-formed (else 400) and known (else 404); a box must be
 * {@code minLon,minLat,maxLon,maxLat} within the Netherlands' surroundings and at most
 * {@value #MAX_BOX_DEGREES} degrees on a side.
 */
public final class AreaParameters {
    /** Largest accepted box edge in degrees (the Netherlands spans about 4 by 3). */
    public static final double MAX_BOX_DEGREES = 5;

    private AreaParameters() {
    }

    public static Area parse(String region, String municipality, String bbox, PlannerStore store) {
        int given = (region == null ? 0 : 1) + (municipality == null ? 0 : 1) + (bbox == null ? 0 : 1);
        if (given != 1) {
            throw new BadRequestException("region", "give exactly one of region=VR##, municipality=GM#### or "
                    + "bbox=minLon,minLat,maxLon,maxLat (got " + given + ")");
        }
        if (region != null) {
            return new Area.Region(regionCode(region, store));
        }
        if (municipality != null) {
            return new Area.Municipality(municipalityCode(municipality, store));
        }
        WgsBox box = box(bbox);
        return new Area.Box(box, box.toRd());
    }

    /** A well-formed, known region code (upper-cased). */
    public static String regionCode(String raw, PlannerStore store) {
        String code = raw.trim().toUpperCase(Locale.ROOT);
        if (!Codes.isRegion(code)) {
            throw new BadRequestException("region", "expected a veiligheidsregio code VR01..VR25, got \"" + raw + "\"");
        }
        if (store.region(code).isEmpty()) {
            throw new NotFoundException("region", "unknown veiligheidsregio " + code);
        }
        return code;
    }

    /** A well-formed, known municipality code (upper-cased). */
    public static String municipalityCode(String raw, PlannerStore store) {
        String code = raw.trim().toUpperCase(Locale.ROOT);
        if (!Codes.isMunicipality(code)) {
            throw new BadRequestException("municipality", "expected a gemeentecode GM####, got \"" + raw + "\"");
        }
        if (store.municipality(code).isEmpty()) {
            throw new NotFoundException("municipality", "unknown gemeente " + code);
        }
        return code;
    }

    static WgsBox box(String raw) {
        String[] parts = raw.split(",", -1);
        if (parts.length != 4) {
            throw new BadRequestException("bbox", "expected minLon,minLat,maxLon,maxLat, got \"" + raw + "\"");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("bbox", "value " + (i + 1) + " is not a number: \"" + parts[i] + "\"");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadRequestException("bbox", "value " + (i + 1) + " must be finite, got " + parts[i]);
            }
        }
        if (!(v[0] < v[2] && v[1] < v[3])) {
            throw new BadRequestException("bbox", "min must be below max, got " + raw);
        }
        if (!(-10 <= v[0] && v[2] <= 20 && 45 <= v[1] && v[3] <= 60)) {
            throw new BadRequestException("bbox", "box must lie in lon -10..20, lat 45..60 (RD New covers the "
                    + "Netherlands only), got " + raw);
        }
        if (v[2] - v[0] > MAX_BOX_DEGREES || v[3] - v[1] > MAX_BOX_DEGREES) {
            throw new BadRequestException("bbox", "box is larger than " + MAX_BOX_DEGREES + " degrees on a side: " + raw);
        }
        return new WgsBox(v[0], v[1], v[2], v[3]);
    }
}
