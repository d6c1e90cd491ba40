package nl.nsp.planner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.nsp.planner.ingest.CostMatrixReader;
import nl.nsp.planner.ingest.CsvSource;
import nl.nsp.planner.ingest.IdWeightReader;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.ingest.OrLibraryReader;
import nl.nsp.planner.ingest.PointColumns;
import nl.nsp.planner.ingest.PointCsvReader;
import nl.nsp.planner.ingest.PointRow;
import nl.nsp.planner.ingest.SiteCostReader;
import nl.nsp.planner.optimise.Optimiser;
import nl.nsp.planner.optimise.MatrixDistance;
import nl.nsp.planner.optimise.Model;
import nl.nsp.planner.optimise.OptimisationProblem;
import nl.nsp.planner.optimise.ProblemBuilder;
import nl.nsp.planner.optimise.SideConstraints;
import nl.nsp.planner.optimise.Solution;
import nl.nsp.planner.optimise.SolverOptions;
import nl.nsp.planner.optimise.TradeOffCurve;
import nl.nsp.planner.reach.CoverageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code nsp optimise}: chooses sites with one of the optimisation models and prints the proposal. */
@Command(name = "optimise", description = "Choose sites: mclp, lscp, pmedian or cmclp, with objective, bound and gap.")
final class OptimiseCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "mclp | lscp | pmedian | cmclp")
    String model;

    @Option(names = "--demand", description = "Demand CSV (id,x,y,w; with --cost-matrix only id,w).")
    Path demand;

    @Option(names = "--candidates", description = "Candidate sites CSV (id,x,y; with --cost-matrix only id).")
    Path candidates;

    @Option(names = "--p", description = "Number of sites (mclp, pmedian, cmclp).")
    Integer p;

    @Option(names = "--radius", description = "Coverage radius in metres (default ${DEFAULT-VALUE}).", defaultValue = "1000")
    double radius;

    @Option(names = "--target", description = "lscp: share of the weight to cover, e.g. 0.95 (default: every coverable point).")
    Double target;

    @Option(names = "--fixed", description = "CSV with a column id: sites that must be chosen.")
    Path fixed;

    @Option(names = "--excluded", description = "CSV with a column id: sites that must not be chosen.")
    Path excluded;

    @Option(names = "--time-limit", description = "Time limit in seconds.")
    Double timeLimit;

    @Option(names = "--exact", description = "Solve exactly with the MIP solver (OR-Tools).")
    boolean exact;

    @Option(names = "--mip-backend", description = "MIP solver for --exact: SCIP, CBC, HIGHS, CP_SAT (default ${DEFAULT-VALUE}).",
            defaultValue = "SCIP")
    String mipBackend;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--cost-matrix", description = "CSV demand_id,site_id,distance instead of coordinates.")
    Path costMatrix;

    @Option(names = "--orlib", description = "OR-Library p-median instance (n m p / i j cost).")
    Path orlib;

    @Option(names = "--capacity", description = "cmclp: weight one site can serve (default 5000).")
    Double capacity;

    @Option(names = "--id-col", defaultValue = "id", description = "Demand id column (default ${DEFAULT-VALUE}).")
    String idCol;

    @Option(names = "--x-col", defaultValue = "x", description = "Demand x column (default ${DEFAULT-VALUE}).")
    String xCol;

    @Option(names = "--y-col", defaultValue = "y", description = "Demand y column (default ${DEFAULT-VALUE}).")
    String yCol;

    @Option(names = "--weight-col", defaultValue = "w", description = "Demand weight column (default ${DEFAULT-VALUE}).")
    String weightCol;

    @Option(names = "--weight65-col", description = "Demand column with inhabitants 65+.")
    String weight65Col;

    @Option(names = "--weight65-factor", defaultValue = "0",
            description = "Weight = inhabitants + factor x inhabitants 65+ (default ${DEFAULT-VALUE}).")
    double weight65Factor;

    @Option(names = "--site-id-col", defaultValue = "id", description = "Candidate id column (default ${DEFAULT-VALUE}).")
    String siteIdCol;

    @Option(names = "--site-x-col", defaultValue = "x", description = "Candidate x column (default ${DEFAULT-VALUE}).")
    String siteXCol;

    @Option(names = "--site-y-col", defaultValue = "y", description = "Candidate y column (default ${DEFAULT-VALUE}).")
    String siteYCol;

    @Option(names = "--group-col", description = "Candidate column naming its group (e.g. municipality code).")
    String groupCol;

    @Option(names = "--min-per-group", defaultValue = "0", description = "At least this many sites per group.")
    int minPerGroup;

    @Option(names = "--costs", description = "CSV id,one_off,yearly with a cost for every candidate.")
    Path costs;

    @Option(names = "--budget-one-off", description = "Limit on the summed one-off cost.")
    Double budgetOneOff;

    @Option(names = "--budget-yearly", description = "Limit on the summed yearly cost.")
    Double budgetYearly;

    @Option(names = "--no-reduce", description = "Skip instance reduction.")
    boolean noReduce;

    @Option(names = "--cp-candidates", description = "Two-level plan: CSV id,x,y of coordination-point candidates; "
            + "the fewest CPs are chosen so every chosen NSP is within --link-range of a CP serving at most --cp-limit NSPs.")
    Path cpCandidates;

    @Option(names = "--link-range", defaultValue = "5000", description = "CP link range in metres (default ${DEFAULT-VALUE}).")
    double linkRange;

    @Option(names = "--cp-limit", defaultValue = "20", description = "Most NSPs per CP (default ${DEFAULT-VALUE}).")
    int cpLimit;

    @Option(names = "--curve", description = "mclp: print the trade-off curve (coverage for p = 1 .. full coverage or --max-p).")
    boolean curve;

    @Option(names = "--max-p", description = "Largest p on the curve (default: all candidates).")
    Integer maxP;

    @Option(names = "--demand-group-col", description = "Demand column naming a group (municipality, region, urbanity) for per-group curves.")
    String demandGroupCol;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the perturbation search (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Model m = Model.parse(model);
        if (curve && m != Model.MCLP) {
            throw new IllegalArgumentException("--curve works with --model mclp");
        }
        if (curve && p == null) {
            p = 1;
        }
        Instance inst = load(m);
        if (curve) {
            printCurve(inst, t0);
            return 0;
        }
        int pp = p != null ? p : orlibP;
        if (m != Model.LSCP && pp < 1) {
            throw new IllegalArgumentException("--p is required for " + m.key());
        }
        SolverOptions options = new SolverOptions(m, Math.max(pp, m == Model.LSCP ? 0 : 1),
                target == null ? Double.NaN : target, capacity == null ? SolverOptions.DEFAULT_CAPACITY : capacity,
                timeLimit == null ? Double.POSITIVE_INFINITY : timeLimit, exact, mipBackend, !noReduce, seed,
                (phase, fraction, obj, bound) -> { }, new nl.nsp.planner.optimise.CancellationToken(), System::nanoTime);
        Solution s = Optimiser.solve(inst.problem, options);
        Map<String, Object> cp = cpCandidates == null ? null : coordinationPoints(s, inst);
        double total = (System.nanoTime() - t0) / 1e9;
        print(s, inst, total, cp);
        return 0;
    }

    private int orlibP;

    private record Instance(OptimisationProblem problem, List<String> siteIds, List<String> demandIds,
            String distanceModel, double radius, List<InputError> rejected, double[] siteX, double[] siteY) {
    }

    private Map<String, Object> coordinationPoints(Solution s, Instance inst) {
        if (inst.siteX() == null) {
            throw new IllegalArgumentException("--cp-candidates needs candidate coordinates (not --cost-matrix/--orlib)");
        }
        PointCsvReader.Result cps = PointCsvReader.read(cpCandidates,
                new PointColumns("id", "x", "y", Optional.empty(), Optional.empty()));
        int[] nsp = s.selected();
        List<PointRow> rows = cps.rows();
        boolean[][] inRange = new boolean[nsp.length][rows.size()];
        for (int i = 0; i < nsp.length; i++) {
            for (int c = 0; c < rows.size(); c++) {
                inRange[i][c] = Math.hypot(inst.siteX()[nsp[i]] - rows.get(c).x(),
                        inst.siteY()[nsp[i]] - rows.get(c).y()) <= linkRange;
            }
        }
        nl.nsp.planner.optimise.CoordinationPoints.Plan plan =
                nl.nsp.planner.optimise.CoordinationPoints.solve(inRange, cpLimit, exact);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("selected", java.util.Arrays.stream(plan.selected()).mapToObj(c -> rows.get(c).id()).toList());
        out.put("count", plan.selected().length);
        out.put("bound", plan.bound());
        out.put("feasible", plan.feasible());
        Map<String, Object> assign = new LinkedHashMap<>();
        for (int i = 0; i < nsp.length; i++) {
            int c = plan.assignment()[i];
            assign.put(inst.siteIds().get(nsp[i]), c < 0 ? null : rows.get(c).id());
        }
        out.put("assignment", assign);
        out.put("link_range", linkRange);
        out.put("limit", cpLimit);
        return out;
    }

    private Instance load(Model m) {
        if (orlib != null) {
            OrLibraryReader.OrLibraryInstance or = OrLibraryReader.read(orlib);
            orlibP = or.p();
            MatrixDistance md = MatrixDistance.ofDense(or.distance(), or.vertices(), "orlib");
            double cutoff = m == Model.PMEDIAN ? Double.POSITIVE_INFINITY : radius;
            CoverageIndex idx = CoverageIndex.build(md, cutoff);
            double[] w = new double[or.vertices()];
            java.util.Arrays.fill(w, 1);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= or.vertices(); i++) {
                ids.add(Integer.toString(i));
            }
            return new Instance(OptimisationProblem.of(idx, w), ids, ids, "orlib", cutoff, List.of(), null, null);
        }
        if (demand == null) {
            throw new IllegalArgumentException("--demand is required (or --orlib)");
        }
        List<InputError> rejected = new ArrayList<>();
        double cutoff = m == Model.PMEDIAN ? Double.POSITIVE_INFINITY : radius;
        if (!(radius > 0)) {
            throw new IllegalArgumentException("--radius must be > 0, got " + radius);
        }
        CoverageIndex idx;
        double[] weight;
        List<String> siteIds;
        List<String> demandIds;
        String modelName;
        double[] siteXs = null;
        double[] siteYs = null;
        if (costMatrix != null) {
            IdWeightReader.Result dem = IdWeightReader.read(demand, idCol, weightCol);
            rejected.addAll(dem.rejected());
            Map<String, Integer> dIndex = index(dem.ids());
            Map<String, Integer> sIndex = null;
            if (candidates != null) {
                IdWeightReader.Result c = IdWeightReader.read(candidates, siteIdCol, null);
                rejected.addAll(c.rejected());
                sIndex = index(c.ids());
            }
            CostMatrixReader.CostMatrix cm = CostMatrixReader.read(costMatrix, dIndex, sIndex);
            siteIds = cm.siteIds();
            MatrixDistance md = MatrixDistance.ofPairs(siteIds.size(), dem.ids().size(), cm.site(), cm.demand(),
                    cm.distance(), "cost-matrix");
            idx = CoverageIndex.build(md, cutoff);
            weight = dem.weights();
            demandIds = dem.ids();
            modelName = "cost-matrix";
        } else {
            if (candidates == null) {
                throw new IllegalArgumentException("--candidates is required (or --orlib)");
            }
            PointColumns dc = new PointColumns(idCol, xCol, yCol, Optional.of(weightCol), Optional.ofNullable(weight65Col));
            PointCsvReader.Result dem = PointCsvReader.read(demand, dc);
            PointCsvReader.Result cand = PointCsvReader.read(candidates,
                    new PointColumns(siteIdCol, siteXCol, siteYCol, Optional.empty(), Optional.empty()));
            rejected.addAll(dem.rejected());
            rejected.addAll(cand.rejected());
            List<PointRow> dr = dem.rows();
            List<PointRow> sr = cand.rows();
            double[] dx = dr.stream().mapToDouble(PointRow::x).toArray();
            double[] dy = dr.stream().mapToDouble(PointRow::y).toArray();
            double[] sx = sr.stream().mapToDouble(PointRow::x).toArray();
            double[] sy = sr.stream().mapToDouble(PointRow::y).toArray();
            weight = dr.stream().mapToDouble(r -> r.weight()
                    + (Double.isNaN(r.weight65()) ? 0 : weight65Factor * r.weight65())).toArray();
            idx = ProblemBuilder.euclideanIndex(dx, dy, sx, sy, cutoff);
            siteIds = sr.stream().map(PointRow::id).toList();
            siteXs = sx;
            siteYs = sy;
            demandIds = dr.stream().map(PointRow::id).toList();
            modelName = "euclidean";
        }
        Map<String, Integer> sIndex = index(siteIds);
        SideConstraints c = SideConstraints.none(siteIds.size());
        int[] fx = fixed == null ? new int[0] : siteList(fixed, sIndex);
        int[] ex = excluded == null ? new int[0] : siteList(excluded, sIndex);
        c = c.withFixedAndExcluded(fx, ex);
        if (groupCol != null) {
            c = groups(c, sIndex);
        }
        if (budgetOneOff != null || budgetYearly != null) {
            if (costs == null) {
                throw new IllegalArgumentException("--budget-one-off/--budget-yearly need --costs FILE");
            }
            SiteCostReader.Costs sc = SiteCostReader.read(costs, sIndex);
            c = c.withBudget(sc.oneOff(), sc.yearly(), budgetOneOff == null ? Double.POSITIVE_INFINITY : budgetOneOff,
                    budgetYearly == null ? Double.POSITIVE_INFINITY : budgetYearly);
        }
        return new Instance(new OptimisationProblem(idx, weight, c), siteIds, demandIds, modelName, cutoff, rejected,
                siteXs, siteYs);
    }

    private void printCurve(Instance inst, long t0) {
        List<String> groupNames = new ArrayList<>();
        int[] demandGroup = new int[inst.demandIds().size()];
        java.util.Arrays.fill(demandGroup, -1);
        if (demandGroupCol != null) {
            Map<String, Integer> dIndex = index(inst.demandIds());
            Map<String, Integer> gIndex = new LinkedHashMap<>();
            CsvSource csv = CsvSource.open(demand);
            int idc = csv.require(idCol);
            int gc = csv.require(demandGroupCol);
            csv.forEachRow(row -> {
                Integer d = dIndex.get(row.get(idc));
                String g = row.get(gc);
                if (d != null && !g.isEmpty()) {
                    demandGroup[d] = gIndex.computeIfAbsent(g, k -> {
                        groupNames.add(k);
                        return groupNames.size() - 1;
                    });
                }
            });
        }
        double[] w = inst.problem().weight();
        double[] groupTotal = new double[groupNames.size()];
        for (int d = 0; d < w.length; d++) {
            if (demandGroup[d] >= 0) {
                groupTotal[demandGroup[d]] += w[d];
            }
        }
        SolverOptions options = SolverOptions.of(Model.MCLP, 1)
                .withTimeLimit(timeLimit == null ? Double.POSITIVE_INFINITY : timeLimit);
        List<TradeOffCurve.Point> points = TradeOffCurve.compute(inst.problem(), demandGroup, groupNames.size(),
                maxP == null ? inst.siteIds().size() : maxP, options);
        double total = inst.problem().totalWeight();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TradeOffCurve.Point pt : points) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("p", pt.p());
            r.put("covered_weight", pt.coveredWeight());
            r.put("covered_share", total > 0 ? pt.coveredWeight() / total : 0);
            r.put("bound", pt.bound());
            if (!groupNames.isEmpty()) {
                Map<String, Object> g = new LinkedHashMap<>();
                for (int i = 0; i < groupNames.size(); i++) {
                    g.put(groupNames.get(i), groupTotal[i] > 0 ? pt.coveredByGroup()[i] / groupTotal[i] : 0);
                }
                r.put("groups", g);
            }
            rows.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", "mclp");
        out.put("radius", inst.radius());
        out.put("total_weight", total);
        out.put("curve", rows);
        out.put("total_seconds", (System.nanoTime() - t0) / 1e9);
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
            for (Map<String, Object> r : rows) {
                System.out.printf(Locale.ROOT, "p=%d covered=%.4f bound=%.1f%n", r.get("p"), r.get("covered_share"), r.get("bound"));
            }
        }
    }

    private SideConstraints groups(SideConstraints c, Map<String, Integer> sIndex) {
        CsvSource csv = CsvSource.open(candidates);
        int idc = csv.require(siteIdCol);
        int gc = csv.require(groupCol);
        int[] group = new int[sIndex.size()];
        java.util.Arrays.fill(group, -1);
        Map<String, Integer> groupIds = new LinkedHashMap<>();
        csv.forEachRow(row -> {
            Integer s = sIndex.get(row.get(idc));
            String g = row.get(gc);
            if (s != null && !g.isEmpty()) {
                group[s] = groupIds.computeIfAbsent(g, k -> groupIds.size());
            }
        });
        int[] min = new int[groupIds.size()];
        java.util.Arrays.fill(min, minPerGroup);
        return c.withGroups(group, min);
    }

    private static int[] siteList(Path file, Map<String, Integer> sIndex) {
        IdWeightReader.Result r = IdWeightReader.read(file, "id", null);
        List<InputError> errors = new ArrayList<>(r.rejected());
        int[] out = new int[r.ids().size()];
        int k = 0;
        for (String id : r.ids()) {
            Integer s = sIndex.get(id);
            if (s == null) {
                errors.add(new InputError(r.file(), 0, "id", "unknown site id \"" + id + "\" (not a candidate)"));
            } else {
                out[k++] = s;
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), i);
        }
        return m;
    }

    private void print(Solution s, Instance inst, double totalSeconds, Map<String, Object> cp) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", s.model().key());
        out.put("objective", s.objective());
        out.put("bound", s.bound());
        out.put("gap", s.gap());
        List<String> ids = new ArrayList<>();
        for (int i : s.selected()) {
            ids.add(inst.siteIds().get(i));
        }
        out.put("selected", ids);
        out.put("seconds", s.seconds());
        out.put("total_seconds", totalSeconds);
        out.put("p", s.p());
        out.put("covered_weight", s.coveredWeight());
        out.put("total_weight", s.totalWeight());
        out.put("covered_share", s.coveredShare());
        out.put("method", s.method());
        out.put("status", s.status());
        out.put("distance_model", inst.distanceModel());
        out.put("radius", Double.isInfinite(inst.radius()) ? null : inst.radius());
        Map<String, Object> red = new LinkedHashMap<>();
        red.put("demand_in", s.reduction().demandIn());
        red.put("demand_out", s.reduction().demandOut());
        red.put("unreachable_demand", s.reduction().unreachableDemand());
        red.put("sites_in", s.reduction().sitesIn());
        red.put("sites_out", s.reduction().sitesOut());
        red.put("excluded_sites", s.reduction().excludedSites());
        red.put("dominated_sites", s.reduction().dominatedSites());
        out.put("reduction", red);
        out.put("rejected_rows", inst.rejected().size());
        if (cp != null) {
            out.put("cp", cp);
        }
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
            for (InputError e : inst.rejected().subList(0, Math.min(10, inst.rejected().size()))) {
                System.err.println("skipped: " + e);
            }
            System.out.printf(Locale.ROOT, "%s %s: objective %.4f, bound %.4f, gap %.4f%% (%s), %d sites, covered %.2f%% of %.0f, %.2f s%n",
                    s.model().key(), s.method(), s.objective(), s.bound(), 100 * s.gap(), s.status(), s.p(),
                    100 * s.coveredShare(), s.totalWeight(), s.seconds());
            System.out.println("selected: " + String.join(" ", ids));
            if (cp != null) {
                System.out.println("coordination points: " + cp.get("count") + " (bound " + cp.get("bound") + ", all linked: "
                        + cp.get("feasible") + "): " + cp.get("selected"));
            }
        }
    }
}
