package nl.nsp.planner.api.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.nsp.planner.analysis.AreaSelection;
import nl.nsp.planner.analysis.CoverageDelta;
import nl.nsp.planner.analysis.CoverageEvaluator;
import nl.nsp.planner.analysis.CoverageReport;
import nl.nsp.planner.analysis.EvaluationOptions;
import nl.nsp.planner.analysis.LinkResult;
import nl.nsp.planner.analysis.NspCpLinker;
import nl.nsp.planner.analysis.PointCoverage;
import nl.nsp.planner.analysis.SiteReach;
import nl.nsp.planner.api.plan.OwnSiteRequest;
import nl.nsp.planner.api.plan.OwnSites;
import nl.nsp.planner.api.plan.RequestLimits;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.EuclideanDistance;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.reach.SiteTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves coverage questions from the loaded data set: keeps the last {@value #MAX_INDEXES} coverage indexes (per
 * region, demand layer and cutoff: enough for every region's default layer at once) and a bounded set of evaluation
 * sessions (one {@link CoverageState} each), each belonging to the caller that opened it: for anyone else it does not
 * exist. One caller keeps at most {@value #MAX_SESSIONS_PER_OWNER} sessions (opening another drops its least recently
 * used), so one busy planner cannot push everyone else's out.
 */
@Service
public class CoverageService {
    private static final int MAX_INDEXES = 32;
    private static final int MAX_SESSIONS = 128;
    private static final int MAX_SESSIONS_PER_OWNER = 4;
    private static final int MAX_POINTS = 50_000;

    private final ObjectProvider<DatasetSource> source;
    private final OwnSites ownSites;
    private final Map<IndexKey, Prepared> indexes = lru(MAX_INDEXES);
    /** Indexes with a plan's own sites appended to a cached one (few sites: cheap to build, kept a little). */
    private final Map<OwnKey, Prepared> withOwn = lru(MAX_INDEXES);
    private final Map<String, Session> sessions = lru(MAX_SESSIONS);

    CoverageService(ObjectProvider<DatasetSource> source, OwnSites ownSites) {
        this.source = source;
        this.ownSites = ownSites;
    }

    private record IndexKey(String region, String layer, double cutoffMetres) {
    }

    private record OwnKey(IndexKey base, List<CandidateSite> own) {
    }

    /**
     * Demand, sites and index for one region and layer of one data set; {@code siteList} are the candidates followed
     * by the plan's own sites (if any), in site-index order; {@code model} keeps the demand grid for appending sites.
     */
    private record Prepared(Dataset dataset, String region, String layer, DemandTable demand, SiteTable sites,
            List<CandidateSite> siteList, EuclideanDistance model, CoverageIndex index, Map<String, String> regionOfMunicipality) {
    }

    private static final class Session {
        final String owner;
        final Prepared prepared;
        final CoverageState state;
        final List<String> cpIds;

        Session(String owner, Prepared prepared, CoverageState state, List<String> cpIds) {
            this.owner = owner;
            this.prepared = prepared;
            this.state = state;
            this.cpIds = cpIds == null ? null : List.copyOf(cpIds);
        }
    }

    /** Statistics (and NSP-CP links, when CPs are given) for a region and a set of open sites. */
    public CoverageResponse evaluate(CoverageRequest r) {
        Norms norms = NormsRequest.orDefaults(r.norms(), r.region() == null);
        Prepared p = prepare(r.region(), r.demandLayer(), norms, r.metric(), r.ownSites());
        CoverageState state = new CoverageState(p.index(), p.demand(), norms);
        state.openAll(siteIndices(p, r.openSiteIds(), "openSiteIds"));
        CoverageReport report = CoverageEvaluator.evaluate(state, p.sites(), EvaluationOptions.euclidean());
        return new CoverageResponse(null, p.region(), p.layer(), report, links(p, state, r.cpSiteIds(), norms));
    }

    /**
     * Two sets of open sites on the same region, demand layer and norms: the statistics of each and the demand points
     * whose coverage differs (covered by one set and not the other; with the 65+ radius when {@code use65}).
     *
     * @throws InputException when the two requests differ in region, layer or norms, or name unknown sites
     */
    public Comparison compare(CoverageRequest a, CoverageRequest b, boolean use65) {
        Norms norms = NormsRequest.orDefaults(a.norms(), a.region() == null);
        if (!Objects.equals(a.region(), b.region()) || !Objects.equals(a.demandLayer(), b.demandLayer())
                || !norms.equals(NormsRequest.orDefaults(b.norms(), b.region() == null))) {
            throw bad("b", "a map comparison needs the same region, demand layer and norms on both sides");
        }
        Prepared p = prepare(a.region(), a.demandLayer(), norms, a.metric(), ownSitesOfBoth(a.ownSites(), b.ownSites()));
        CoverageState sa = new CoverageState(p.index(), p.demand(), norms);
        sa.openAll(siteIndices(p, a.openSiteIds(), "a.openSiteIds"));
        CoverageState sb = new CoverageState(p.index(), p.demand(), norms);
        sb.openAll(siteIndices(p, b.openSiteIds(), "b.openSiteIds"));
        List<ChangedPoint> changed = new ArrayList<>();
        DemandTable d = p.demand();
        for (int i = 0; i < d.size(); i++) {
            boolean inA = use65 ? sa.isCovered65(i) : sa.isCovered(i);
            boolean inB = use65 ? sb.isCovered65(i) : sb.isCovered(i);
            if (inA != inB) {
                long units = use65 ? d.weight65Units(i) : d.weightUnits(i);
                changed.add(new ChangedPoint(d.id(i), d.x(i), d.y(i), units < 0 ? null : DemandTable.toPersons(units), inA, inB));
            }
        }
        return new Comparison(
                new CoverageResponse(null, p.region(), p.layer(), CoverageEvaluator.evaluate(sa, p.sites(), EvaluationOptions.euclidean()),
                        links(p, sa, a.cpSiteIds(), norms)),
                new CoverageResponse(null, p.region(), p.layer(), CoverageEvaluator.evaluate(sb, p.sites(), EvaluationOptions.euclidean()),
                        links(p, sb, b.cpSiteIds(), norms)),
                changed);
    }

    /** The own sites of two requests on one index: each id once; the same id must be the same site on both sides. */
    private static List<OwnSiteRequest> ownSitesOfBoth(List<OwnSiteRequest> a, List<OwnSiteRequest> b) {
        Map<String, OwnSiteRequest> byId = new LinkedHashMap<>();
        for (List<OwnSiteRequest> side : Arrays.asList(a, b)) {
            for (OwnSiteRequest o : side == null ? List.<OwnSiteRequest>of() : side) {
                OwnSiteRequest before = o == null || o.id() == null ? null : byId.putIfAbsent(o.id(), o);
                if (before != null && !before.equals(o)) {
                    throw bad("b.ownSites", "own location \"" + o.id() + "\" differs between the two sides");
                }
            }
        }
        return List.copyOf(byId.values());
    }

    /** What {@link #compare} finds. */
    public record Comparison(CoverageResponse a, CoverageResponse b, List<ChangedPoint> changedPoints) {
    }

    /**
     * A demand point covered on one side only; RD metres.
     *
     * @param inhabitants its inhabitants (65+ when the comparison is for the 65+ radius; null when CBS suppressed it)
     */
    public record ChangedPoint(String id, double x, double y, Double inhabitants, boolean coveredInA, boolean coveredInB) {
    }

    ToggleResponse toggle(ToggleRequest r, boolean full) {
        Norms norms = NormsRequest.orDefaults(r.norms(), r.region() == null);
        Prepared p = prepare(r.region(), r.demandLayer(), norms, r.metric(), r.ownSites());
        CoverageState state = new CoverageState(p.index(), p.demand(), norms);
        state.openAll(siteIndices(p, r.openSiteIds(), "openSiteIds"));
        int site = siteIndex(p, r.siteId(), "siteId");
        CoverageDelta delta = CoverageEvaluator.delta(state, p.sites(), state.toggle(site));
        return new ToggleResponse(null, delta, full ? CoverageEvaluator.evaluate(state, p.sites(), EvaluationOptions.euclidean()) : null);
    }

    /** Opens a session for {@code owner} (the caller's name). */
    CoverageResponse createSession(CoverageRequest r, String owner) {
        Norms norms = NormsRequest.orDefaults(r.norms(), r.region() == null);
        Prepared p = prepare(r.region(), r.demandLayer(), norms, r.metric(), r.ownSites());
        CoverageState state = new CoverageState(p.index(), p.demand(), norms);
        state.openAll(siteIndices(p, r.openSiteIds(), "openSiteIds"));
        LinkResult links = links(p, state, r.cpSiteIds(), norms);
        String id = UUID.randomUUID().toString();
        Session session = new Session(owner, p, state, r.cpSiteIds());
        synchronized (sessions) {
            List<String> own = sessions.entrySet().stream().filter(e -> e.getValue().owner.equals(owner))
                    .map(Map.Entry::getKey).toList();
            // the map iterates least recently used first
            for (int i = 0; i <= own.size() - MAX_SESSIONS_PER_OWNER; i++) {
                sessions.remove(own.get(i));
            }
            sessions.put(id, session);
        }
        CoverageReport report = CoverageEvaluator.evaluate(state, p.sites(), EvaluationOptions.euclidean());
        return new CoverageResponse(id, p.region(), p.layer(), report, links);
    }

    CoverageResponse session(String id, String owner) {
        Session s = session0(id, owner);
        synchronized (s) {
            return new CoverageResponse(id, s.prepared.region(), s.prepared.layer(),
                    CoverageEvaluator.evaluate(s.state, s.prepared.sites(), EvaluationOptions.euclidean()),
                    links(s.prepared, s.state, s.cpIds, s.state.norms()));
        }
    }

    List<PointCoverage> sessionPoints(String id, String owner, double minX, double minY, double maxX, double maxY) {
        Session s = session0(id, owner);
        synchronized (s) {
            return CoverageEvaluator.points(s.state, s.prepared.sites(), EvaluationOptions.euclidean(), minX, minY, maxX,
                    maxY, MAX_POINTS);
        }
    }

    SiteReach reach(String id, String owner, String siteId) {
        Session s = session0(id, owner);
        synchronized (s) {
            return SiteReach.of(s.state, s.prepared.sites(), siteIndex(s.prepared, siteId, "siteId"));
        }
    }

    ToggleResponse toggleSession(String id, String owner, String siteId, boolean full) {
        Session s = session0(id, owner);
        synchronized (s) {
            int site = siteIndex(s.prepared, siteId, "siteId");
            CoverageDelta delta = CoverageEvaluator.delta(s.state, s.prepared.sites(), s.state.toggle(site));
            return new ToggleResponse(id, delta,
                    full ? CoverageEvaluator.evaluate(s.state, s.prepared.sites(), EvaluationOptions.euclidean()) : null);
        }
    }

    void deleteSession(String id, String owner) {
        synchronized (sessions) {
            session0(id, owner);
            sessions.remove(id);
        }
    }

    /** The session {@code id} of {@code owner}; someone else's session is as unknown as one that never existed. */
    private Session session0(String id, String owner) {
        synchronized (sessions) {
            Session s = sessions.get(id);
            if (s == null || !s.owner.equals(owner)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no coverage session " + id + " (it may have expired)");
            }
            return s;
        }
    }

    private Prepared prepare(String region, String layerName, Norms norms, String metric, List<OwnSiteRequest> ownRequest) {
        String m = metric == null ? "euclidean" : metric.toLowerCase(Locale.ROOT);
        if (!m.equals("euclidean")) {
            throw bad("metric", "only \"euclidean\" is served by the map server, got \"" + metric + "\"");
        }
        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no data set is loaded");
        }
        Dataset dataset = src.dataset();
        DemandLayer layer = layerName == null ? dataset.primaryDemand()
                : dataset.demandLayer(layerName).orElseThrow(() -> bad("demandLayer", "unknown demand layer \"" + layerName
                        + "\"; the data set has " + dataset.demandLayers().stream().map(DemandLayer::name).toList()));
        List<CandidateSite> own = ownSites.resolve(dataset, ownRequest, "ownSites");
        IndexKey key = new IndexKey(region, layer.name(), norms.maxRadiusMetres());
        Prepared base = base(dataset, layer, region, key, norms);
        if (own.isEmpty()) {
            return base;
        }
        OwnKey ownKey = new OwnKey(key, own);
        synchronized (withOwn) {
            Prepared p = withOwn.get(ownKey);
            if (p != null && p.dataset() == dataset) {
                return p;
            }
        }
        double[] ox = new double[own.size()];
        double[] oy = new double[own.size()];
        for (int j = 0; j < own.size(); j++) {
            ox[j] = own.get(j).x();
            oy[j] = own.get(j).y();
        }
        List<CandidateSite> all = new ArrayList<>(base.siteList());
        all.addAll(own);
        CoverageIndex index = base.index().withExtraSites(base.model().withSites(ox, oy));
        Prepared p = new Prepared(dataset, region, layer.name(), base.demand(), SiteTable.of(all), List.copyOf(all), base.model(),
                index, base.regionOfMunicipality());
        synchronized (withOwn) {
            withOwn.put(ownKey, p);
        }
        return p;
    }

    private Prepared base(Dataset dataset, DemandLayer layer, String region, IndexKey key, Norms norms) {
        synchronized (indexes) {
            Prepared p = indexes.get(key);
            if (p != null && p.dataset() == dataset) {
                return p;
            }
        }
        var points = selectDemand(dataset, layer, region);
        Map<String, String> regionNames = new HashMap<>();
        for (SafetyRegion r : dataset.regions()) {
            regionNames.put(r.code(), r.name());
        }
        Map<String, String> regionOf = new HashMap<>();
        for (Municipality mun : dataset.municipalities()) {
            regionOf.put(mun.code(), mun.regionCode());
        }
        DemandTable demand = DemandTable.of(points, dataset.municipalities(), regionNames);
        SiteTable sites = SiteTable.of(dataset.candidates());
        EuclideanDistance model = EuclideanDistance.between(demand, sites, Math.max(norms.maxRadiusMetres(), 100));
        CoverageIndex index = CoverageIndex.build(model, norms.maxRadiusMetres());
        Prepared p = new Prepared(dataset, region, layer.name(), demand, sites, dataset.candidates(), model, index,
                Map.copyOf(regionOf));
        synchronized (indexes) {
            indexes.put(key, p);
        }
        return p;
    }

    private static List<nl.nsp.planner.domain.DemandPoint> selectDemand(Dataset dataset, DemandLayer layer, String region) {
        try {
            return AreaSelection.demandIn(dataset, layer, Optional.ofNullable(region));
        } catch (IllegalArgumentException e) {
            throw bad("region", e.getMessage());
        }
    }

    private LinkResult links(Prepared p, CoverageState state, List<String> cpIds, Norms norms) {
        if (cpIds == null) {
            return null;
        }
        int[] cps = siteIndices(p, cpIds, "cpSiteIds");
        List<CandidateSite> cpSites = new ArrayList<>();
        for (int c : cps) {
            cpSites.add(p.siteList().get(c));
        }
        return NspCpLinker.link(p.sites(), state.openSites(), SiteTable.of(cpSites), p.regionOfMunicipality(),
                norms.linkRangeMetres(), norms.maxNspPerCp());
    }

    private static int[] siteIndices(Prepared p, List<String> ids, String field) {
        if (ids == null) {
            return new int[0];
        }
        if (ids.size() > RequestLimits.MAX_SITE_IDS) {
            throw bad(field, ids.size() + " site ids; at most " + RequestLimits.MAX_SITE_IDS);
        }
        List<InputError> errors = new ArrayList<>();
        int[] out = new int[ids.size()];
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            Optional<Integer> s = id == null ? Optional.empty() : p.sites().indexOf(id);
            if (s.isEmpty()) {
                errors.add(new InputError("request", 0, field + "[" + k + "]", "unknown site id \"" + id + "\""
                        + (id != null && id.startsWith("eigen-") ? " (an own site must be listed in ownSites)" : "")));
            } else {
                out[k] = s.get();
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors.subList(0, Math.min(100, errors.size())));
        }
        return out;
    }
    private static int siteIndex(Prepared p, String id, String field) {
        if (id == null) {
            throw bad(field, "required");
        }
        return p.sites().indexOf(id).orElseThrow(() -> bad(field, "unknown site id \"" + id + "\""
                + (id.startsWith("eigen-") ? " (an own site must be listed in ownSites)" : "")));
    }

    private static InputException bad(String field, String reason) {
        return new InputException(new InputError("request", 0, field, reason));
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
