package nl.nsp.planner.api.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.JobStateException;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.api.job.BackgroundJob;
import nl.nsp.planner.api.job.JobQueue;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.CostItem;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.RealisedProgress;
import nl.nsp.planner.ingest.CostTableReader;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.ingest.OutageAreaReader;
import nl.nsp.planner.ingest.RealisedProgressReader;
import nl.nsp.planner.national.BudgetSchedule;
import nl.nsp.planner.national.CostOptions;
import nl.nsp.planner.national.DistributionKey;
import nl.nsp.planner.national.NationalOptions;
import nl.nsp.planner.national.NationalResult;
import nl.nsp.planner.national.Norm;
import nl.nsp.planner.national.OutageScenario;
import nl.nsp.planner.national.report.NationalReport;
import nl.nsp.planner.national.report.ReportAssembler;
import nl.nsp.planner.national.report.ReportRequest;
import nl.nsp.planner.national.report.ReportWriter;
import nl.nsp.planner.national.report.SourceFile;
import nl.nsp.planner.store.PlannerStore;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * National report jobs: validates a request against the loaded data set, runs it on one worker thread behind a
 * bounded queue, reports progress, cancels on request and keeps the files of the last finished jobs in memory.
 */
@Component
class NationalReportJobs implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(NationalReportJobs.class);
    static final String BASE = "/api/reports/national";

    private final ObjectProvider<DatasetSource> source;
    private final ObjectProvider<PlannerStore> store;
    private final JobQueue<Job> jobs;
    /** Called on the worker thread with every progress report (tests use it to hold a run). */
    private volatile nl.nsp.planner.optimise.ProgressListener progressHook = nl.nsp.planner.optimise.ProgressListener.NONE;

    NationalReportJobs(ObjectProvider<DatasetSource> source, ObjectProvider<PlannerStore> store,
            @Value("${nsp.reports.queue-size:2}") int queueSize, @Value("${nsp.reports.keep-finished:5}") int keepFinished) {
        if (queueSize < 1 || keepFinished < 1) {
            throw new IllegalArgumentException("nsp.reports.queue-size and keep-finished must be >= 1");
        }
        this.source = source;
        this.store = store;
        this.jobs = new JobQueue<>("report job", "report-worker", queueSize, keepFinished);
    }

    void progressHook(nl.nsp.planner.optimise.ProgressListener hook) {
        this.progressHook = hook;
    }

    private final class Job extends BackgroundJob {
        final Dataset data;
        final ReportRequest request;
        volatile Map<String, byte[]> files;
        volatile ReportJobStatus.Summary summary;

        Job(String id, String startedBy, Dataset data, ReportRequest request) {
            super(id, startedBy);
            this.data = data;
            this.request = request;
        }

        @Override
        protected Runnable compute() {
            NationalReport report = ReportAssembler.assemble(data, request, (ph, fraction, o, b) -> {
                progressHook.progress(ph, fraction, o, b);
                progress(ph, fraction);
            }, cancellation());
            Map<String, byte[]> rendered = ReportWriter.render(report);
            ReportJobStatus.Summary s = summary(report);
            return () -> {
                files = rendered;
                summary = s;
            };
        }

        ReportJobStatus view() {
            List<ReportJobStatus.FileItem> items = null;
            Map<String, byte[]> f = files;
            if (f != null) {
                items = new ArrayList<>();
                for (Map.Entry<String, byte[]> e : f.entrySet()) {
                    items.add(new ReportJobStatus.FileItem(e.getKey(), e.getValue().length, BASE + "/" + id() + "/files/" + e.getKey()));
                }
            }
            return new ReportJobStatus(id(), status, phase, progress, elapsedSeconds(), error, items, summary);
        }
    }

    private static ReportJobStatus.Summary summary(NationalReport report) {
        NationalResult nr = report.national();
        NationalOptions o = nr.options();
        NationalResult.Total t = nr.total(o.headline(), o.headlineTarget());
        return new ReportJobStatus.Summary(nr.regions().size(), o.headline().key(), o.headlineTarget(), t.sites(),
                t.lowerBound(), nr.ruleOfThumb(), nr.cpTotal(), report.costs().oneOffTotal(), report.costs().yearlyTotal(),
                nr.seconds());
    }

    /**
     * Validates and queues a report.
     *
     * @throws BadRequestException, InputException (400) on invalid fields or CSV/area text; JobStateException when the
     *                              queue is full (429) or no data set is loaded (503)
     */
    ReportJobStatus submit(NationalReportRequest r, Caller caller) {
        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            throw new JobStateException(HttpStatus.SERVICE_UNAVAILABLE, "dataset", "no data set is loaded");
        }
        Dataset data = src.dataset();
        if (data.municipalities().isEmpty()) {
            throw new JobStateException(HttpStatus.SERVICE_UNAVAILABLE, "dataset", "the data set is empty");
        }
        ReportRequest request = request(r == null ? emptyRequest() : r, data);
        Job job = new Job(UUID.randomUUID().toString(), caller.name(), data, request);
        ReportJobStatus created = job.view(); // before the worker can pick it up
        jobs.submit(job);
        return created;
    }

    private static NationalReportRequest emptyRequest() {
        return new NationalReportRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    ReportJobStatus status(String id, Caller caller) {
        return jobs.find(id, caller).view();
    }

    /** The bytes of one file of a finished report. */
    byte[] file(String id, String name, Caller caller) {
        Job job = jobs.find(id, caller);
        Map<String, byte[]> f = job.files;
        if (f == null) {
            throw job.noResult("report", BASE + "/" + id, "files");
        }
        byte[] b = f.get(name);
        if (b == null) {
            throw new NotFoundException("name", "report " + id + " has no file \"" + name + "\"; it has " + f.keySet());
        }
        return b;
    }

    ReportJobStatus cancel(String id, Caller caller) {
        return jobs.cancel(id, caller).view();
    }

    @Override
    public void destroy() throws InterruptedException {
        jobs.shutdown();
    }

    // ------------------------------------------------------------------ validation

    private ReportRequest request(NationalReportRequest r, Dataset data) {
        NationalOptions defaults = NationalOptions.defaults();
        List<String> regions = new ArrayList<>();
        if (r.regions() != null) {
            Set<String> known = new HashSet<>();
            data.regions().forEach(x -> known.add(x.code()));
            data.municipalities().forEach(m -> known.add(m.regionCode()));
            for (int i = 0; i < r.regions().size(); i++) {
                String code = r.regions().get(i) == null ? "" : r.regions().get(i).trim().toUpperCase(Locale.ROOT);
                if (!known.contains(code)) {
                    throw new BadRequestException("regions[" + i + "]", "unknown safety region \"" + r.regions().get(i) + "\"");
                }
                regions.add(code);
            }
        }
        double radius = r.headlineRadiusMetres() == null ? 1000 : r.headlineRadiusMetres();
        Norm headline = Boolean.TRUE.equals(r.headline65()) ? Norm.elderly(defaults.radius65Metres()) : Norm.everyone(radius);
        if (!defaults.norms().contains(headline)) {
            throw new BadRequestException("headlineRadiusMetres", "must be one of " + defaults.radiiMetres() + ", got " + radius);
        }
        double target = r.headlineTarget() == null ? 0.95 : r.headlineTarget();
        if (!defaults.targetShares().contains(target)) {
            throw new BadRequestException("headlineTarget", "must be one of " + defaults.targetShares() + ", got " + target);
        }
        NationalOptions.TargetBasis basis;
        String b = r.targetBasis() == null ? "reachable" : r.targetBasis().toLowerCase(Locale.ROOT);
        switch (b) {
            case "reachable" -> basis = NationalOptions.TargetBasis.REACHABLE;
            case "all" -> basis = NationalOptions.TargetBasis.ALL;
            default -> throw new BadRequestException("targetBasis", "must be reachable or all, got \"" + r.targetBasis() + "\"");
        }
        NationalOptions options = defaults.withTargetBasis(basis).withHeadline(headline, target)
                .withParts(!Boolean.FALSE.equals(r.cooperation()), !Boolean.FALSE.equals(r.urbanity()), defaults.threads())
                .withRegions(regions);
        List<CostItem> items = r.costsCsv() == null || r.costsCsv().isBlank() ? CostTableReader.readDefault()
                : fromText(r.costsCsv(), "kosten.csv", CostTableReader::read);
        List<RealisedProgress> realised = r.realisedCsv() == null || r.realisedCsv().isBlank() ? List.of()
                : fromText(r.realisedCsv(), "gerealiseerd.csv", RealisedProgressReader::read);
        DistributionKey key;
        try {
            key = DistributionKey.parse(r.accountabilityKey() == null ? "equal" : r.accountabilityKey());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("accountabilityKey", e.getMessage());
        }
        if (key == DistributionKey.NSPS_NEEDED && !regions.isEmpty() && regions.size() < data.regions().size()) {
            throw new BadRequestException("accountabilityKey", "the NSP key needs a run over all regions");
        }
        CostOptions costOptions;
        try {
            costOptions = new CostOptions(r.rolloutYears() == null ? CostOptions.defaults().rolloutYears() : r.rolloutYears(),
                    2030);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("rolloutYears", e.getMessage());
        }
        if (r.throughYear() != null && !(2025 <= r.throughYear() && r.throughYear() <= 2030)) {
            throw new BadRequestException("throughYear", "must be within 2025..2030, got " + r.throughYear());
        }
        Set<String> run = new HashSet<>(regions.isEmpty() ? data.regions().stream().map(x -> x.code()).toList() : regions);
        for (RealisedProgress p : realised) {
            if (!run.contains(p.regionCode())) {
                throw new BadRequestException("realisedCsv", "realised figures for " + p.regionCode()
                        + ", a region that is not in the report");
            }
        }
        OutageScenario outage = outage(r.outage(), data);
        List<SourceFile> sources = new ArrayList<>();
        PlannerStore st = store.getIfAvailable();
        if (st != null) {
            st.lastImportReport().ifPresent(rep -> rep.files().forEach(f -> sources.add(
                    new SourceFile(f.file(), f.layer(), f.accepted(), f.rejected()))));
        }
        return new ReportRequest(options, items, costOptions, BudgetSchedule.administrativeAgreement(), key,
                r.throughYear(), realised, outage, sources, nl.nsp.planner.Version.VERSION, Double.NaN);
    }

    private static OutageScenario outage(NationalReportRequest.Outage o, Dataset data) {
        if (o == null) {
            return null;
        }
        Set<String> municipalities = new TreeSet<>();
        if (o.municipalities() != null) {
            for (int i = 0; i < o.municipalities().size(); i++) {
                String raw = o.municipalities().get(i);
                String code;
                try {
                    code = Codes.normaliseMunicipality(raw == null ? "" : raw);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("outage.municipalities[" + i + "]", e.getMessage());
                }
                if (data.municipality(code).isEmpty()) {
                    throw new BadRequestException("outage.municipalities[" + i + "]", "unknown municipality " + code);
                }
                municipalities.add(code);
            }
        }
        Geometry area = o.area() == null || o.area().isBlank() ? null : OutageAreaReader.parse(o.area(), "outage.area");
        Set<String> sites = new TreeSet<>();
        if (o.unavailableSiteIds() != null) {
            Set<String> known = new HashSet<>();
            data.candidates().forEach(c -> known.add(c.id()));
            List<InputError> errors = new ArrayList<>();
            for (int i = 0; i < o.unavailableSiteIds().size(); i++) {
                String id = o.unavailableSiteIds().get(i);
                if (id == null || !known.contains(id)) {
                    errors.add(new InputError("request", 0, "outage.unavailableSiteIds[" + i + "]",
                            "unknown site id \"" + id + "\""));
                } else {
                    sites.add(id);
                }
            }
            if (!errors.isEmpty()) {
                throw new InputException(errors.subList(0, Math.min(100, errors.size())));
            }
        }
        if (area == null && municipalities.isEmpty() && sites.isEmpty()) {
            throw new BadRequestException("outage", "needs municipalities, an area or unavailableSiteIds");
        }
        return new OutageScenario(o.label() == null || o.label().isBlank() ? "uitval" : o.label(), area, municipalities, sites);
    }

    /** Reads CSV text the way the command line reads a file (errors name {@code name}, line and field). */
    private static <T> T fromText(String text, String name, java.util.function.Function<Path, T> reader) {
        Path dir = null;
        Path file = null;
        try {
            dir = Files.createTempDirectory("nsp-report-input");
            file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return reader.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
                if (dir != null) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                LOG.warn("could not remove temporary file {}", file);
            }
        }
    }
}
