package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.nsp.planner.domain.RealisedProgress;

/**
 * The per-region accountability sheet: points planned (the headline plan) against points realised, and money allocated
 * against money spent, over the years up to {@code throughYear}. Without realised figures the realised columns are
 * empty (a template for the regions to fill in).
 *
 * @param key          the distribution key of the allocations after the equal-split years
 * @param firstYear    first year counted
 * @param throughYear  last year counted
 * @param rows         one row per region run, in region order
 * @param hasRealised  true when realised figures were given
 */
public record AccountabilitySheet(DistributionKey key, int firstYear, int throughYear, List<Row> rows, boolean hasRealised) {
    public AccountabilitySheet {
        Objects.requireNonNull(key, "key");
        rows = List.copyOf(rows);
    }

    /**
     * One region.
     *
     * @param nspPlanned    NSPs of the headline plan
     * @param cpPlanned     CPs of the headline plan
     * @param nspRealised   NSPs in operation at the end of the latest reported year (null when not reported)
     * @param cpRealised    CPs in operation (null when not reported)
     * @param plannedCostEur costs of the plan in the years counted (cost profile)
     * @param allocatedEur  budget allocated in the years counted
     * @param spentEur      money reported spent in the years counted (null when not reported)
     * @param latestYear    the latest year the region reported (null when none)
     */
    public record Row(String code, String name, int nspPlanned, int cpPlanned, Integer nspRealised, Integer cpRealised,
            double plannedCostEur, double allocatedEur, Double spentEur, Integer latestYear) {
        /** Allocated minus spent (null when nothing was reported). */
        public Double balanceEur() {
            return spentEur == null ? null : allocatedEur - spentEur;
        }
    }

    /**
     * @param throughYear last year to count; with realised figures and {@code null}, the latest year in them (else the
     *                    last equal-split year of the budget)
     * @throws IllegalArgumentException when a realised row names a region that was not run
     */
    public static AccountabilitySheet compute(CostModel.CostResult costs, List<RealisedProgress> realised,
            DistributionKey key, Integer throughYear) {
        if (key == DistributionKey.NSPS_NEEDED && !costs.nspKeyAvailable()) {
            throw new IllegalArgumentException("the NSP key needs a run over all regions");
        }
        java.util.Set<String> run = new java.util.HashSet<>();
        costs.regions().forEach(r -> run.add(r.code()));
        for (RealisedProgress p : realised) {
            if (!run.contains(p.regionCode())) {
                throw new IllegalArgumentException("realised figures for " + p.regionCode() + ", a region that was not run");
            }
        }
        int first = costs.firstYear();
        int through = throughYear != null ? throughYear
                : realised.isEmpty() ? costs.budgets().equalSplitYears().stream().mapToInt(Integer::intValue).max().orElse(first)
                : realised.stream().mapToInt(RealisedProgress::year).max().getAsInt();
        if (through < first || through > first + costs.years() - 1) {
            throw new IllegalArgumentException("accountability year " + through + " outside " + first + ".."
                    + (first + costs.years() - 1));
        }
        List<Row> rows = new ArrayList<>();
        for (CostModel.RegionCost r : costs.regions()) {
            double allocated = 0;
            double planned = 0;
            for (int y = first; y <= through; y++) {
                allocated += r.allocationByYear().get(key)[y - first];
                planned += r.costByYear()[y - first];
            }
            Integer latest = null;
            Integer nsp = null;
            Integer cp = null;
            Double spent = null;
            for (RealisedProgress p : realised) {
                if (p.regionCode().equals(r.code()) && p.year() <= through) {
                    spent = (spent == null ? 0 : spent) + p.spentEur();
                    if (latest == null || p.year() > latest) {
                        latest = p.year();
                        nsp = p.nspRealised();
                        cp = p.cpRealised();
                    }
                }
            }
            rows.add(new Row(r.code(), r.name(), r.nsps(), r.cps(), nsp, cp, planned, allocated, spent, latest));
        }
        return new AccountabilitySheet(key, first, through, rows, !realised.isEmpty());
    }
}
