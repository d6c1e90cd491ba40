package nl.nsp.planner.api.lookup;

import java.util.List;

/**
 * The nearest NSPs to a postcode, as the public page shows them.
 *
 * @param postcode       the postcode as asked, written {@code 3011 AB} or {@code 3011}
 * @param pc4            the four-digit postcode the distances are measured from
 * @param resolvedToPc4  true when a six-character postcode was looked up by its four digits (the data has PC4 only)
 * @param note           a sentence for the resident about how the distance is measured
 * @param municipality   the municipality where most of the postcode's inhabitants live
 * @param region         the safety region's name
 * @param from           the postcode's inhabitant-weighted centre, WGS84
 * @param nsps           nearest first
 */
record NearestResponse(String postcode, String pc4, boolean resolvedToPc4, String note, String municipality,
        String region, Position from, List<Nsp> nsps) {
    NearestResponse {
        nsps = List.copyOf(nsps);
    }

    /** A WGS84 position, rounded to 5 decimals (about 1 m). */
    record Position(double lon, double lat) {
    }

    /**
     * One NSP.
     *
     * @param number          1 = nearest
     * @param name            its name
     * @param address         its address (may be empty)
     * @param lon             WGS84 longitude
     * @param lat             WGS84 latitude
     * @param distanceMetres  straight-line distance from {@code from}, rounded to 10 m
     */
    record Nsp(int number, String name, String address, double lon, double lat, long distanceMetres) {
    }
}
