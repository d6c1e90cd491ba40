package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.geo.DutchExtent;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.ingest.MunicipalityLocator;

/**
 * Checks a {@link Plan} against a data set and turns it into the sites of a scenario, each with its roles and a
 * copy of its name, address and position.
 *
 * <p>Every problem is reported at once, each naming its field ({@code nspSiteIds[3]}, {@code ownSites[0].x}):
 * unknown region, layer or site ids, an id listed twice in one role, own-site ids that clash with a candidate or
 * each other, own sites outside the Netherlands, fixed sites that are not NSPs, excluded sites that are NSPs or CPs,
 * and more than {@value #MAX_SITES} sites or {@value #MAX_OWN_SITES} own sites.
 */
public final class PlanResolver {
    /** Most sites (with any role) one plan may hold. */
    public static final int MAX_SITES = 20_000;
    /** Most locations added by hand in one plan. */
    public static final int MAX_OWN_SITES = 2_000;
    private static final String SOURCE = "scenario";

    private final Dataset dataset;
    private final Map<String, CandidateSite> candidates;
    private final MunicipalityLocator locator;

    /** Prepares the lookups of {@code dataset} (do it once per data set). */
    public PlanResolver(Dataset dataset) {
        this.dataset = dataset;
        this.candidates = new HashMap<>();
        for (CandidateSite c : dataset.candidates()) {
            candidates.put(c.id(), c);
        }
        this.locator = new MunicipalityLocator(dataset.municipalities());
    }

    /** True when the data set has a candidate site with this id. */
    public boolean isCandidate(String siteId) {
        return candidates.containsKey(siteId);
    }

    /** The candidate site with this id. */
    public Optional<CandidateSite> candidate(String siteId) {
        return Optional.ofNullable(candidates.get(siteId));
    }

    /** The gemeentecode of the municipality containing RD (x, y), or {@link nl.nsp.planner.domain.DemandPoint#UNASSIGNED}. */
    public String municipalityAt(double x, double y) {
        return locator.codeAt(x, y);
    }

    /** The data set this resolver checks against. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * The scenario sites of {@code plan}: NSPs first, then CPs, excluded sites and own locations without a role,
     * each site once.
     *
     * @throws InputException listing every problem when the plan does not fit the data set
     */
    public List<ScenarioSite> resolve(Plan plan) {
        List<InputError> errors = new ArrayList<>();
        if (dataset.region(plan.region()).isEmpty()) {
            errors.add(error("region", "unknown safety region \"" + plan.region() + "\""));
        }
        if (dataset.demandLayer(plan.demandLayer()).isEmpty()) {
            errors.add(error("demandLayer", "unknown demand layer \"" + plan.demandLayer() + "\"; the data set has "
                    + dataset.demandLayers().stream().map(DemandLayer::name).toList()));
        }
        if (plan.ownSites().size() > MAX_OWN_SITES) {
            throw new InputException(error("ownSites", "at most " + MAX_OWN_SITES + " own locations, got "
                    + plan.ownSites().size()));
        }
        Map<String, OwnSite> own = new LinkedHashMap<>();
        for (int i = 0; i < plan.ownSites().size(); i++) {
            OwnSite o = plan.ownSites().get(i);
            String field = "ownSites[" + i + "]";
            if (candidates.containsKey(o.id())) {
                errors.add(error(field + ".id", "\"" + o.id() + "\" is already the id of a candidate site"));
            } else if (own.putIfAbsent(o.id(), o) != null) {
                errors.add(error(field + ".id", "\"" + o.id() + "\" is used by two own locations"));
            }
            if (!DutchExtent.isPlausibleRd(o.x(), o.y())) {
                errors.add(error(field, "(" + o.x() + ", " + o.y() + ") is not an RD New position in the Netherlands"));
            }
        }
        Set<String> nsp = ids(plan.nspSiteIds(), "nspSiteIds", own, errors);
        Set<String> cp = ids(plan.cpSiteIds(), "cpSiteIds", own, errors);
        Set<String> fixed = ids(plan.fixedSiteIds(), "fixedSiteIds", own, errors);
        Set<String> excluded = ids(plan.excludedSiteIds(), "excludedSiteIds", own, errors);
        check(plan.fixedSiteIds(), "fixedSiteIds", id -> !nsp.contains(id), "is fixed but not an NSP", errors);
        check(plan.excludedSiteIds(), "excludedSiteIds", id -> nsp.contains(id) || cp.contains(id),
                "is excluded but also an NSP or CP", errors);
        Set<String> all = new LinkedHashSet<>();
        all.addAll(nsp);
        all.addAll(cp);
        all.addAll(excluded);
        all.addAll(own.keySet());
        if (all.size() > MAX_SITES) {
            errors.add(error("nspSiteIds", "at most " + MAX_SITES + " sites in one plan, got " + all.size()));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        List<ScenarioSite> sites = new ArrayList<>(all.size());
        for (String id : all) {
            boolean isNsp = nsp.contains(id);
            boolean isCp = cp.contains(id);
            boolean isFixed = fixed.contains(id);
            boolean isExcluded = excluded.contains(id);
            OwnSite o = own.get(id);
            if (o != null) {
                sites.add(new ScenarioSite(id, o.name(), o.address(), o.x(), o.y(), municipalityAt(o.x(), o.y()), true,
                        isNsp, isCp, isFixed, isExcluded));
            } else {
                CandidateSite c = candidates.get(id);
                sites.add(new ScenarioSite(id, c.name(), c.address(), c.x(), c.y(), c.municipalityCode(), false, isNsp,
                        isCp, isFixed, isExcluded));
            }
        }
        return sites;
    }

    private Set<String> ids(List<String> list, String field, Map<String, OwnSite> own, List<InputError> errors) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            String f = field + "[" + i + "]";
            if (id == null || id.isBlank()) {
                errors.add(error(f, "empty site id"));
            } else if (!candidates.containsKey(id) && !own.containsKey(id)) {
                errors.add(error(f, "unknown site \"" + id + "\": neither a candidate site nor an own location"));
            } else if (!out.add(id)) {
                errors.add(error(f, "\"" + id + "\" is listed twice"));
            }
        }
        return out;
    }

    private static void check(List<String> list, String field, Predicate<String> wrong, String reason,
            List<InputError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            if (id != null && seen.add(id) && wrong.test(id)) {
                errors.add(error(field + "[" + i + "]", "\"" + id + "\" " + reason));
            }
        }
    }

    private static InputError error(String field, String reason) {
        return new InputError(SOURCE, 0, field, reason);
    }
}
