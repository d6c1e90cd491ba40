package nl.nsp.planner.api.export;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.analysis.AreaCoverage;
import nl.nsp.planner.analysis.CoverageReport;
import nl.nsp.planner.analysis.DistanceSummary;
import nl.nsp.planner.analysis.LinkResult;
import nl.nsp.planner.analysis.NspLoad;
import nl.nsp.planner.api.coverage.CoverageResponse;

/**
 * The coverage figures of a scenario as one Dutch-Excel CSV ({@link DutchCsv}) with a {@code table} column, so a
 * filter on the first column shows one table: {@code total} (one row), {@code municipality} (one row per gemeente),
 * {@code urbanity} (one row per CBS urbanity class) and {@code nspLoad} (one row per NSP). Area rows fill the columns
 * from {@code demandPoints} to {@code maxMetres}; NSP rows fill {@code nearestInhabitants} to {@code cpId}. Shares
 * are fractions (0..1), distances metres.
 */
final class StatisticsCsv {
    static final List<String> COLUMNS = List.of("table", "code", "name", "demandPoints", "inhabitants",
            "coveredInhabitants", "coveredShare", "uncoveredPoints", "inhabitants65", "covered65", "covered65Share",
            "inhabitantsUnknown65", "coveredInhabitantsUnknown65", "meanMetres", "medianMetres", "p90Metres",
            "maxMetres", "nearestInhabitants", "nearestInhabitantsWithinRadius", "reachableInhabitants",
            "ruleInhabitants", "loadRatio", "overRule", "cpId");
    private static final String[] URBANITY = {"onbekend", "zeer sterk stedelijk", "sterk stedelijk", "matig stedelijk",
        "weinig stedelijk", "niet stedelijk"};
    private static final int AREA_COLUMNS = 14;
    private static final int LOAD_COLUMNS = 7;

    private StatisticsCsv() {
    }

    /**
     * @param siteNames names of the sites by id (for the NSP rows)
     */
    static byte[] write(CoverageResponse statistics, Map<String, String> siteNames) {
        CoverageReport r = statistics.report();
        Map<String, String> cpOf = new HashMap<>();
        LinkResult links = statistics.links();
        if (links != null) {
            links.links().forEach(l -> cpOf.put(l.nspId(), l.cpId()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DutchCsv csv = new DutchCsv(out)) {
            csv.header(COLUMNS);
            area(csv, "total", r.total(), "totaal");
            for (AreaCoverage a : r.municipalities()) {
                area(csv, "municipality", a, a.code().isEmpty() ? "buiten een gemeente" : a.name());
            }
            for (AreaCoverage a : r.urbanity()) {
                area(csv, "urbanity", a, urbanityName(a.code()));
            }
            for (NspLoad l : r.nspLoads()) {
                csv.text("nspLoad").text(l.siteId()).text(siteNames.getOrDefault(l.siteId(), ""));
                for (int i = 0; i < AREA_COLUMNS; i++) {
                    csv.empty();
                }
                csv.number(l.nearestInhabitants(), 2).number(l.nearestInhabitantsWithinRadius(), 2)
                        .number(l.reachableInhabitants(), 2).number(l.ruleInhabitants(), 2).number(l.loadRatio(), 4)
                        .bool(l.overRule()).text(cpOf.getOrDefault(l.siteId(), ""));
                csv.endRow();
            }
        }
        return out.toByteArray();
    }

    private static void area(DutchCsv csv, String table, AreaCoverage a, String name) {
        DistanceSummary d = a.distance() == null ? new DistanceSummary(null, null, null, null, 0) : a.distance();
        csv.text(table).text(a.code()).text(name).integer(a.demandPoints()).number(a.inhabitants(), 2)
                .number(a.coveredInhabitants(), 2).number(a.coveredShare(), 4).integer(a.uncoveredPoints())
                .number(a.inhabitants65(), 2).number(a.covered65(), 2).number(a.covered65Share(), 4)
                .number(a.inhabitantsUnknown65(), 2).number(a.coveredInhabitantsUnknown65(), 2)
                .number(d.meanMetres(), 1).number(d.medianMetres(), 1).number(d.p90Metres(), 1).number(d.maxMetres(), 1);
        for (int i = 0; i < LOAD_COLUMNS; i++) {
            csv.empty();
        }
        csv.endRow();
    }

    private static String urbanityName(String code) {
        try {
            int c = Integer.parseInt(code);
            return 0 <= c && c < URBANITY.length ? URBANITY[c] : code;
        } catch (NumberFormatException e) {
            return code;
        }
    }
}
