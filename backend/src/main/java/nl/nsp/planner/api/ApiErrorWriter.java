package nl.nsp.planner.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link ApiError} body where no controller advice applies: in servlet and security filters. */
public final class ApiErrorWriter {
    private ApiErrorWriter() {
    }

    /** Sends {@code status} with the project's error body (one item naming {@code field} when it is not null). */
    public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String message, String field)
            throws IOException {
        List<ApiError.Item> items = field == null ? List.of() : List.of(ApiError.Item.parameter(field, message));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(new ApiError(status.value(), status.getReasonPhrase(), message,
                items)));
    }
}
