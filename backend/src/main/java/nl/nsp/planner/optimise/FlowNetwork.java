package nl.nsp.planner.optimise;

import java.util.Arrays;

/** A directed network with real capacities and Dinic's maximum-flow algorithm (BFS levels, DFS blocking flows). */
final class FlowNetwork {
    private final int nodes;
    private int[] head;
    private int[] next;
    private int[] to;
    private double[] cap;
    private int edges;
    private int[] level;
    private int[] iter;

    FlowNetwork(int nodes) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
        next = new int[16];
        to = new int[16];
        cap = new double[16];
    }

    /** Adds an edge and its residual twin; returns the edge id. */
    int addEdge(int from, int target, double capacity) {
        if (edges + 2 > to.length) {
            int n = to.length * 2;
            next = Arrays.copyOf(next, n);
            to = Arrays.copyOf(to, n);
            cap = Arrays.copyOf(cap, n);
        }
        int e = edges;
        to[e] = target;
        cap[e] = capacity;
        next[e] = head[from];
        head[from] = e;
        to[e + 1] = from;
        cap[e + 1] = 0;
        next[e + 1] = head[target];
        head[target] = e + 1;
        edges += 2;
        return e;
    }

    /** Flow on edge {@code e} after {@link #maxFlow}. */
    double flow(int e) {
        return cap[e ^ 1];
    }

    double maxFlow(int s, int t) {
        level = new int[nodes];
        iter = new int[nodes];
        double total = 0;
        int[] queue = new int[nodes];
        while (true) {
            Arrays.fill(level, -1);
            level[s] = 0;
            int qh = 0;
            int qt = 0;
            queue[qt++] = s;
            while (qh < qt) {
                int v = queue[qh++];
                for (int e = head[v]; e >= 0; e = next[e]) {
                    if (cap[e] > 1e-12 && level[to[e]] < 0) {
                        level[to[e]] = level[v] + 1;
                        queue[qt++] = to[e];
                    }
                }
            }
            if (level[t] < 0) {
                return total;
            }
            System.arraycopy(head, 0, iter, 0, nodes);
            double f;
            while ((f = push(s, t, Double.POSITIVE_INFINITY)) > 1e-12) {
                total += f;
            }
        }
    }

    private double push(int v, int t, double limit) {
        if (v == t) {
            return limit;
        }
        for (; iter[v] >= 0; iter[v] = next[iter[v]]) {
            int e = iter[v];
            int w = to[e];
            if (cap[e] > 1e-12 && level[w] == level[v] + 1) {
                double f = push(w, t, Math.min(limit, cap[e]));
                if (f > 1e-12) {
                    cap[e] -= f;
                    cap[e ^ 1] += f;
                    return f;
                }
            }
        }
        return 0;
    }
}
