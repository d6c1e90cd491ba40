package nl.nsp.planner.ingest;

import java.util.Arrays;

/**
 * All-pairs shortest path lengths of a graph with non-negative edge costs: Dijkstra from every vertex with an
 * indexed binary heap, O(n (n + e) log n). On the sparse OR-Library graphs (n = 900, e = 16,200) that is about
 * twenty times less work than Floyd-Warshall's n^3.
 */
final class ShortestPaths {
    private ShortestPaths() {
    }

    /**
     * @param cost {@code cost[i][j]}: the cost of edge i-j ({@code +Infinity} for no edge; the diagonal is ignored);
     *             overwritten by the result
     * @return {@code cost}, now holding the shortest path lengths ({@code +Infinity} between disconnected vertices,
     *         0 on the diagonal)
     */
    static double[][] allPairs(double[][] cost) {
        int n = cost.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int j = 0; j < n; j++) {
                c += j != i && cost[i][j] < Double.POSITIVE_INFINITY ? 1 : 0;
            }
            start[i + 1] = start[i] + c;
        }
        int[] to = new int[start[n]];
        double[] len = new double[start[n]];
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j != i && cost[i][j] < Double.POSITIVE_INFINITY) {
                    to[k] = j;
                    len[k++] = cost[i][j];
                }
            }
        }
        int[] heap = new int[n];
        int[] pos = new int[n];
        for (int s = 0; s < n; s++) {
            double[] dist = cost[s];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(pos, -1);
            dist[s] = 0;
            heap[0] = s;
            pos[s] = 0;
            int size = 1;
            while (size > 0) {
                int u = heap[0];
                pos[u] = -2; // settled
                int last = heap[--size];
                if (size > 0) {
                    siftDown(heap, pos, dist, size, 0, last);
                }
                double du = dist[u];
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int v = to[k];
                    double nd = du + len[k];
                    if (nd < dist[v] && pos[v] != -2) {
                        dist[v] = nd;
                        if (pos[v] < 0) {
                            siftUp(heap, pos, dist, size++, v);
                        } else {
                            siftUp(heap, pos, dist, pos[v], v);
                        }
                    }
                }
            }
        }
        return cost;
    }

    private static void siftUp(int[] heap, int[] pos, double[] dist, int at, int v) {
        double key = dist[v];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int pv = heap[parent];
            if (dist[pv] <= key) {
                break;
            }
            heap[at] = pv;
            pos[pv] = at;
            at = parent;
        }
        heap[at] = v;
        pos[v] = at;
    }

    private static void siftDown(int[] heap, int[] pos, double[] dist, int size, int at, int v) {
        double key = dist[v];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && dist[heap[child + 1]] < dist[heap[child]]) {
                child++;
            }
            int cv = heap[child];
            if (dist[cv] >= key) {
                break;
            }
            heap[at] = cv;
            pos[cv] = at;
            at = child;
        }
        heap[at] = v;
        pos[v] = at;
    }
}
