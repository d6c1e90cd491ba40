package nl.nsp.planner.api;

import java.util.List;
import nl.nsp.planner.account.NotPermittedException;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.store.ScenarioNotFoundException;
import nl.nsp.planner.store.StaleScenarioException;
import nl.nsp.planner.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/** Maps exceptions to {@link ApiError} responses: bad input is a 4xx with its reasons, never a 500. */
@RestControllerAdvice
class ApiExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InputException.class)
    ResponseEntity<ApiError> input(InputException e) {
        return respond(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors().stream().map(ApiError.Item::of).toList());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return respond(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(ApiError.Item.parameter(e.parameter(), e.reason())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), List.of(ApiError.Item.parameter(e.parameter(), e.getMessage())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "missing parameter " + e.getParameterName(),
                List.of(ApiError.Item.parameter(e.getParameterName(), "required " + e.getParameterType() + " parameter is missing")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        String reason = "expected " + expected + ", got \"" + e.getValue() + "\"";
        return respond(HttpStatus.BAD_REQUEST, e.getName() + ": " + reason, List.of(ApiError.Item.parameter(e.getName(), reason)));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "method " + e.getMethod() + " not allowed", List.of());
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ApiError> notPermitted(NotPermittedException e) {
        return respond(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(ScenarioNotFoundException.class)
    ResponseEntity<ApiError> scenarioNotFound(ScenarioNotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), List.of(ApiError.Item.parameter("id", e.getMessage())));
    }

    @ExceptionHandler(StaleScenarioException.class)
    ResponseEntity<VersionConflict> stale(StaleScenarioException e) {
        HttpStatus s = HttpStatus.CONFLICT;
        return ResponseEntity.status(s).eTag(Long.toString(e.currentVersion())).body(new VersionConflict(s.value(),
                s.getReasonPhrase(), e.getMessage(), List.of(ApiError.Item.parameter("version", "stale: made on version "
                        + e.expectedVersion() + ", the current version is " + e.currentVersion())), e.currentVersion()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String reason = "the request body is not valid JSON of the expected shape";
        if (e.getCause() instanceof JacksonException j) {
            String path = path(j);
            if (!path.isEmpty()) {
                field = path;
            }
            reason = j.getOriginalMessage();
            // Jackson's messages can quote whole class names and source excerpts; one line is enough
            for (String cut : new String[] {"\n", " (start marker", " at [Source"}) {
                int at = reason.indexOf(cut);
                if (at > 0) {
                    reason = reason.substring(0, at);
                }
            }
        }
        return respond(HttpStatus.BAD_REQUEST, field + ": " + reason, List.of(ApiError.Item.parameter(field, reason)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json (got " + e.getContentType() + ")",
                List.of());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        String message = e.getReason() == null ? String.valueOf(e.getStatusCode()) : e.getReason();
        return respond(status == null ? HttpStatus.BAD_REQUEST : status, message, List.of());
    }

    @ExceptionHandler(JobStateException.class)
    ResponseEntity<ApiError> jobState(JobStateException e) {
        return respond(e.status(), e.getMessage(), List.of(ApiError.Item.parameter(e.field(), e.getMessage())));
    }

    @ExceptionHandler(StoreException.class)
    ResponseEntity<ApiError> store(StoreException e) {
        LOG.error("store failure", e);
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "the data store failed: " + e.getMessage(), List.of());
    }

    /** "norms.radiusMetres", "openSiteIds[3]": where in the body Jackson stopped. */
    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String message, List<ApiError.Item> items) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, items));
    }
}
