package nl.nsp.planner.api.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.nsp.planner.api.coverage.CoverageRequest;
import nl.nsp.planner.api.coverage.CoverageResponse;
import nl.nsp.planner.api.coverage.CoverageService;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.api.coverage.NormsRequest;
import nl.nsp.planner.api.plan.OwnSiteRequest;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.Plan;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The coverage figures of saved plans. They follow from the plan and the loaded data set alone, so each is computed
 * once: in the background right after the save that made it (the map asks for them next), or when first asked. The
 * last {@value #KEPT} plans' figures are kept; asking while the background computation runs waits for it rather than
 * computing twice. A plan whose figures cannot be computed (the error is the caller's answer) is not kept.
 */
@Component
class ScenarioStatistics implements DisposableBean {
    static final int KEPT = 256;
    private static final int QUEUED = 32;

    private final CoverageService coverage;
    private final ObjectProvider<DatasetSource> source;
    private final Map<Key, CompletableFuture<CoverageResponse>> figures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<CoverageResponse>> eldest) {
            return size() > KEPT;
        }
    };
    // one thread, a short queue that drops what does not fit: precomputing must never pile up behind a burst of saves
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED), r -> {
                Thread t = new Thread(r, "scenario-statistics");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());

    ScenarioStatistics(CoverageService coverage, ObjectProvider<DatasetSource> source) {
        this.coverage = coverage;
        this.source = source;
    }

    /** A plan's figures on one loaded data set (compared by identity: a new import is a new object). */
    private record Key(Plan plan, Dataset dataset) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dataset == dataset && k.plan.equals(plan);
        }

        @Override
        public int hashCode() {
            return plan.hashCode() * 31 + System.identityHashCode(dataset);
        }
    }

    /** The figures of {@code plan}: kept, being computed (waits), or computed now. */
    CoverageResponse of(Plan plan) {
        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            return coverage.evaluate(request(plan)); // answers why there are no figures
        }
        Key key = new Key(plan, src.dataset());
        CompletableFuture<CoverageResponse> f;
        boolean mine = false;
        synchronized (figures) {
            f = figures.get(key);
            if (f == null) {
                f = new CompletableFuture<>();
                figures.put(key, f);
                mine = true;
            }
        }
        if (mine) {
            try {
                f.complete(coverage.evaluate(request(plan)));
            } catch (RuntimeException e) {
                synchronized (figures) {
                    figures.remove(key, f);
                }
                f.completeExceptionally(e);
            }
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Starts computing the figures of a just-saved plan in the background (skipped when the queue is full). */
    void precompute(Plan plan) {
        background.execute(() -> {
            try {
                of(plan);
            } catch (RuntimeException e) {
                // not kept; whoever asks for these figures gets the error
            }
        });
    }

    static CoverageRequest request(Plan p) {
        Norms n = p.norms();
        NormsRequest norms = new NormsRequest(n.radiusMetres(), n.radius65Metres(), n.urbanityRadiusMetres(),
                n.linkRangeMetres(), n.maxNspPerCp(), n.inhabitantsPerNsp());
        List<OwnSiteRequest> own = p.ownSites().stream()
                .map(o -> new OwnSiteRequest(o.id(), o.name(), o.address(), o.x(), o.y())).toList();
        return new CoverageRequest(p.region(), p.demandLayer(), p.nspSiteIds(), norms, p.cpSiteIds(), null, own);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
