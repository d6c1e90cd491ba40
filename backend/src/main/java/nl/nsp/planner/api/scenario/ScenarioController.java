package nl.nsp.planner.api.scenario;

import java.net.URI;
import java.util.List;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.coverage.CoverageResponse;
import nl.nsp.planner.store.ScenarioSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved scenarios.
 *
 * <pre>
 * GET    /api/scenarios[?region=VR17]              summaries, most recently changed first
 * POST   /api/scenarios                            save a new scenario (201, Location)
 * GET    /api/scenarios/{id}                       one scenario with its sites
 * PUT    /api/scenarios/{id}                       replace it; body carries the version read (409 when stale)
 * DELETE /api/scenarios/{id}?version=N             delete it (409 when stale)
 * POST   /api/scenarios/{id}/duplicate             a copy under a new name (201)
 * PUT    /api/scenarios/{id}/published             publish or withdraw it for the public lookup page
 * GET    /api/scenarios/{id}/statistics            its coverage figures and NSP-CP links
 * GET    /api/scenarios/compare?a=ID&amp;b=ID[&amp;use65=true]   two scenarios side by side
 * </pre>
 * Who may do what is decided by {@link nl.nsp.planner.account.AccessRules} (in the service).
 */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {
    private final ScenarioService service;

    ScenarioController(ScenarioService service) {
        this.service = service;
    }

    @GetMapping
    List<ScenarioSummary> list(Caller caller, @RequestParam(required = false) String region) {
        return service.list(caller, region);
    }

    @PostMapping
    ResponseEntity<ScenarioResponse> create(Caller caller, @RequestBody ScenarioRequest request) {
        ScenarioResponse created = service.create(caller, request);
        return ResponseEntity.created(URI.create("/api/scenarios/" + created.id())).body(created);
    }

    @GetMapping("/compare")
    ComparisonResponse compare(Caller caller, @RequestParam(required = false) String a,
            @RequestParam(required = false) String b, @RequestParam(defaultValue = "false") boolean use65) {
        return service.compare(caller, a, b, use65);
    }

    @GetMapping("/{id}")
    ScenarioResponse get(Caller caller, @PathVariable String id) {
        return service.get(caller, id);
    }

    @PutMapping("/{id}")
    ScenarioResponse update(Caller caller, @PathVariable String id, @RequestBody ScenarioRequest request) {
        return service.update(caller, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable String id, @RequestParam(required = false) Long version) {
        service.delete(caller, id, version);
    }

    @PostMapping("/{id}/duplicate")
    ResponseEntity<ScenarioResponse> duplicate(Caller caller, @PathVariable String id,
            @RequestBody(required = false) DuplicateRequest request) {
        ScenarioResponse copy = service.duplicate(caller, id, request);
        return ResponseEntity.created(URI.create("/api/scenarios/" + copy.id())).body(copy);
    }

    @PutMapping("/{id}/published")
    ScenarioResponse publish(Caller caller, @PathVariable String id, @RequestBody PublishRequest request) {
        return service.publish(caller, id, request);
    }

    @GetMapping("/{id}/statistics")
    CoverageResponse statistics(Caller caller, @PathVariable String id) {
        return service.statistics(caller, id);
    }
}
