package nl.nsp.planner.api.optimisation;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Optimisation runs as background jobs for one safety region.
 *
 * <pre>
 * POST   /api/optimisations               start a job (202 + Location), body {@link OptimisationRequest}
 * GET    /api/optimisations/{id}          status and progress
 * GET    /api/optimisations/{id}/result   the proposal once done (409 before)
 * DELETE /api/optimisations/{id}          cancel a queued or running job (202)
 * </pre>
 */
@RestController
@RequestMapping("/api/optimisations")
class OptimisationController {
    private final OptimisationJobs jobs;

    OptimisationController(OptimisationJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    ResponseEntity<JobCreatedResponse> start(@RequestBody(required = false) OptimisationRequest request) {
        JobCreatedResponse created = jobs.submit(request);
        return ResponseEntity.accepted().location(URI.create("/api/optimisations/" + created.jobId())).body(created);
    }

    @GetMapping("/{id}")
    JobStatusResponse status(@PathVariable String id) {
        return jobs.status(id);
    }

    @GetMapping("/{id}/result")
    OptimisationResultResponse result(@PathVariable String id) {
        return jobs.result(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<JobStatusResponse> cancel(@PathVariable String id) {
        return ResponseEntity.accepted().body(jobs.cancel(id));
    }
}
