package nl.nsp.planner.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.nsp.planner.domain.SiteKind;

/**
 * Which columns of a generic candidate file hold what. Each field lists accepted column names, first match
 * wins (case-insensitive). Coordinates are RD ({@code x}/{@code y}) when those columns exist, else WGS84
 * ({@code lon}/{@code lat}).
 *
 * @param id          id column names
 * @param name        name column names (the id is used when none is present)
 * @param x           RD x column names
 * @param y           RD y column names
 * @param lon         longitude column names
 * @param lat         latitude column names
 * @param kind        kind column names (values parsed with {@link SiteKind#parse})
 * @param fixedKind   kind for rows without a kind column or value
 * @param address     address column names
 * @param municipality gemeentecode column names (else located in the municipality polygons)
 */
public record CandidateColumns(List<String> id, List<String> name, List<String> x, List<String> y, List<String> lon,
        List<String> lat, List<String> kind, SiteKind fixedKind, List<String> address, List<String> municipality) {
    public CandidateColumns {
        id = List.copyOf(id);
        name = List.copyOf(name);
        x = List.copyOf(x);
        y = List.copyOf(y);
        lon = List.copyOf(lon);
        lat = List.copyOf(lat);
        kind = List.copyOf(kind);
        Objects.requireNonNull(fixedKind, "fixedKind");
        address = List.copyOf(address);
        municipality = List.copyOf(municipality);
    }

    /** Usual Dutch and English column names; kind {@link SiteKind#OWN} when the file has no kind column. */
    public static CandidateColumns defaults() {
        return new CandidateColumns(List.of("id", "code"), List.of("name", "naam"), List.of("x", "x_rd", "rd_x"),
                List.of("y", "y_rd", "rd_y"), List.of("lon", "longitude", "lng"), List.of("lat", "latitude"),
                List.of("kind", "soort", "type"), SiteKind.OWN, List.of("address", "adres"),
                List.of("gemeentecode", "municipality"));
    }

    /** The same columns with another default kind. */
    public CandidateColumns withFixedKind(SiteKind k) {
        return new CandidateColumns(id, name, x, y, lon, lat, kind, k, address, municipality);
    }

    /** The first of {@code names} the header has. */
    static Optional<String> first(List<String> names, java.util.function.Predicate<String> has) {
        return names.stream().filter(has).findFirst();
    }
}
