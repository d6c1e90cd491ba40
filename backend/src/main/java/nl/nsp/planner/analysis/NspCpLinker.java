package nl.nsp.planner.analysis;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.reach.EuclideanDistance;
import nl.nsp.planner.reach.SiteTable;

/**
 * Links NSPs to coördinatiepunten: each NSP to at most one CP within the link range (straight line, the
 * radio range), each CP serving at most {@code maxNspPerCp} NSPs.
 *
 * <p>This is a bipartite b-matching, solved exactly as a flow problem (source → NSP capacity 1, NSP → CP
 * within range capacity 1, CP → sink capacity {@code maxNspPerCp}) with OR-Tools' min-cost max-flow: the
 * number of linked NSPs is the maximum possible, and among all maximum assignments the total link length
 * (in whole centimetres) is the smallest. A pair exactly at the link range is within range.
 */
public final class NspCpLinker {
    private static boolean loaded;

    private NspCpLinker() {
    }

    private static synchronized void loadNatives() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** Integer cost of a link: its length in whole centimetres. */
    static long cost(double metres) {
        return Math.round(metres * 100);
    }

    /**
     * Computes the assignment.
     *
     * @param nsps             the NSP site table
     * @param openNsps         indices of the NSPs to link (e.g. the open sites)
     * @param cps              the CP site table (all of it is available)
     * @param regionOfMunicipality safety region code per municipality code, for the border flags
     * @param linkRangeMetres  largest link length
     * @param maxNspPerCp      CP capacity, >= 1
     */
    public static LinkResult link(SiteTable nsps, int[] openNsps, SiteTable cps, Map<String, String> regionOfMunicipality,
            double linkRangeMetres, int maxNspPerCp) {
        if (!(linkRangeMetres >= 0 && linkRangeMetres < Double.POSITIVE_INFINITY) || maxNspPerCp < 1) {
            throw new IllegalArgumentException("link range must be finite >= 0 and max NSPs per CP >= 1, got "
                    + linkRangeMetres + " and " + maxNspPerCp);
        }
        int a = openNsps.length;
        int b = cps.size();
        double[] nx = new double[a];
        double[] ny = new double[a];
        for (int k = 0; k < a; k++) {
            nx[k] = nsps.x(openNsps[k]);
            ny[k] = nsps.y(openNsps[k]);
        }
        // candidate pairs (CP-major), found with the grid-bucketed straight-line model
        EuclideanDistance model = new EuclideanDistance(nx, ny, cps.xs(), cps.ys(), Math.max(linkRangeMetres, 1));
        List<int[]> pairs = new ArrayList<>();
        List<Double> pairMetres = new ArrayList<>();
        boolean[] reachable = new boolean[a];
        for (int c = 0; c < b; c++) {
            int cp = c;
            model.forEachWithin(c, linkRangeMetres, (nsp, metres) -> {
                pairs.add(new int[] {nsp, cp});
                pairMetres.add(metres);
                reachable[nsp] = true;
            });
        }
        int[] cpOf = new int[a];
        double[] linkMetres = new double[a];
        java.util.Arrays.fill(cpOf, -1);
        if (!pairs.isEmpty()) {
            loadNatives();
            MinCostFlow flow = new MinCostFlow();
            int source = 0;
            int sink = a + b + 1;
            for (int k = 0; k < a; k++) {
                flow.addArcWithCapacityAndUnitCost(source, 1 + k, 1, 0);
            }
            int[] pairArc = new int[pairs.size()];
            for (int p = 0; p < pairs.size(); p++) {
                pairArc[p] = flow.addArcWithCapacityAndUnitCost(1 + pairs.get(p)[0], 1 + a + pairs.get(p)[1], 1,
                        cost(pairMetres.get(p)));
            }
            for (int c = 0; c < b; c++) {
                flow.addArcWithCapacityAndUnitCost(1 + a + c, sink, maxNspPerCp, 0);
            }
            flow.setNodeSupply(source, a);
            flow.setNodeSupply(sink, -a);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow for the NSP-CP links ended with status " + status);
            }
            for (int p = 0; p < pairs.size(); p++) {
                if (flow.getFlow(pairArc[p]) > 0) {
                    cpOf[pairs.get(p)[0]] = pairs.get(p)[1];
                    linkMetres[pairs.get(p)[0]] = pairMetres.get(p);
                }
            }
            flow.delete();
        }
        return result(nsps, openNsps, cps, regionOfMunicipality, linkRangeMetres, maxNspPerCp, cpOf, linkMetres, reachable);
    }

    private static LinkResult result(SiteTable nsps, int[] openNsps, SiteTable cps, Map<String, String> regions,
            double range, int maxPerCp, int[] cpOf, double[] linkMetres, boolean[] reachable) {
        List<LinkResult.Link> links = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        int[] load = new int[cps.size()];
        int crossMun = 0;
        int crossReg = 0;
        double totalMetres = 0;
        for (int k = 0; k < openNsps.length; k++) {
            String nspId = nsps.id(openNsps[k]);
            int c = cpOf[k];
            if (c < 0) {
                unlinked.add(nspId);
                if (!reachable[k]) {
                    unreachable.add(nspId);
                }
                continue;
            }
            load[c]++;
            String mn = nsps.municipalityCode(openNsps[k]);
            String mc = cps.municipalityCode(c);
            Boolean crossesMun = mn.isEmpty() || mc.isEmpty() ? null : !mn.equals(mc);
            String rn = regions.get(mn);
            String rc = regions.get(mc);
            Boolean crossesReg = rn == null || rc == null ? null : !rn.equals(rc);
            if (Boolean.TRUE.equals(crossesMun)) {
                crossMun++;
            }
            if (Boolean.TRUE.equals(crossesReg)) {
                crossReg++;
            }
            totalMetres += linkMetres[k];
            links.add(new LinkResult.Link(nspId, cps.id(c), linkMetres[k], crossesMun, crossesReg));
        }
        List<LinkResult.CpLoad> loads = new ArrayList<>();
        for (int c = 0; c < cps.size(); c++) {
            loads.add(new LinkResult.CpLoad(cps.id(c), load[c], maxPerCp));
        }
        return new LinkResult(range, maxPerCp, openNsps.length, cps.size(), links, unlinked, unreachable, loads, crossMun,
                crossReg, totalMetres);
    }
}
