package nl.nsp.planner.api.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.nsp.planner.account.AccessRules;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.coverage.CoverageRequest;
import nl.nsp.planner.api.coverage.CoverageResponse;
import nl.nsp.planner.api.coverage.CoverageService;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.api.coverage.NormsRequest;
import nl.nsp.planner.api.plan.OwnSiteRequest;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.OwnSite;
import nl.nsp.planner.scenario.Plan;
import nl.nsp.planner.scenario.PlanDifference;
import nl.nsp.planner.scenario.PlanResolver;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioContent;
import nl.nsp.planner.scenario.ScenarioSite;
import nl.nsp.planner.store.DataVersion;
import nl.nsp.planner.store.PlannerStore;
import nl.nsp.planner.store.ScenarioRepository;
import nl.nsp.planner.store.ScenarioSummary;
import nl.nsp.planner.store.StaleScenarioException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Saves, reads and compares scenarios: checks a request's plan against the loaded data set (every problem named by
 * its field), keeps the store's version rules, and computes a scenario's figures with the coverage service. Public for
 * the exports ({@code api.export}), which read scenarios and their figures through it.
 */
@Service
public class ScenarioService {
    private static final Pattern REGION = Pattern.compile("VR\\d{2}");
    private static final String SOURCE = "request";

    private final PlannerStore store;
    private final ObjectProvider<DatasetSource> source;
    private final CoverageService coverage;
    private final ScenarioStatistics statistics;
    private volatile PlanResolver resolver;

    ScenarioService(PlannerStore store, ObjectProvider<DatasetSource> source, CoverageService coverage,
            ScenarioStatistics statistics) {
        this.store = store;
        this.source = source;
        this.coverage = coverage;
        this.statistics = statistics;
    }

    /** The caller's readable scenarios: of {@code region} when given (403 when not readable), else all it may read. */
    List<ScenarioSummary> list(Caller caller, String region) {
        if (region != null) {
            String code = regionCode(region, "region");
            AccessRules.requireRead(caller, code);
            return repository().list(Optional.of(code));
        }
        return repository().list(AccessRules.readableRegion(caller));
    }

    ScenarioResponse get(Caller caller, String id) {
        return response(find(caller, id, "id"));
    }

    ScenarioResponse create(Caller caller, ScenarioRequest r) {
        ScenarioContent content = content(r, caller);
        AccessRules.requireManage(caller, content.region());
        return saved(repository().create(content, caller.name()));
    }

    /**
     * Replaces a scenario's content. Checked in this order: unknown id (404), not readable for the caller (403), no
     * version (400), stale version (409), invalid plan (400), a change the caller may not make (403); the store checks
     * the version once more under its lock.
     */
    ScenarioResponse update(Caller caller, String id, ScenarioRequest r) {
        Scenario current = find(caller, id, "id");
        long version = requireVersion(r == null ? null : r.version());
        if (version != current.version()) {
            throw new StaleScenarioException(id, version, current.version());
        }
        ScenarioContent content = content(r, caller);
        AccessRules.requireChange(caller, current.content(), content);
        return saved(repository().update(id, version, content, caller.name()));
    }

    void delete(Caller caller, String id, Long version) {
        Scenario current = find(caller, id, "id");
        AccessRules.requireManage(caller, current.content().region());
        repository().delete(id, requireVersion(version), caller.name());
    }

    ScenarioResponse duplicate(Caller caller, String id, DuplicateRequest r) {
        Scenario original = find(caller, id, "id");
        AccessRules.requireManage(caller, original.content().region());
        String name = r == null || r.name() == null || r.name().isBlank() ? "Kopie van " + original.content().name() : r.name().strip();
        ScenarioContent c = original.content();
        String author = r == null || r.author() == null || r.author().isBlank() ? c.author() : r.author().strip();
        return response(repository().create(checked(() -> new ScenarioContent(truncate(name), c.description(), author,
                c.region(), c.demandLayer(), c.norms(), c.sites(), c.dataVersion())), caller.name()));
    }

    ScenarioResponse publish(Caller caller, String id, PublishRequest r) {
        Scenario current = find(caller, id, "id");
        AccessRules.requireManage(caller, current.content().region());
        if (r == null || r.published() == null) {
            throw new BadRequestException("published", "required: true or false");
        }
        return response(repository().setPublished(id, requireVersion(r.version()), r.published(), caller.name()));
    }

    /** The figures of a scenario (computed once per plan: see {@link ScenarioStatistics}); 404 unknown, 403 outside the caller's area. */
    public CoverageResponse statistics(Caller caller, String id) {
        return statistics.of(find(caller, id, "id").plan());
    }

    /** A saved scenario the caller may read; 404 for an unknown id, 403 outside the caller's area. */
    public Scenario scenario(Caller caller, String id) {
        return find(caller, id, "id");
    }

    ComparisonResponse compare(Caller caller, String idA, String idB, boolean use65) {
        if (idA == null || idB == null) {
            throw new BadRequestException(idA == null ? "a" : "b", "required: a scenario id");
        }
        Scenario a = find(caller, idA, "a");
        Scenario b = find(caller, idB, "b");
        Plan pa = a.plan();
        Plan pb = b.plan();
        PlanDifference difference = PlanDifference.between(pa, pb);
        boolean comparable = pa.region().equals(pb.region()) && pa.demandLayer().equals(pb.demandLayer())
                && pa.norms().equals(pb.norms());
        if (comparable) {
            CoverageService.Comparison c = coverage.compare(coverageRequest(pa), coverageRequest(pb), use65);
            return new ComparisonResponse(response(a), response(b), c.a(), c.b(), difference, true, c.changedPoints());
        }
        return new ComparisonResponse(response(a), response(b), coverage.evaluate(coverageRequest(pa)),
                coverage.evaluate(coverageRequest(pb)), difference, false, List.of());
    }

    private static CoverageRequest coverageRequest(Plan p) {
        return ScenarioStatistics.request(p);
    }

    /** The answer to a save; the new plan's figures start computing, since the map asks for them next. */
    private ScenarioResponse saved(Scenario s) {
        statistics.precompute(s.plan());
        return response(s);
    }

    /** The scenario, when it exists (404) and the caller may read it (403). */
    private Scenario find(Caller caller, String id, String parameter) {
        Scenario s = repository().find(id).orElseThrow(() -> new NotFoundException(parameter, "no scenario " + id));
        AccessRules.requireRead(caller, s.content().region());
        return s;
    }

    private ScenarioRepository repository() {
        return store.scenarios();
    }

    /**
     * The content a request describes, checked against the loaded data set. Without an author, an account's saves
     * are signed with its name.
     */
    private ScenarioContent content(ScenarioRequest r, Caller caller) {
        if (r == null) {
            throw new BadRequestException("body", "required: a scenario");
        }
        PlanResolver res = resolver();
        Dataset dataset = res.dataset();
        List<InputError> errors = new ArrayList<>();
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty()) {
            errors.add(error("name", "required: the scenario's name"));
        } else if (name.length() > ScenarioContent.MAX_NAME_LENGTH) {
            errors.add(error("name", "at most " + ScenarioContent.MAX_NAME_LENGTH + " characters, got " + name.length()));
        }
        String description = r.description() == null ? "" : r.description();
        if (description.length() > ScenarioContent.MAX_DESCRIPTION_LENGTH) {
            errors.add(error("description", "at most " + ScenarioContent.MAX_DESCRIPTION_LENGTH + " characters"));
        }
        String author = r.author() == null || r.author().isBlank() ? (caller.isLocal() ? "" : caller.name())
                : r.author().strip();
        if (author.length() > 200) {
            errors.add(error("author", "at most 200 characters"));
        }
        String region = r.region() == null ? null : r.region().strip().toUpperCase(Locale.ROOT);
        if (region == null || region.isEmpty()) {
            errors.add(error("region", "required: a safety region code VR01..VR25"));
        }
        String layer = r.demandLayer() == null ? (dataset.demandLayers().isEmpty() ? "" : dataset.primaryDemand().name())
                : r.demandLayer();
        Norms norms = null;
        try {
            norms = NormsRequest.orDefaults(r.norms(), false);
        } catch (InputException e) {
            errors.addAll(e.errors());
        } catch (IllegalArgumentException e) {
            errors.add(error("norms", e.getMessage()));
        }
        List<OwnSite> own = ownSites(r.ownSites(), errors);
        List<String> nsp = ids(r.nspSiteIds(), "nspSiteIds", errors);
        List<String> cp = ids(r.cpSiteIds(), "cpSiteIds", errors);
        List<String> fixed = ids(r.fixedSiteIds(), "fixedSiteIds", errors);
        List<String> excluded = ids(r.excludedSiteIds(), "excludedSiteIds", errors);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Plan plan = new Plan(region, layer, norms, nsp, cp, fixed, excluded, own);
        List<ScenarioSite> sites = res.resolve(plan);
        long dataVersion = store.dataVersion().map(DataVersion::version).orElse(0L);
        Norms checkedNorms = norms;
        return checked(() -> new ScenarioContent(name, description, author, region, layer, checkedNorms, sites, dataVersion));
    }

    private static List<OwnSite> ownSites(List<OwnSiteRequest> list, List<InputError> errors) {
        List<OwnSite> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        if (list.size() > PlanResolver.MAX_OWN_SITES) {
            errors.add(error("ownSites", "at most " + PlanResolver.MAX_OWN_SITES + " own locations, got " + list.size()));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            OwnSiteRequest o = list.get(i);
            String field = "ownSites[" + i + "]";
            if (o == null) {
                errors.add(error(field, "required: {id, name, address, x, y}"));
                continue;
            }
            if (o.x() == null || o.y() == null) {
                errors.add(error(field + (o.x() == null ? ".x" : ".y"), "required: RD New metres"));
                continue;
            }
            try {
                out.add(new OwnSite(o.id() == null ? "" : o.id(), o.name() == null ? "" : o.name().strip(),
                        o.address() == null ? "" : o.address().strip(), o.x(), o.y()));
            } catch (IllegalArgumentException e) {
                errors.add(error(field, e.getMessage()));
            }
        }
        return out;
    }

    /** The plan checker for the loaded data set; 503 while none is loaded. */
    public PlanResolver resolver() {
        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no data set is loaded");
        }
        Dataset dataset = src.dataset();
        PlanResolver r = resolver;
        if (r == null || r.dataset() != dataset) {
            r = new PlanResolver(dataset);
            resolver = r;
        }
        return r;
    }

    private ScenarioResponse response(Scenario s) {
        ScenarioContent c = s.content();
        Plan plan = c.plan();
        PlanResolver loaded = source.getIfAvailable() == null ? null : resolver();
        List<ScenarioResponse.Site> sites = new ArrayList<>(c.sites().size());
        List<String> missing = new ArrayList<>();
        for (ScenarioSite site : c.sites()) {
            LatLon ll = RdProjection.toWgs84(new RdPoint(site.x(), site.y()));
            sites.add(new ScenarioResponse.Site(site.siteId(), site.name(), site.address(), site.municipalityCode(),
                    site.x(), site.y(), ll.lon(), ll.lat(), site.own(), site.nsp(), site.cp(), site.fixed(), site.excluded()));
            if (!site.own() && loaded != null && !loaded.isCandidate(site.siteId())) {
                missing.add(site.siteId());
            }
        }
        long current = store.dataVersion().map(DataVersion::version).orElse(0L);
        return new ScenarioResponse(s.id(), s.version(), c.name(), c.description(), c.author(), s.createdAt(),
                s.updatedAt(), s.published(), c.dataVersion(), current, c.region(), c.demandLayer(), c.norms(),
                plan.nspSiteIds(), plan.cpSiteIds(), plan.fixedSiteIds(), plan.excludedSiteIds(),
                plan.ownSites().stream().map(o -> new ScenarioResponse.OwnSite(o.id(), o.name(), o.address(), o.x(), o.y()))
                        .toList(),
                sites, missing);
    }

    private static String regionCode(String raw, String field) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(code).matches()) {
            throw new BadRequestException(field, "expected a safety region code VR01..VR25, got \"" + raw + "\"");
        }
        return code;
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new BadRequestException("version", "required: the version the change was made on");
        }
        if (version < 1) {
            throw new BadRequestException("version", "must be >= 1, got " + version);
        }
        return version;
    }

    private static String truncate(String name) {
        return name.length() <= ScenarioContent.MAX_NAME_LENGTH ? name : name.substring(0, ScenarioContent.MAX_NAME_LENGTH);
    }

    private static <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(error("", e.getMessage()));
        }
    }

    /** The ids of a list, or none; a null entry is an error (before the plan's lists refuse it). */
    private static List<String> ids(List<String> list, String field, List<InputError> errors) {
        if (list == null) {
            return List.of();
        }
        if (list.size() > PlanResolver.MAX_SITES) {
            errors.add(error(field, "at most " + PlanResolver.MAX_SITES + " ids, got " + list.size()));
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                errors.add(error(field + "[" + i + "]", "empty site id"));
            }
        }
        return list.stream().filter(Objects::nonNull).toList();
    }

    private static InputError error(String field, String reason) {
        return new InputError(SOURCE, 0, field, reason);
    }
}
