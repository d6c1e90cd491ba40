package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.nsp.planner.store.AuditEvent;
import nl.nsp.planner.store.AuditQuery;
import nl.nsp.planner.store.PlannerStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code nsp audit}: the audit log of a store, newest first, as a table or as JSON (with the content before and after). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List the audit log: every change to scenarios, accounts and the data set, newest first.")
final class AuditCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Mixin
    StoreOption store;

    @Option(names = "--scenario", description = "Only the events of this scenario id.")
    String scenario;

    @Option(names = "--region", description = "Only the events of this safety region's scenarios.")
    String region;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many events, 1..1000 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--before", description = "Only events older than this id (the next page).")
    Long before;

    @Option(names = "--json", description = "Print JSON, with the content before and after each change.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AuditQuery q = new AuditQuery(Optional.ofNullable(scenario), Optional.ofNullable(region)
                .map(r -> r.strip().toUpperCase(Locale.ROOT)), Optional.ofNullable(before), limit);
        List<AuditEvent> events;
        try (PlannerStore s = store.open()) {
            events = s.audit().list(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode array = mapper.createArrayNode();
            for (AuditEvent e : events) {
                ObjectNode o = array.addObject().put("id", e.id()).put("at", e.at().toString()).put("actor", e.actor())
                        .put("action", e.action().code()).put("target", e.target());
                e.scenarioId().ifPresent(id -> o.put("scenarioId", id));
                if (!e.region().isEmpty()) {
                    o.put("region", e.region());
                }
                e.versionBefore().ifPresent(v -> o.put("versionBefore", v));
                e.versionAfter().ifPresent(v -> o.put("versionAfter", v));
                e.before().ifPresent(b -> o.set("before", mapper.readTree(b)));
                e.after().ifPresent(a -> o.set("after", mapper.readTree(a)));
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf(Locale.ROOT, "%6s  %-19s  %-16s  %-18s  %-6s  %-9s  %s%n", "id", "at (UTC)", "actor", "action",
                    "region", "versions", "what");
            for (AuditEvent e : events) {
                String versions = e.versionBefore().isEmpty() && e.versionAfter().isEmpty() ? "-"
                        : e.versionBefore().map(String::valueOf).orElse("new") + "->"
                                + e.versionAfter().map(String::valueOf).orElse("gone");
                out.printf(Locale.ROOT, "%6d  %-19s  %-16s  %-18s  %-6s  %-9s  %s%n", e.id(), TIME.format(e.at()),
                        e.actor(), e.action().code(), e.region().isEmpty() ? "-" : e.region(), versions,
                        e.target() + e.scenarioId().map(id -> " (" + id + ")").orElse(""));
            }
            out.println(events.size() + " event(s)" + (events.size() == limit ? "; older ones: --before "
                    + events.get(events.size() - 1).id() : ""));
        }
        out.flush();
        return 0;
    }
}
