package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The national run: per region results plus the totals over the regions run.
 *
 * <p>National counts are sums of regional counts: every region reaches the target on its own, and a site near a
 * regional border may be counted by both neighbours. The sum of the regional lower bounds is a lower bound on that
 * sum; a joint national plan could share border sites and need slightly fewer.
 *
 * @param options        what was computed
 * @param regions        per region, in region-code order
 * @param allRegions     true when every region of the data set was run (national totals are then national)
 * @param nationalInhabitants registered inhabitants of the whole data set
 * @param seconds        wall time of the run (after the data set was loaded)
 */
public record NationalResult(NationalOptions options, List<RegionResult> regions, boolean allRegions,
        long nationalInhabitants, double seconds) {
    public NationalResult {
        Objects.requireNonNull(options, "options");
        regions = List.copyOf(regions);
    }

    /**
     * A sum of regional counts.
     *
     * @param sites       sum of the counts of the regions where the target is reachable
     * @param lowerBound  sum of their lower bounds
     * @param unreachable regions where the target cannot be reached with the candidate sites
     * @param totalWeight inhabitants counted by the norm in the regions summed
     * @param reachableWeight of those, within reach of a candidate site
     */
    public record Total(int sites, int lowerBound, int unreachable, double totalWeight, double reachableWeight) {
        /** True when every region reaches the target. */
        public boolean complete() {
            return unreachable == 0;
        }

        public double gap() {
            return sites == 0 ? 0 : (sites - lowerBound) / (double) sites;
        }
    }

    /** Registered inhabitants of the regions run. */
    public long inhabitants() {
        return regions.stream().mapToLong(RegionResult::inhabitants).sum();
    }

    /** The free-variant total of a norm and target over all regions run. */
    public Total total(Norm norm, double share) {
        return sum(regions.stream().map(r -> r.free(norm)).toList(), share);
    }

    /** The own-municipality total of a norm and target. */
    public Total ownMunicipalityTotal(Norm norm, double share) {
        return sum(regions.stream().filter(r -> !r.ownMunicipality().isEmpty()).map(r -> r.ownMunicipality(norm)).toList(),
                share);
    }

    /** The total of one urbanity class (sum over regions of their part in that class). */
    public Total urbanityTotal(int urbanityClass, Norm norm, double share) {
        List<NormResult> parts = new ArrayList<>();
        for (RegionResult r : regions) {
            List<NormResult> l = r.byUrbanity().get(urbanityClass);
            if (l != null) {
                parts.add(RegionResult.find(l, norm));
            }
        }
        return sum(parts, share);
    }

    /** Urbanity classes present, with their registered inhabitants in the regions run. */
    public Map<Integer, Long> urbanityInhabitants() {
        Map<Integer, Long> out = new TreeMap<>();
        for (RegionResult r : regions) {
            r.urbanityInhabitants().forEach((c, v) -> out.merge(c, v, Long::sum));
        }
        return out;
    }

    private static Total sum(List<NormResult> results, double share) {
        int sites = 0;
        int lb = 0;
        int unreachable = 0;
        double total = 0;
        double reachable = 0;
        for (NormResult nr : results) {
            TargetCount c = nr.count(share);
            total += nr.totalWeight();
            reachable += nr.reachableWeight();
            if (c.reachable()) {
                sites += c.sites();
                lb += c.lowerBound();
            } else {
                unreachable++;
            }
        }
        return new Total(sites, lb, unreachable, total, reachable);
    }

    /** The rule of thumb over the regions run: the sum of the regional counts (each rounded up). */
    public int ruleOfThumb() {
        return regions.stream().mapToInt(r -> r.ruleOfThumb(options.inhabitantsPerNsp())).sum();
    }

    /** Coördinatiepunten of the headline plans, summed. */
    public int cpTotal() {
        return regions.stream().mapToInt(r -> r.cps().count()).sum();
    }

    /**
     * The national trade-off curve of a norm: covered share against the number of NSPs when NSPs are handed out
     * greedily over the regions. Each region's greedy gains never increase, so merging them by size gives the
     * national greedy order. {@code result[k - 1]} = covered inhabitants with k NSPs.
     */
    public double[] nationalCurve(Norm norm) {
        List<double[]> curves = regions.stream().map(r -> r.free(norm).curve()).toList();
        int total = curves.stream().mapToInt(c -> c.length).sum();
        double[] gains = new double[total];
        int k = 0;
        for (double[] c : curves) {
            for (int i = 0; i < c.length; i++) {
                gains[k++] = c[i] - (i == 0 ? 0 : c[i - 1]);
            }
        }
        Arrays.sort(gains);
        double[] out = new double[total];
        double run = 0;
        for (int i = 0; i < total; i++) {
            run += gains[total - 1 - i];
            out[i] = run;
        }
        return out;
    }

    /** The region with this code. */
    public RegionResult region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("region " + code + " was not run"));
    }
}
