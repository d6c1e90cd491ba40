package nl.nsp.planner.reach.network;

import com.carrotsearch.hppc.IntDoubleHashMap;
import java.util.Arrays;

/**
 * For each network node, the snapped demand points a traveller can walk from to that node along their own
 * edge, with the along-edge distance; and for each edge, the demand points snapped into it.
 *
 * <p>A demand point snapped onto a junction is attached to that junction at distance 0. One snapped into an
 * edge is attached to the base node (if the profile may travel the edge backwards, i.e. towards the base)
 * at the along-edge distance to it, and to the adjacent node (if it may travel forwards) likewise. Stored as
 * flat arrays sorted by node (binary search), so memory grows with the number of demand points, not with the
 * size of the graph. Immutable; thread-safe.
 */
final class DemandAttachments {
    private final int[] node;
    private final int[] demand;
    private final double[] offsetMetres;
    private final long[] edgeDemand;    // sorted (edge << 32 | demand) for demand points inside an edge
    private final NetworkSnapper.Anchor[] anchors;

    DemandAttachments(NetworkSnapper.Anchor[] anchors) {
        this.anchors = anchors;
        int count = 0;
        int onEdges = 0;
        for (NetworkSnapper.Anchor a : anchors) {
            if (!a.snapped()) {
                continue;
            }
            if (a.towerNode() >= 0) {
                count++;
            } else {
                count += (a.backward() ? 1 : 0) + (a.forward() ? 1 : 0);
                onEdges++;
            }
        }
        long[] packed = new long[count];
        double[] offsets = new double[count];
        long[] edges = new long[onEdges];
        int k = 0;
        int e = 0;
        for (int d = 0; d < anchors.length; d++) {
            NetworkSnapper.Anchor a = anchors[d];
            if (!a.snapped()) {
                continue;
            }
            if (a.towerNode() >= 0) {
                packed[k] = pack(a.towerNode(), d);
                offsets[k++] = 0;
                continue;
            }
            if (a.backward()) {
                packed[k] = pack(a.baseNode(), d);
                offsets[k++] = a.fromBaseMetres();
            }
            if (a.forward()) {
                packed[k] = pack(a.adjNode(), d);
                offsets[k++] = a.toAdjMetres();
            }
            edges[e++] = pack(a.edge(), d);
        }
        // sort by (node, demand) and carry offsets along via an index sort
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(packed[x], packed[y]) != 0
                ? Long.compare(packed[x], packed[y]) : Double.compare(offsets[x], offsets[y]));
        node = new int[count];
        demand = new int[count];
        offsetMetres = new double[count];
        for (int i = 0; i < count; i++) {
            node[i] = (int) (packed[order[i]] >>> 32);
            demand[i] = (int) packed[order[i]];
            offsetMetres[i] = offsets[order[i]];
        }
        Arrays.sort(edges);
        edgeDemand = edges;
    }

    private static long pack(int high, int low) {
        return ((long) high << 32) | (low & 0xffffffffL);
    }

    /** Number of (node, demand point) attachments. */
    int size() {
        return node.length;
    }

    /**
     * Offers every demand point attached to {@code atNode}, which lies {@code nodeMetres} from the site:
     * keeps in {@code best} the smallest network distance per demand point.
     */
    void offer(int atNode, double nodeMetres, IntDoubleHashMap best) {
        int k = firstAtOrAfter(atNode);
        for (; k < node.length && node[k] == atNode; k++) {
            keepSmaller(best, demand[k], nodeMetres + offsetMetres[k]);
        }
    }

    /**
     * Offers the demand points on the site's own edge, reached straight along the edge (when the profile may
     * travel that way) without passing an end node.
     */
    void offerSameEdge(NetworkSnapper.Anchor site, IntDoubleHashMap best) {
        long from = pack(site.edge(), 0);
        int k = Arrays.binarySearch(edgeDemand, from);
        if (k < 0) {
            k = -k - 1;
        }
        for (; k < edgeDemand.length && (int) (edgeDemand[k] >>> 32) == site.edge(); k++) {
            int d = (int) edgeDemand[k];
            NetworkSnapper.Anchor a = anchors[d];
            double gap = site.fromBaseMetres() - a.fromBaseMetres();
            if (gap == 0) {
                keepSmaller(best, d, 0);
            } else if (gap > 0 && a.forward()) {
                keepSmaller(best, d, gap);
            } else if (gap < 0 && a.backward()) {
                keepSmaller(best, d, -gap);
            }
        }
    }

    private static void keepSmaller(IntDoubleHashMap best, int d, double metres) {
        int slot = best.indexOf(d);
        if (slot < 0) {
            best.indexInsert(slot, d, metres);
        } else if (metres < best.indexGet(slot)) {
            best.indexReplace(slot, metres);
        }
    }

    private int firstAtOrAfter(int atNode) {
        int lo = 0;
        int hi = node.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (node[mid] < atNode) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
