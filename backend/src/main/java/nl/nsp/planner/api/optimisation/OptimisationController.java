package nl.nsp.planner.api.optimisation;

import java.net.URI;
import nl.nsp.planner.account.Caller;
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
 * A job belongs to the caller that started it; for everyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/optimisations")
class OptimisationController {
    private final OptimisationJobs jobs;

    OptimisationController(OptimisationJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    ResponseEntity<JobCreatedResponse> start(Caller caller, @RequestBody(required = false) OptimisationRequest request) {
        JobCreatedResponse created = jobs.submit(request, caller);
        return ResponseEntity.accepted().location(URI.create("/api/optimisations/" + created.jobId())).body(created);
    }

    @GetMapping("/{id}")
    JobStatusResponse status(Caller caller, @PathVariable String id) {
        return jobs.status(id, caller);
    }

    @GetMapping("/{id}/result")
    OptimisationResultResponse result(Caller caller, @PathVariable String id) {
        return jobs.result(id, caller);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<JobStatusResponse> cancel(Caller caller, @PathVariable String id) {
        return ResponseEntity.accepted().body(jobs.cancel(id, caller));
    }
}
