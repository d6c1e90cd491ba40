package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.nsp.planner.domain.CostItem;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.RealisedProgress;
import nl.nsp.planner.ingest.CostTableReader;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.ingest.IdWeightReader;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.ingest.OutageAreaReader;
import nl.nsp.planner.ingest.RealisedProgressReader;
import nl.nsp.planner.national.BudgetSchedule;
import nl.nsp.planner.national.CostOptions;
import nl.nsp.planner.national.DistributionKey;
import nl.nsp.planner.national.NationalOptions;
import nl.nsp.planner.national.NationalResult;
import nl.nsp.planner.national.Norm;
import nl.nsp.planner.national.OutageScenario;
import nl.nsp.planner.national.RegionResult;
import nl.nsp.planner.national.report.NationalReport;
import nl.nsp.planner.national.report.ReportAssembler;
import nl.nsp.planner.national.report.ReportRequest;
import nl.nsp.planner.national.report.ReportWriter;
import nl.nsp.planner.national.report.SourceFile;
import nl.nsp.planner.optimise.CancellationToken;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nsp report --national --out DIR}: the national report (HTML + CSV tables) from a data folder: NSP counts per
 * region, norm and target with bounds, urban versus rural, cooperation gain, costs against the budgets, an optional
 * outage scenario and the accountability sheet.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the national report (HTML + CSV): NSPs needed per region and urbanity class, costs, budgets.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--national", description = "The national report (the only report so far).")
    boolean national;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for rapport.html and the CSV tables.")
    Path out;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NSP_DATA_DIR:-../shared/data/nl}",
            description = "Data folder (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--costs", paramLabel = "FILE",
            description = "Cost table CSV (default data/nsp_kosten.csv when present, else the copy in the jar).")
    Path costs;

    @Option(names = "--regions", split = ",", paramLabel = "VR..", description = "Only these regions, e.g. VR17,VR18.")
    List<String> regions;

    @Option(names = "--realised", paramLabel = "FILE",
            description = "CSV region,year,nsp_realised,cp_realised,spent_eur for the accountability sheet.")
    Path realised;

    @Option(names = "--key", defaultValue = "equal", paramLabel = "KEY",
            description = "Distribution key of the accountability sheet after 2026: equal, inhabitants, area, nsps-needed (default ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--through-year", paramLabel = "YEAR", description = "Last year of the accountability sheet.")
    Integer throughYear;

    @Option(names = "--rollout-years", split = ",", paramLabel = "YEAR", defaultValue = "2026,2027",
            description = "Years the one-off costs fall in (default ${DEFAULT-VALUE}).")
    List<Integer> rolloutYears;

    @Option(names = "--headline-radius", defaultValue = "1000", paramLabel = "M",
            description = "Radius of the headline norm (default ${DEFAULT-VALUE}; 65+ norm: --headline-65).")
    double headlineRadius;

    @Option(names = "--headline-65", description = "Use the 65+ norm as the headline norm.")
    boolean headline65;

    @Option(names = "--headline-target", defaultValue = "0.95", paramLabel = "SHARE",
            description = "Target of the headline plan (default ${DEFAULT-VALUE}).")
    double headlineTarget;

    @Option(names = "--target-basis", defaultValue = "reachable", paramLabel = "reachable|all",
            description = "Targets as shares of the inhabitants within reach of a candidate (default) or of all inhabitants.")
    String targetBasis;

    @Option(names = "--fine-layer", defaultValue = "cbs100", description = "Fine demand layer where it covers a municipality (default ${DEFAULT-VALUE}).")
    String fineLayer;

    @Option(names = "--base-layer", defaultValue = "pc4", description = "National demand layer (default ${DEFAULT-VALUE}).")
    String baseLayer;

    @Option(names = "--no-cooperation", description = "Skip the own-municipality variant.")
    boolean noCooperation;

    @Option(names = "--no-urbanity", description = "Skip the per-urbanity-class runs.")
    boolean noUrbanity;

    @Option(names = "--threads", paramLabel = "N", description = "Regions solved in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = "--outage-municipality", split = ",", paramLabel = "GM....",
            description = "Outage scenario: municipalities without power/telecom.")
    List<String> outageMunicipalities;

    @Option(names = "--outage-area", paramLabel = "FILE", description = "Outage scenario: polygon as GeoJSON or WKT (RD or WGS84).")
    Path outageArea;

    @Option(names = "--unavailable-sites", paramLabel = "FILE", description = "Outage scenario: CSV with a column id of unusable sites.")
    Path unavailableSites;

    @Option(names = "--outage-label", defaultValue = "uitval", description = "Name of the outage scenario in the report.")
    String outageLabel;

    @Option(names = "--json", description = "Print a JSON summary (headline numbers, timings, files) instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CliLogging.warningsToStderr();
        if (!national) {
            throw new IllegalArgumentException("only the national report exists so far: use report --national --out DIR");
        }
        DistributionKey accountabilityKey = DistributionKey.parse(key);
        NationalOptions.TargetBasis basis = switch (targetBasis.toLowerCase(Locale.ROOT)) {
            case "reachable" -> NationalOptions.TargetBasis.REACHABLE;
            case "all" -> NationalOptions.TargetBasis.ALL;
            default -> throw new IllegalArgumentException("--target-basis must be reachable or all, got \"" + targetBasis + "\"");
        };
        List<CostItem> items = costItems();
        List<RealisedProgress> progress = realised == null ? List.of() : RealisedProgressReader.read(realised);
        long t0 = System.nanoTime();
        ImportResult imported = new DataDirectoryImporter().importDirectory(dataDir);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        double importPeakMb = peakHeapMb();
        resetPeaks();
        Dataset data = imported.dataset();
        NationalOptions options = NationalOptions.defaults().withLayers(fineLayer, baseLayer).withTargetBasis(basis)
                .withHeadline(headline65 ? Norm.elderly(NationalOptions.defaults().radius65Metres()) : Norm.everyone(headlineRadius),
                        headlineTarget)
                .withParts(!noCooperation, !noUrbanity, threads == null ? NationalOptions.defaults().threads() : threads)
                .withRegions(regions == null ? List.of() : regions.stream().map(r -> r.trim().toUpperCase(Locale.ROOT)).toList());
        List<SourceFile> sources = imported.report().files().stream()
                .map(f -> new SourceFile(f.file(), f.layer(), f.accepted(), f.rejected())).toList();
        ReportRequest request = new ReportRequest(options, items, new CostOptions(rolloutYears, 2030),
                BudgetSchedule.administrativeAgreement(), accountabilityKey, throughYear, progress, outage(data), sources,
                nl.nsp.planner.Version.VERSION, importSeconds);
        long t1 = System.nanoTime();
        NationalReport report = ReportAssembler.assemble(data, request, (phase, f, o, b) -> { }, new CancellationToken());
        long t2 = System.nanoTime();
        List<Path> files = ReportWriter.write(report, out);
        double writeSeconds = (System.nanoTime() - t2) / 1e9;
        double reportSeconds = (System.nanoTime() - t1) / 1e9;
        print(report, files, importSeconds, importPeakMb, reportSeconds, writeSeconds);
        return 0;
    }

    private List<CostItem> costItems() {
        if (costs != null) {
            return CostTableReader.read(costs);
        }
        Path local = Path.of("data", "nsp_kosten.csv");
        return Files.isRegularFile(local) ? CostTableReader.read(local) : CostTableReader.readDefault();
    }

    private OutageScenario outage(Dataset data) {
        if (outageMunicipalities == null && outageArea == null && unavailableSites == null) {
            return null;
        }
        Geometry area = outageArea == null ? null : OutageAreaReader.read(outageArea);
        Set<String> municipalities = new TreeSet<>();
        if (outageMunicipalities != null) {
            for (String m : outageMunicipalities) {
                String code = nl.nsp.planner.domain.Codes.normaliseMunicipality(m);
                if (data.municipality(code).isEmpty()) {
                    throw new IllegalArgumentException("--outage-municipality: no municipality " + code + " in " + dataDir);
                }
                municipalities.add(code);
            }
        }
        Set<String> sites = new TreeSet<>();
        if (unavailableSites != null) {
            IdWeightReader.Result ids = IdWeightReader.read(unavailableSites, "id", null);
            if (!ids.rejected().isEmpty()) {
                throw new nl.nsp.planner.ingest.InputException(ids.rejected());
            }
            sites.addAll(ids.ids());
        }
        return new OutageScenario(outageLabel, area, municipalities, sites);
    }

    private void print(NationalReport report, List<Path> files, double importSeconds, double importPeakMb,
            double reportSeconds, double writeSeconds) {
        PrintWriter w = spec.commandLine().getOut();
        NationalResult nr = report.national();
        NationalOptions o = nr.options();
        NationalResult.Total head = nr.total(o.headline(), o.headlineTarget());
        double cpu = nr.regions().stream().mapToDouble(RegionResult::cpuSeconds).sum();
        double peakMb = peakHeapMb();
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("regions", nr.regions().size());
            j.put("headline_norm", o.headline().key());
            j.put("headline_target", o.headlineTarget());
            j.put("nsp", head.sites());
            j.put("nsp_lower_bound", head.lowerBound());
            j.put("unreachable_regions", head.unreachable());
            j.put("rule_of_thumb", nr.ruleOfThumb());
            j.put("cp", nr.cpTotal());
            j.put("one_off_eur", report.costs().oneOffTotal());
            j.put("yearly_eur", report.costs().yearlyTotal());
            Map<String, Object> matrix = new LinkedHashMap<>();
            for (Norm n : o.norms()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (double t : o.targetShares()) {
                    NationalResult.Total tt = nr.total(n, t);
                    row.put(String.format(Locale.ROOT, "%.2f", t), Map.of("nsp", tt.sites(), "lower_bound", tt.lowerBound(),
                            "unreachable_regions", tt.unreachable()));
                }
                matrix.put(n.key(), row);
            }
            j.put("totals", matrix);
            if (report.outage() != null) {
                j.put("outage", Map.of("failed", report.outage().failed(), "lost_inhabitants", report.outage().lostInhabitants(),
                        "lost_65plus", report.outage().lost65(), "added", report.outage().added()));
            }
            Map<String, Object> timing = new LinkedHashMap<>();
            timing.put("import_seconds", importSeconds);
            timing.put("import_peak_heap_mb", Math.round(importPeakMb));
            timing.put("national_seconds", nr.seconds());
            timing.put("national_cpu_seconds", cpu);
            timing.put("report_seconds", reportSeconds);
            timing.put("write_seconds", writeSeconds);
            timing.put("peak_heap_mb_after_import", Math.round(peakMb));
            timing.put("threads", o.threads());
            j.put("timing", timing);
            j.put("files", files.stream().map(p -> p.getFileName().toString()).toList());
            w.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(j));
        } else {
            w.printf(Locale.ROOT, "national report: %d regions, headline %s at %.0f %%: %d NSPs (lower bound %d), rule of thumb %d, %d CPs%n",
                    nr.regions().size(), o.headline().key(), 100 * o.headlineTarget(), head.sites(), head.lowerBound(),
                    nr.ruleOfThumb(), nr.cpTotal());
            w.printf(Locale.ROOT, "costs: one-off EUR %.1f M, yearly EUR %.1f M%n", report.costs().oneOffTotal() / 1e6,
                    report.costs().yearlyTotal() / 1e6);
            w.printf(Locale.ROOT, "time: import %.1f s, national run %.1f s (CPU %.1f s, %d threads), whole report %.1f s"
                    + " (writing %.1f s); peak heap %d MB (import %d MB)%n", importSeconds, nr.seconds(), cpu, o.threads(),
                    reportSeconds, writeSeconds, Math.round(peakMb), Math.round(importPeakMb));
            for (Path p : files) {
                w.println("wrote " + p);
            }
        }
        w.flush();
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }
}
