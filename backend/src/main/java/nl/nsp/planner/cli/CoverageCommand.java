package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import nl.nsp.planner.analysis.CoverageEvaluator;
import nl.nsp.planner.analysis.CoverageReport;
import nl.nsp.planner.analysis.EvaluationOptions;
import nl.nsp.planner.analysis.LinkResult;
import nl.nsp.planner.analysis.NspCpLinker;
import nl.nsp.planner.analysis.NspLoad;
import nl.nsp.planner.ingest.CsvSource;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.PointColumns;
import nl.nsp.planner.ingest.PointCsvReader;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.EuclideanDistance;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.reach.SiteTable;
import nl.nsp.planner.reach.network.NetworkDistance;
import nl.nsp.planner.reach.network.NetworkGraph;
import nl.nsp.planner.reach.network.NetworkGraphOptions;
import nl.nsp.planner.reach.network.NetworkProfile;
import nl.nsp.planner.reach.network.PointSnap;
import nl.nsp.planner.reach.network.SnapReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nsp coverage}: who can reach an open site, for a demand CSV and a sites CSV where every site is open.
 * Prints a summary, or with {@code --json} the full statistics (snake_case fields).
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Coverage of demand points by sites (every site in --sites is open).")
final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--demand", required = true, paramLabel = "FILE", description = "Demand CSV (header; id,x,y,w by default; RD metres).")
    Path demand;

    @Option(names = "--sites", required = true, paramLabel = "FILE", description = "Sites CSV (same column flags; the weight column may be absent).")
    Path sites;

    @Option(names = "--radius", paramLabel = "M", defaultValue = "1000", description = "Radius for all inhabitants in metres (default ${DEFAULT-VALUE}).")
    double radius;

    @Option(names = "--radius-65", paramLabel = "M", defaultValue = "500", description = "Radius for inhabitants 65+ in metres (default ${DEFAULT-VALUE}).")
    double radius65;

    @Option(names = "--metric", paramLabel = "euclidean|foot|bike", defaultValue = "euclidean",
            description = "Distance: straight line (default) or walking/cycling network (needs --osm).")
    String metric;

    @Option(names = "--osm", paramLabel = "FILE", description = "OpenStreetMap PBF for --metric foot|bike.")
    Path osm;

    @Option(names = "--graph-cache", paramLabel = "DIR", defaultValue = "var/graph-cache",
            description = "Folder for the cached network graph (default ${DEFAULT-VALUE}).")
    Path graphCache;

    @Option(names = "--max-snap", paramLabel = "M", defaultValue = "250",
            description = "Largest distance from a point to the network it is snapped over (default ${DEFAULT-VALUE}).")
    double maxSnap;

    @Option(names = "--id-col", paramLabel = "C", defaultValue = "id", description = "Id column (default ${DEFAULT-VALUE}).")
    String idCol;

    @Option(names = "--x-col", paramLabel = "C", defaultValue = "x", description = "RD x column (default ${DEFAULT-VALUE}).")
    String xCol;

    @Option(names = "--y-col", paramLabel = "C", defaultValue = "y", description = "RD y column (default ${DEFAULT-VALUE}).")
    String yCol;

    @Option(names = "--weight-col", paramLabel = "C", defaultValue = "w", description = "Inhabitants column (default ${DEFAULT-VALUE}).")
    String weightCol;

    @Option(names = "--weight65-col", paramLabel = "C", description = "Inhabitants 65+ column of the demand file (empty value = unknown).")
    String weight65Col;

    @Option(names = "--cps", paramLabel = "FILE", description = "Coördinatiepunten CSV (same column flags) to link every site to.")
    Path cps;

    @Option(names = "--link-range", paramLabel = "M", defaultValue = "5000", description = "Largest NSP-CP link in metres (default ${DEFAULT-VALUE}).")
    double linkRange;

    @Option(names = "--max-nsp-per-cp", paramLabel = "N", defaultValue = "20", description = "Most NSPs per CP (default ${DEFAULT-VALUE}).")
    int maxNspPerCp;

    @Option(names = "--inhabitants-per-nsp", paramLabel = "N", defaultValue = "5000", description = "Rule of thumb for NSP loads (default ${DEFAULT-VALUE}).")
    double inhabitantsPerNsp;

    @Option(names = "--cluster-link", paramLabel = "M", defaultValue = "150", description = "Uncovered points this close form one cluster (default ${DEFAULT-VALUE}).")
    double clusterLink;

    @Option(names = "--max-clusters", paramLabel = "N", defaultValue = "20", description = "Largest uncovered clusters listed (default ${DEFAULT-VALUE}).")
    int maxClusters;

    @Option(names = "--json", description = "Print the full statistics as JSON.")
    boolean json;

    @Override
    public Integer call() {
        CliLogging.warningsToStderr();
        String metricName = metric.toLowerCase(Locale.ROOT);
        if (!List.of("euclidean", "foot", "bike").contains(metricName)) {
            throw new IllegalArgumentException("--metric must be euclidean, foot or bike, got \"" + metric + "\"");
        }
        if (!metricName.equals("euclidean") && osm == null) {
            throw new IllegalArgumentException("network metric needs --osm FILE");
        }
        Norms norms = new Norms(radius, radius65, Map.of(), linkRange, maxNspPerCp, inhabitantsPerNsp);
        EvaluationOptions options = new EvaluationOptions(metricName.equals("euclidean"), clusterLink, maxClusters, 100,
                Math.max(3000, 3 * radius));
        PrintWriter err = spec.commandLine().getErr();
        PointCsvReader.Result demandRows = PointCsvReader.read(demand, new PointColumns(idCol, xCol, yCol,
                Optional.of(weightCol), Optional.ofNullable(weight65Col)));
        PointCsvReader.Result siteRows = readSites(sites);
        warn(err, demandRows.rejected());
        warn(err, siteRows.rejected());
        DemandTable table = DemandTable.of(demandRows.demandPoints());
        SiteTable siteTable = SiteTable.of(siteRows.sites());
        CoverageReport report;
        SnapReport snaps = null;
        CoverageState state;
        if (metricName.equals("euclidean")) {
            state = CoverageState.build(EuclideanDistance.between(table, siteTable, Math.max(norms.maxRadiusMetres(), 100)),
                    table, norms);
            state.openAll(IntStream.range(0, siteTable.size()).toArray());
            report = CoverageEvaluator.evaluate(state, siteTable, options);
        } else {
            try (NetworkGraph graph = NetworkGraph.load(osm, NetworkGraphOptions.defaults().withCacheRoot(graphCache))) {
                NetworkDistance model = new NetworkDistance(graph, NetworkProfile.parse(metricName), table.xs(), table.ys(),
                        siteTable.xs(), siteTable.ys(), maxSnap);
                snaps = model.snapReport();
                warnUnsnapped(err, snaps, table, siteTable);
                state = CoverageState.build(model, table, norms);
                state.openAll(IntStream.range(0, siteTable.size()).toArray());
                report = CoverageEvaluator.evaluate(state, siteTable, options);
            }
        }
        LinkResult links = null;
        if (cps != null) {
            PointCsvReader.Result cpRows = readSites(cps);
            warn(err, cpRows.rejected());
            links = NspCpLinker.link(siteTable, state.openSites(), SiteTable.of(cpRows.sites()), Map.of(), linkRange, maxNspPerCp);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(report, links, demandRows, siteRows, snaps, table, siteTable));
        } else {
            printSummary(out, report, links);
        }
        out.flush();
        return 0;
    }

    private PointCsvReader.Result readSites(Path file) {
        // the same column flags apply; a sites file without the weight column is fine
        boolean hasWeight = CsvSource.open(file).has(weightCol);
        return PointCsvReader.read(file, new PointColumns(idCol, xCol, yCol,
                hasWeight ? Optional.of(weightCol) : Optional.empty(), Optional.empty()));
    }

    private static void warnUnsnapped(PrintWriter err, SnapReport snaps, DemandTable table, SiteTable sites) {
        List<PointSnap> demand = snaps.unsnappedDemand();
        List<PointSnap> site = snaps.unsnappedSites();
        demand.stream().limit(100).forEach(p -> err.println("warning: demand point " + table.id(p.index())
                + " not snapped to the " + snaps.profile() + " network (" + p.status() + "): never within reach"));
        site.stream().limit(100).forEach(p -> err.println("warning: site " + sites.id(p.index())
                + " not snapped to the " + snaps.profile() + " network (" + p.status() + "): reaches nobody"));
        if (demand.size() + site.size() > 200) {
            err.println("warning: " + demand.size() + " demand points and " + site.size() + " sites not snapped in all");
        }
    }

    private static void warn(PrintWriter err, List<InputError> rejected) {
        rejected.stream().limit(100).forEach(e -> err.println("warning: skipped " + e));
        if (rejected.size() > 100) {
            err.println("warning: ... and " + (rejected.size() - 100) + " more rows skipped");
        }
    }

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static String toJson(CoverageReport report, LinkResult links, PointCsvReader.Result demandRows,
            PointCsvReader.Result siteRows, SnapReport snaps, DemandTable table, SiteTable sites) {
        ObjectNode root = JSON.valueToTree(report);
        ObjectNode input = root.putObject("input");
        input.put("demand_file", demandRows.file());
        input.put("demand_rows_skipped", demandRows.rejected().size());
        input.put("sites_file", siteRows.file());
        input.put("sites_rows_skipped", siteRows.rejected().size());
        if (snaps != null) {
            ObjectNode snap = root.putObject("snap");
            snap.put("profile", snaps.profile());
            snap.put("max_snap_metres", snaps.maxSnapMetres());
            snap.put("max_demand_snap_metres", SnapReport.maxSnapped(snaps.demand()));
            snap.put("max_site_snap_metres", SnapReport.maxSnapped(snaps.sites()));
            var ud = snap.putArray("unsnapped_demand");
            snaps.unsnappedDemand().forEach(p -> ud.addObject().put("id", table.id(p.index())).put("status", p.status().name()));
            var us = snap.putArray("unsnapped_sites");
            snaps.unsnappedSites().forEach(p -> us.addObject().put("id", sites.id(p.index())).put("status", p.status().name()));
        }
        if (links != null) {
            root.set("links", JSON.valueToTree(links));
        }
        return JSON.writeValueAsString(root);
    }

    private static void printSummary(PrintWriter out, CoverageReport r, LinkResult links) {
        out.printf(Locale.ROOT, "metric %s, radius %.0f m (65+: %.0f m); a point exactly on the radius counts as covered%n",
                r.metric(), r.norms().radiusMetres(), r.norms().radius65Metres());
        out.printf(Locale.ROOT, "demand points %d, sites %d (all open)%n", r.demandPoints(), r.sites());
        out.printf(Locale.ROOT, "covered %.1f of %.1f inhabitants (%s)%n", r.coveredWeight(), r.totalWeight(),
                r.coveredShare() == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * r.coveredShare()));
        var t = r.total();
        out.printf(Locale.ROOT, "65+ covered %.1f of %.1f known; %.1f inhabitants with unknown 65+ (%.1f within %.0f m)%n",
                t.covered65(), t.inhabitants65(), t.inhabitantsUnknown65(), t.coveredInhabitantsUnknown65(),
                r.norms().radius65Metres());
        var d = t.distance();
        out.printf(Locale.ROOT, "distance to nearest site: mean %s, median %s, P90 %s, max %s (m)%n", fmt(d.meanMetres()),
                fmt(d.medianMetres()), fmt(d.p90Metres()), fmt(d.maxMetres()));
        long over = r.nspLoads().stream().filter(NspLoad::overRule).count();
        out.printf(Locale.ROOT, "sites over the rule of 1 per %.0f inhabitants: %d%n", r.norms().inhabitantsPerNsp(), over);
        out.printf(Locale.ROOT, "uncovered: %d points, %.1f inhabitants, %d clusters%n", r.uncovered().points(),
                r.uncovered().inhabitants(), r.uncovered().clusterCount());
        if (links != null) {
            out.printf(Locale.ROOT, "links: %d of %d sites linked to a CP within %.0f m; %d unlinked%n", links.links().size(),
                    links.nsps(), links.linkRangeMetres(), links.unlinkedNspIds().size());
        }
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
    }
}
