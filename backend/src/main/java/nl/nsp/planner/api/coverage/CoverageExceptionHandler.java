package nl.nsp.planner.api.coverage;

import java.util.List;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps bad coverage requests to 400 with the list of problems, in the same body shape as the project-wide
 * {@code ApiExceptionHandler} ({@code status, error, message, errors[{file, line, field, reason}]}). Scoped to
 * the coverage controller; once the project-wide handler also maps {@link IllegalArgumentException}, this class
 * can go.
 */
@RestControllerAdvice(assignableTypes = CoverageController.class)
class CoverageExceptionHandler {
    /** The error body. */
    record ErrorResponse(int status, String error, String message, List<InputError> errors) {
    }

    @ExceptionHandler(InputException.class)
    ResponseEntity<ErrorResponse> input(InputException e) {
        return badRequest(e.getMessage(), e.errors());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ErrorResponse> illegal(IllegalArgumentException e) {
        return badRequest(e.getMessage(), List.of(new InputError("request", 0, "", e.getMessage())));
    }

    private static ResponseEntity<ErrorResponse> badRequest(String message, List<InputError> errors) {
        HttpStatus s = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(s).body(new ErrorResponse(s.value(), s.getReasonPhrase(), message, errors));
    }
}
