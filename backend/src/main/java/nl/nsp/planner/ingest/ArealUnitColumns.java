package nl.nsp.planner.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * Which attributes of an areal-unit file (PC4 areas, wijken) hold what.
 *
 * @param unitPrefix       prefix of ids and source units, e.g. {@code PC4} or {@code WK}
 * @param id               unit id attribute, e.g. {@code postcode} or {@code wijkcode}
 * @param inhabitants      inhabitants attribute
 * @param inhabitants65    attribute with the count of inhabitants 65+, if any
 * @param percent65        attribute with the percentage 65+ (used when there is no count), if any
 * @param municipality     attribute with the unit's gemeentecode, if any
 * @param unitInOneMunicipality true when a unit never crosses a municipal border (wijken): its points then take
 *                         the unit's own gemeentecode; otherwise (PC4) each point is located in the municipality
 *                         polygons, falling back to the unit's code when it lies in none
 */
public record ArealUnitColumns(String unitPrefix, String id, String inhabitants, Optional<String> inhabitants65,
        Optional<String> percent65, Optional<String> municipality, boolean unitInOneMunicipality) {
    public ArealUnitColumns {
        Objects.requireNonNull(unitPrefix, "unitPrefix");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inhabitants, "inhabitants");
        Objects.requireNonNull(inhabitants65, "inhabitants65");
        Objects.requireNonNull(percent65, "percent65");
        Objects.requireNonNull(municipality, "municipality");
    }

    /** The columns of {@code pc4_2021_inwoners_*} (CBS PC4 2021). */
    public static ArealUnitColumns pc4() {
        return new ArealUnitColumns("PC4", "postcode", "inwoners", Optional.of("inwoners_65plus"), Optional.empty(),
                Optional.of("gemeentecode_2024"), false);
    }

    /** The columns of {@code wijken_2024_*} (CBS Kerncijfers Wijken en Buurten 2024). */
    public static ArealUnitColumns wijk() {
        return new ArealUnitColumns("WK", "wijkcode", "aantal_inwoners", Optional.empty(), Optional.of("pct_65plus"),
                Optional.of("gemeentecode"), true);
    }
}
