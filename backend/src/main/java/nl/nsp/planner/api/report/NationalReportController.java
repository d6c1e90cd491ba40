package nl.nsp.planner.api.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import nl.nsp.planner.account.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national report as a background job.
 *
 * <pre>
 * POST   /api/reports/national                     start (202 + Location), body {@link NationalReportRequest}
 * GET    /api/reports/national/{id}                status, progress; when done the files and the headline numbers
 * GET    /api/reports/national/{id}/files/{name}   one file (rapport.html, *.csv); ?download=true as attachment
 * DELETE /api/reports/national/{id}                cancel (202)
 * </pre>
 */
@RestController
@RequestMapping(NationalReportJobs.BASE)
class NationalReportController {
    private final NationalReportJobs jobs;

    NationalReportController(NationalReportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    ResponseEntity<ReportJobStatus> start(Caller caller, @RequestBody(required = false) NationalReportRequest request) {
        ReportJobStatus s = jobs.submit(request, caller);
        return ResponseEntity.accepted().location(URI.create(NationalReportJobs.BASE + "/" + s.jobId())).body(s);
    }

    @GetMapping("/{id}")
    ReportJobStatus status(Caller caller, @PathVariable String id) {
        return jobs.status(id, caller);
    }

    @GetMapping("/{id}/files/{name:.+}")
    ResponseEntity<byte[]> file(Caller caller, @PathVariable String id, @PathVariable String name,
            @RequestParam(name = "download", defaultValue = "false") boolean download) {
        byte[] body = jobs.file(id, name, caller);
        MediaType type = name.endsWith(".html") ? new MediaType("text", "html", StandardCharsets.UTF_8)
                : new MediaType("text", "csv", StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (download) {
            headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
        }
        return ResponseEntity.ok().headers(headers).body(body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<ReportJobStatus> cancel(Caller caller, @PathVariable String id) {
        return ResponseEntity.accepted().body(jobs.cancel(id, caller));
    }
}
