package nl.nsp.planner.api.demand;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One demand point in the compact form, written as the JSON array {@code [lon, lat, inhabitants, inhabitants65Plus]}
 * ({@code null} for an unknown 65+ count). Whole numbers are written without a fraction.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"lon", "lat", "inhabitants", "inhabitants65Plus"})
record DemandRow(double lon, double lat, Number inhabitants, Number inhabitants65Plus) {

    static Number count(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value
                : (Number) (Math.round(value * 100) / 100.0);
    }
}
