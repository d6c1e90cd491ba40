package nl.nsp.planner.api.geocode;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Answer of {@code GET /api/geocode}.
 *
 * @param query   the query as received (trimmed)
 * @param results places found, best first: typed coordinates, then postcodes, candidate sites and (when configured)
 *                addresses of the online geocoder
 * @param online  what the online geocoder did
 */
record GeocodeResponse(String query, List<Result> results, Online online) {
    GeocodeResponse {
        results = List.copyOf(results);
    }

    /**
     * One place.
     *
     * @param kind             {@code coordinates}, {@code postcode}, {@code candidate} or {@code address}
     * @param label            what to show (Dutch where it is made here)
     * @param x                RD New x in metres
     * @param y                RD New y in metres
     * @param lon              WGS84 longitude
     * @param lat              WGS84 latitude
     * @param source           {@code input}, {@code offline} (this data set) or {@code pdok}
     * @param siteId           candidates only
     * @param postcode         postcodes only (PC4)
     * @param municipalityCode the municipality, when known
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String kind, String label, double x, double y, double lon, double lat, String source, String siteId,
            String postcode, String municipalityCode) {
    }

    /**
     * The online geocoder's part.
     *
     * @param status  {@code off} (not configured), {@code ok}, {@code skipped} (the query was coordinates) or
     *                {@code unavailable} (it failed; the offline results still stand)
     * @param message why it is unavailable (absent otherwise)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Online(String status, String message) {
    }
}
