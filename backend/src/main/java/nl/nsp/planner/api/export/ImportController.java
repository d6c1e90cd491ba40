package nl.nsp.planner.api.export;

import java.io.InputStream;
import java.util.List;
import nl.nsp.planner.api.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/scenarios/import[?region=VR17]}: the body is a GeoJSON file (an export of this tool, or any
 * FeatureCollection of points in RD New or WGS84); the answer is the plan it describes. Nothing is saved.
 */
@RestController
class ImportController {
    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/scenarios/import")
    ImportResponse importPlan(InputStream body, @RequestParam(required = false) String region) {
        return imports.read(body, region);
    }

    @ExceptionHandler(BoundedInputStream.BodyTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(BoundedInputStream.BodyTooLargeException e) {
        HttpStatus s = HttpStatus.CONTENT_TOO_LARGE;
        return ResponseEntity.status(s).body(new ApiError(s.value(), s.getReasonPhrase(), e.getMessage(),
                List.of(ApiError.Item.parameter("body", e.getMessage() + "; split the file or leave out what is not a site"))));
    }
}
