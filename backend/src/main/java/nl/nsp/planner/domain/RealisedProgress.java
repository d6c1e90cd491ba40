package nl.nsp.planner.domain;

import java.util.Objects;

/**
 * What a safety region reports as realised in one year, for the accountability sheet.
 *
 * @param regionCode   {@code VR01}..{@code VR25}
 * @param year         the calendar year
 * @param nspRealised  NSPs in operation at the end of the year (>= 0)
 * @param cpRealised   coördinatiepunten in operation at the end of the year (>= 0)
 * @param spentEur     money spent in the year (>= 0)
 */
public record RealisedProgress(String regionCode, int year, int nspRealised, int cpRealised, double spentEur) {
    public RealisedProgress {
        Codes.requireRegion(regionCode);
        Objects.requireNonNull(regionCode, "regionCode");
        if (!(2000 <= year && year <= 2100)) {
            throw new IllegalArgumentException("year must be within 2000..2100, got " + year);
        }
        if (nspRealised < 0 || cpRealised < 0) {
            throw new IllegalArgumentException("realised counts must be >= 0");
        }
        if (!(spentEur >= 0 && spentEur < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("spent must be >= 0 euros, got " + spentEur);
        }
    }
}
