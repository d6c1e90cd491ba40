package nl.nsp.planner.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.nsp.planner.ingest.InputError;

/**
 * Body of every error response.
 *
 * @param status  HTTP status
 * @param error   HTTP reason phrase
 * @param message one-line summary
 * @param errors  the individual problems; {@code file} and {@code line} are set for problems in input files
 */
public record ApiError(int status, String error, String message, List<Item> errors) {
    public ApiError {
        errors = List.copyOf(errors);
    }

    /** One problem: a request parameter ({@code field}) or a row of an input file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String file, Long line, String field, String reason) {
        public static Item parameter(String field, String reason) {
            return new Item(null, null, field, reason);
        }

        public static Item of(InputError e) {
            return new Item(e.file(), e.line(), e.field(), e.reason());
        }
    }
}
