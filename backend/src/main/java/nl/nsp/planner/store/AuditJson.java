package nl.nsp.planner.store;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.ingest.FileReport;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.OwnSite;
import nl.nsp.planner.scenario.Plan;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioContent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The before/after JSON of the audit log. A scenario is written in the plan shape of the API (what the map's
 * {@code restore(plan)} takes) plus its name, author, version, publication and data version; an account without any
 * password material; an import as its totals.
 */
final class AuditJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditJson() {
    }

    static String scenario(Scenario s) {
        ObjectNode o = content(s.content());
        o.put("id", s.id());
        o.put("version", s.version());
        o.put("published", s.published());
        return JSON.writeValueAsString(o);
    }

    private static ObjectNode content(ScenarioContent c) {
        Plan p = c.plan();
        Norms n = c.norms();
        ObjectNode o = JSON.createObjectNode();
        o.put("name", c.name());
        o.put("description", c.description());
        o.put("author", c.author());
        o.put("region", c.region());
        o.put("demandLayer", c.demandLayer());
        ObjectNode norms = o.putObject("norms");
        norms.put("radiusMetres", n.radiusMetres());
        norms.put("radius65Metres", n.radius65Metres());
        ObjectNode urbanity = norms.putObject("urbanityRadiusMetres");
        new TreeMap<>(n.urbanityRadiusMetres()).forEach((k, v) -> urbanity.put(Integer.toString(k), v));
        norms.put("linkRangeMetres", n.linkRangeMetres());
        norms.put("maxNspPerCp", n.maxNspPerCp());
        norms.put("inhabitantsPerNsp", n.inhabitantsPerNsp());
        ids(o.putArray("nspSiteIds"), p.nspSiteIds());
        ids(o.putArray("cpSiteIds"), p.cpSiteIds());
        ids(o.putArray("fixedSiteIds"), p.fixedSiteIds());
        ids(o.putArray("excludedSiteIds"), p.excludedSiteIds());
        ArrayNode own = o.putArray("ownSites");
        for (OwnSite s : p.ownSites()) {
            own.addObject().put("id", s.id()).put("name", s.name()).put("address", s.address()).put("x", s.x()).put("y", s.y());
        }
        o.put("dataVersion", c.dataVersion());
        return o;
    }

    private static void ids(ArrayNode array, Iterable<String> ids) {
        ids.forEach(array::add);
    }

    static String account(Account a, boolean passwordChanged) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", a.name());
        o.put("role", a.role().code());
        o.put("region", a.region());
        o.put("municipality", a.municipality());
        o.put("enabled", a.enabled());
        if (passwordChanged) {
            o.put("passwordChanged", true);
        }
        return JSON.writeValueAsString(o);
    }

    static String dataSet(long dataVersion, Instant importedAt, ImportReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("dataVersion", dataVersion);
        o.put("importedAt", importedAt.toString());
        o.put("municipalities", r.municipalities());
        o.put("regions", r.regions());
        o.put("inhabitantsTotal", r.inhabitantsTotal());
        o.put("demandPoints", r.demandPoints());
        o.put("candidates", r.candidates());
        o.put("rejectedRows", r.rejected().size());
        ObjectNode files = o.putObject("files");
        Map<String, Long> accepted = new TreeMap<>();
        for (FileReport f : r.files()) {
            accepted.merge(f.file(), f.accepted(), Long::sum);
        }
        accepted.forEach(files::put);
        return JSON.writeValueAsString(o);
    }
}
