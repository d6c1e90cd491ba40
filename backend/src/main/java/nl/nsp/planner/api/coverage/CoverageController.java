package nl.nsp.planner.api.coverage;

import java.util.List;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.analysis.PointCoverage;
import nl.nsp.planner.analysis.SiteReach;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage for the map: statistics for a region and a set of open sites, and toggling one site.
 *
 * <pre>
 * POST   /api/coverage                                  statistics for a region + open sites
 * POST   /api/coverage/toggle[?full=true]               stateless: current open set + one site to toggle
 * POST   /api/coverage/sessions                         start an evaluation session (returns its id + statistics)
 * GET    /api/coverage/sessions/{id}                    full statistics of the session's current open set
 * POST   /api/coverage/sessions/{id}/toggle/{siteId}[?full=true]   toggle one site, get what changed
 * GET    /api/coverage/sessions/{id}/points?minX=&minY=&maxX=&maxY=   per demand point (RD box, at most 50,000)
 * GET    /api/coverage/sessions/{id}/reach/{siteId}      the demand points within the radius of one site
 * DELETE /api/coverage/sessions/{id}
 * </pre>
 * A session belongs to the caller that opened it; for everyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/coverage")
class CoverageController {
    private final CoverageService service;

    CoverageController(CoverageService service) {
        this.service = service;
    }

    @PostMapping
    CoverageResponse coverage(@RequestBody CoverageRequest request) {
        return service.evaluate(request);
    }

    @PostMapping("/toggle")
    ToggleResponse toggle(@RequestBody ToggleRequest request, @RequestParam(defaultValue = "false") boolean full) {
        return service.toggle(request, full);
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    CoverageResponse createSession(Caller caller, @RequestBody CoverageRequest request) {
        return service.createSession(request, caller.name());
    }

    @GetMapping("/sessions/{id}")
    CoverageResponse session(Caller caller, @PathVariable String id) {
        return service.session(id, caller.name());
    }

    @PostMapping("/sessions/{id}/toggle/{siteId}")
    ToggleResponse toggleInSession(Caller caller, @PathVariable String id, @PathVariable String siteId,
            @RequestParam(defaultValue = "false") boolean full) {
        return service.toggleSession(id, caller.name(), siteId, full);
    }

    @GetMapping("/sessions/{id}/points")
    List<PointCoverage> points(Caller caller, @PathVariable String id,
            @RequestParam(defaultValue = "-1e9") double minX, @RequestParam(defaultValue = "-1e9") double minY,
            @RequestParam(defaultValue = "1e9") double maxX, @RequestParam(defaultValue = "1e9") double maxY) {
        return service.sessionPoints(id, caller.name(), minX, minY, maxX, maxY);
    }

    @GetMapping("/sessions/{id}/reach/{siteId}")
    SiteReach reach(Caller caller, @PathVariable String id, @PathVariable String siteId) {
        return service.reach(id, caller.name(), siteId);
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSession(Caller caller, @PathVariable String id) {
        service.deleteSession(id, caller.name());
    }
}
