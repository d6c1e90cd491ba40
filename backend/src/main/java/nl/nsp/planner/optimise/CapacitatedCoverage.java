package nl.nsp.planner.optimise;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Heuristic for capacitated maximal covering: each chosen site serves at most {@code capacity} weight of the
 * points it reaches, a point's weight may be split between sites.
 *
 * <p>For a fixed selection the served weight is a maximum flow (source to point: w_d; point to chosen site
 * in reach: unbounded; site to sink: capacity), computed exactly by {@link #servedWeight}. Construction is a
 * lazy greedy on the residual gain {@code min(capacity, unserved weight in reach)}, assigning a new site's
 * capacity first to the points with the fewest sites in reach. A swap pass then tries, for the least used
 * chosen sites, the candidates with the most unserved weight in reach, accepting a swap when the exact flow
 * improves, while time allows.
 */
final class CapacitatedCoverage {
    private CapacitatedCoverage() {
    }

    private record Entry(int site, double gain) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(o.gain, gain);
            return c != 0 ? c : Integer.compare(site, o.site);
        }
    }

    /** Builds and improves a selection (until {@code upper}, a known bound, is reached); returns its exact served weight. */
    static double solve(ReducedProblem q, Selection sel, double capacity, double upper, RunControl run) {
        double[] residual = q.weight.clone();
        for (int s = 0; s < q.sites; s++) {
            if (sel.chosen[s]) {
                assign(q, s, residual, capacity);
            }
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        for (int s = 0; s < q.sites; s++) {
            if (!sel.chosen[s]) {
                queue.add(new Entry(s, gain(q, s, residual, capacity)));
            }
        }
        while (sel.count() < sel.limit() && !queue.isEmpty() && !run.cancelled()) {
            Entry top = queue.poll();
            if (!sel.canAdd(top.site)) {
                continue;
            }
            double fresh = gain(q, top.site, residual, capacity);
            if (fresh < top.gain) {
                queue.add(new Entry(top.site, fresh));
                continue;
            }
            sel.add(top.site);
            assign(q, top.site, residual, capacity);
        }
        double best = servedWeight(q, sel.chosen, capacity, null);
        run.progress("greedy", 0.5, best, Double.NaN);
        // swap pass: least used sites out, best residual candidates in
        double[] siteFlow = new double[q.sites];
        double[] unserved = new double[q.demands];
        boolean improved = true;
        while (improved && best < upper * (1 - 1e-9) && !run.shouldStop()) {
            improved = false;
            servedWeight(q, sel.chosen, capacity, siteFlow, unserved);
            int[] chosen = sel.sites();
            Integer[] outs = Arrays.stream(chosen).boxed().filter(s -> !q.fixed[s]).toArray(Integer[]::new);
            Arrays.sort(outs, (a, b) -> Double.compare(siteFlow[a], siteFlow[b]));
            double[] cand = new double[q.sites];
            for (int i = 0; i < q.sites; i++) {
                if (!sel.chosen[i]) {
                    for (int k = q.siteStart[i]; k < q.siteStart[i + 1]; k++) {
                        cand[i] += unserved[q.siteDemand[k]];
                    }
                }
            }
            Integer[] ins = new Integer[q.sites];
            for (int i = 0; i < q.sites; i++) {
                ins[i] = i;
            }
            Arrays.sort(ins, (a, b) -> {
                int c = Double.compare(cand[b], cand[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            search:
            for (int o = 0; o < Math.min(outs.length, 10); o++) {
                for (int t = 0; t < Math.min(ins.length, 10); t++) {
                    int in = ins[t];
                    int out = outs[o];
                    if (run.shouldStop() || cand[in] <= 0) {
                        break search;
                    }
                    if (!sel.canSwap(in, out)) {
                        continue;
                    }
                    sel.remove(out);
                    sel.add(in);
                    double value = servedWeight(q, sel.chosen, capacity, null);
                    if (value > best + 1e-9 * Math.max(1, best)) {
                        best = value;
                        improved = true;
                        run.progress("local-search", 0.7, best, Double.NaN);
                        break search;
                    }
                    sel.remove(in);
                    sel.add(out);
                }
            }
        }
        return best;
    }

    private static double gain(ReducedProblem q, int s, double[] residual, double capacity) {
        double g = 0;
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            g += residual[q.siteDemand[k]];
        }
        return Math.min(capacity, g);
    }

    private static void assign(ReducedProblem q, int s, double[] residual, double capacity) {
        int len = q.siteStart[s + 1] - q.siteStart[s];
        long[] keyed = new long[len];
        for (int t = 0; t < len; t++) {
            int d = q.siteDemand[q.siteStart[s] + t];
            keyed[t] = ((long) (q.demandStart[d + 1] - q.demandStart[d]) << 32) | d;
        }
        Arrays.sort(keyed);
        double left = capacity;
        for (int t = 0; t < len && left > 0; t++) {
            int d = (int) keyed[t];
            double take = Math.min(left, residual[d]);
            residual[d] -= take;
            left -= take;
        }
    }

    static double servedWeight(ReducedProblem q, boolean[] chosen, double capacity, double[] siteFlow) {
        return servedWeight(q, chosen, capacity, siteFlow, null);
    }

    /**
     * Maximum weight the chosen sites can serve (Dinic's maximum flow). Optionally reports the flow through
     * each site and the unserved weight of each point.
     */
    static double servedWeight(ReducedProblem q, boolean[] chosen, double capacity, double[] siteFlow,
            double[] unserved) {
        FlowNetwork net = new FlowNetwork(q.demands + q.sites + 2);
        int source = q.demands + q.sites;
        int sink = source + 1;
        int[] srcEdge = new int[q.demands];
        for (int d = 0; d < q.demands; d++) {
            srcEdge[d] = net.addEdge(source, d, q.weight[d]);
        }
        int[] sinkEdge = new int[q.sites];
        for (int s = 0; s < q.sites; s++) {
            if (chosen[s]) {
                sinkEdge[s] = net.addEdge(q.demands + s, sink, capacity);
                for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                    net.addEdge(q.siteDemand[k], q.demands + s, Double.POSITIVE_INFINITY);
                }
            }
        }
        double flow = net.maxFlow(source, sink);
        if (siteFlow != null) {
            for (int s = 0; s < q.sites; s++) {
                siteFlow[s] = chosen[s] ? net.flow(sinkEdge[s]) : 0;
            }
        }
        if (unserved != null) {
            for (int d = 0; d < q.demands; d++) {
                unserved[d] = q.weight[d] - net.flow(srcEdge[d]);
            }
        }
        return flow;
    }
}
