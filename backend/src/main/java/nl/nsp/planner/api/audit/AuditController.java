package nl.nsp.planner.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.nsp.planner.account.AccessRules;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.store.AuditEvent;
import nl.nsp.planner.store.AuditQuery;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/audit[?scenario=ID][&region=VR17][&limit=N][&before=ID]}: the audit log, newest first, for national
 * accounts (and the local user). {@code before} pages on: pass the smallest {@code id} of the previous answer.
 */
@RestController
class AuditController {
    private static final int DEFAULT_LIMIT = 100;

    private final PlannerStore store;
    private final JsonMapper json;

    AuditController(PlannerStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * One event; {@code before} and {@code after} are the JSON the store recorded (a scenario in the plan shape, an
     * account, an import's totals), absent for a create or a delete.
     */
    record EventResponse(long id, Instant at, String actor, String action, String scenarioId, String region,
            String target, Long versionBefore, Long versionAfter, JsonNode before, JsonNode after) {
    }

    @GetMapping("/api/audit")
    List<EventResponse> audit(Caller caller, @RequestParam(required = false) String scenario,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) Long before) {
        AccessRules.requireAuditReader(caller);
        if (!(1 <= limit && limit <= AuditQuery.MAX_LIMIT)) {
            throw new BadRequestException("limit", "must be 1.." + AuditQuery.MAX_LIMIT + ", got " + limit);
        }
        AuditQuery q = new AuditQuery(Optional.ofNullable(scenario).filter(s -> !s.isBlank()),
                Optional.ofNullable(region).filter(s -> !s.isBlank()).map(String::strip).map(String::toUpperCase),
                Optional.ofNullable(before), limit);
        return store.audit().list(q).stream().map(this::response).toList();
    }

    private EventResponse response(AuditEvent e) {
        return new EventResponse(e.id(), e.at(), e.actor(), e.action().code(), e.scenarioId().orElse(null),
                e.region().isEmpty() ? null : e.region(), e.target(), e.versionBefore().orElse(null),
                e.versionAfter().orElse(null), e.before().map(json::readTree).orElse(null),
                e.after().map(json::readTree).orElse(null));
    }
}
