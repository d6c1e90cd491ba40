package nl.nsp.planner.api.coverage;

import java.util.List;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps bad coverage requests to 400 with the list of problems. Scoped to the coverage controller so it works
 * before (and does not clash with) a project-wide {@code ApiExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = CoverageController.class)
class CoverageExceptionHandler {
    /** The error body: every problem with its field and reason. */
    record ErrorResponse(String message, List<InputError> errors) {
    }

    @ExceptionHandler(InputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorResponse input(InputException e) {
        return new ErrorResponse(e.getMessage(), e.errors());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorResponse illegal(IllegalArgumentException e) {
        return new ErrorResponse(e.getMessage(), List.of(new InputError("request", 0, "", e.getMessage())));
    }
}
