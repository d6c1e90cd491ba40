package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.ingest.FileReport;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.ingest.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nsp import --data-dir DIR [--json]}: reads a data directory and prints the import report (per-file
 * counts, totals, demand layers and every rejected row) as a table or as JSON. Nothing is stored.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a data directory (municipalities, regions, population, candidate sites) and print the import report.")
final class ImportCommand implements Callable<Integer> {
    /** Rejected rows printed in the text report; the JSON lists all. */
    static final int TEXT_REJECTED_LIMIT = 50;

    @Option(names = "--data-dir", required = true, description = "Folder with the input files (e.g. ../shared/data/nl).")
    Path dataDir;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ImportResult result = new DataDirectoryImporter().importDirectory(dataDir);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(toJson(result, seconds, peakHeapMb())));
        } else {
            printText(out, result, seconds, dataDir.toString());
        }
        out.flush();
        return 0;
    }

    /** The JSON form of an import (public interface: field names as in the issue). */
    static ObjectNode toJson(ImportResult result, double seconds, double peakHeapMb) {
        JsonMapper mapper = JsonMapper.builder().build();
        ImportReport r = result.report();
        ObjectNode root = mapper.createObjectNode();
        root.put("municipalities", r.municipalities());
        root.put("regions", r.regions());
        root.put("inhabitants_total", r.inhabitantsTotal());
        root.put("demand_points", r.demandPoints());
        putNumber(root, "demand_inhabitants_total", r.demandInhabitantsTotal());
        root.put("candidates", r.candidates());
        root.set("rejected", errors(mapper, r.rejected()));
        ArrayNode layers = root.putArray("demand_layers");
        for (DemandLayer l : result.dataset().demandLayers()) {
            ObjectNode n = layers.addObject();
            n.put("name", l.name());
            n.put("description", l.description());
            n.put("points", l.points().size());
            putNumber(n, "inhabitants", l.inhabitants());
            putNumber(n, "inhabitants_65plus", l.points().stream().filter(DemandPoint::inhabitants65PlusKnown)
                    .mapToDouble(DemandPoint::inhabitants65Plus).sum());
            n.put("points_65plus_known", l.points().stream().filter(DemandPoint::inhabitants65PlusKnown).count());
        }
        ArrayNode files = root.putArray("files");
        for (FileReport f : r.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file());
            n.put("layer", f.layer());
            n.put("format", f.format());
            n.put("accepted", f.accepted());
            n.put("rejected", f.rejected());
            putNumber(n, "inhabitants", f.inhabitants());
        }
        root.set("notes", errors(mapper, r.notes()));
        ObjectNode timing = root.putObject("timing");
        timing.put("seconds", Math.round(seconds * 100) / 100.0);
        timing.put("peak_heap_mb", Math.round(peakHeapMb));
        return root;
    }

    private static ArrayNode errors(JsonMapper mapper, List<InputError> list) {
        ArrayNode a = mapper.createArrayNode();
        for (InputError e : list) {
            ObjectNode n = a.addObject();
            n.put("file", e.file());
            n.put("line", e.line());
            n.put("field", e.field());
            n.put("reason", e.reason());
        }
        return a;
    }

    /** Whole numbers (up to floating-point noise from spreading) print as integers. */
    static void putNumber(ObjectNode n, String key, double v) {
        double r = Math.rint(v);
        if (Math.abs(v - r) <= 1e-6 * Math.max(1, Math.abs(v)) && Math.abs(r) < 1e15) {
            n.put(key, (long) r);
        } else {
            n.put(key, Math.round(v * 1000) / 1000.0);
        }
    }

    private static void printText(PrintWriter out, ImportResult result, double seconds, String dataDirName) {
        ImportReport r = result.report();
        out.printf(Locale.ROOT, "Import van / import of %s%n%n", dataDirName);
        out.printf(Locale.ROOT, "%-40s %-20s %10s %9s %14s  %s%n", "bestand / file", "laag / layer", "accepted",
                "rejected", "inwoners", "format");
        for (FileReport f : r.files()) {
            out.printf(Locale.ROOT, "%-40s %-20s %,10d %,9d %,14.0f  %s%n", f.file(), f.layer(), f.accepted(),
                    f.rejected(), f.inhabitants(), f.format());
        }
        out.println();
        out.printf(Locale.ROOT, "gemeenten / municipalities      %,d%n", r.municipalities());
        out.printf(Locale.ROOT, "veiligheidsregio's / regions    %,d%n", r.regions());
        out.printf(Locale.ROOT, "inwoners / inhabitants          %,d%n", r.inhabitantsTotal());
        out.printf(Locale.ROOT, "vraagpunten / demand points     %,d (primary layer, %,.0f inhabitants)%n",
                r.demandPoints(), r.demandInhabitantsTotal());
        out.printf(Locale.ROOT, "kandidaatlocaties / candidates  %,d%n", r.candidates());
        out.println();
        out.println("Vraaglagen / demand layers:");
        for (DemandLayer l : result.dataset().demandLayers()) {
            long known = l.points().stream().filter(DemandPoint::inhabitants65PlusKnown).count();
            out.printf(Locale.ROOT, "  %-7s %,9d points %,14.0f inhabitants, 65+ known at %,d points  %s%n", l.name(),
                    l.points().size(), l.inhabitants(), known, l.description());
        }
        out.println();
        out.printf(Locale.ROOT, "Afgewezen / rejected (%,d):%n", r.rejected().size());
        r.rejected().stream().limit(TEXT_REJECTED_LIMIT).forEach(e -> out.println("  " + e));
        if (r.rejected().size() > TEXT_REJECTED_LIMIT) {
            out.printf(Locale.ROOT, "  (+%,d more, see --json)%n", r.rejected().size() - TEXT_REJECTED_LIMIT);
        }
        out.printf(Locale.ROOT, "%nOpmerkingen / notes (%,d):%n", r.notes().size());
        r.notes().stream().limit(TEXT_REJECTED_LIMIT).forEach(e -> out.println("  " + e));
        if (r.notes().size() > TEXT_REJECTED_LIMIT) {
            out.printf(Locale.ROOT, "  (+%,d more, see --json)%n", r.notes().size() - TEXT_REJECTED_LIMIT);
        }
        out.printf(Locale.ROOT, "%nDuur / time %.1f s, peak heap %.0f MB%n", seconds, peakHeapMb());
    }

    /** Sum of the peak usage of the heap memory pools since JVM start, in MB. */
    static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }
}
