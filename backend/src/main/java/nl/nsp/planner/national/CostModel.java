package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.CostItem;

/**
 * Costs of the headline plan per region and per year, set against the budgets under each distribution key.
 *
 * <p>Per region: NSPs x (sum of the NSP lines) + CPs x (sum of the CP lines), one-off and yearly. Per year: the one-off
 * costs fall in the rollout years ({@link CostOptions}), the yearly costs from the year after a point is set up. The
 * budget of a year with an agreed equal split goes 1/N to each of the N regions of the data set; other years follow the
 * key. The NSP key needs every region's count, so it is only available after a run over all regions.
 */
public final class CostModel {
    private CostModel() {
    }

    /**
     * One region's costs and budgets.
     *
     * @param code, name      the region
     * @param nsps            NSPs of the headline plan
     * @param cps             coördinatiepunten of the headline plan
     * @param oneOffEur       one-off costs
     * @param yearlyEur       yearly costs once every point runs
     * @param ownMunicipalityNsps NSPs the headline target needs when every municipality uses only its own sites (-1
     *                        when not computed or not reachable)
     * @param costByYear      costs per year (index = year - first year)
     * @param allocationByYear budget per year under each key (NaN when the key is not available)
     */
    public record RegionCost(String code, String name, int nsps, int cps, double oneOffEur, double yearlyEur,
            int ownMunicipalityNsps, double[] costByYear, Map<DistributionKey, double[]> allocationByYear) {
        public RegionCost {
            costByYear = costByYear.clone();
            Map<DistributionKey, double[]> copy = new EnumMap<>(DistributionKey.class);
            allocationByYear.forEach((k, v) -> copy.put(k, v.clone()));
            allocationByYear = java.util.Collections.unmodifiableMap(copy);
        }

        /** Extra NSPs without cooperation across municipal borders (0 when not computed). */
        public int cooperationExtraNsps() {
            return ownMunicipalityNsps < 0 ? 0 : ownMunicipalityNsps - nsps;
        }

        /** Budget minus costs summed over all years shown. */
        public double balance(DistributionKey key) {
            double b = 0;
            double[] a = allocationByYear.get(key);
            for (int i = 0; i < a.length; i++) {
                b += a[i] - costByYear[i];
            }
            return b;
        }
    }

    /**
     * The costs.
     *
     * @param items              the cost table
     * @param nspOneOffEur       one-off euros per NSP (sum of the lines)
     * @param nspYearlyEur       yearly euros per NSP
     * @param cpOneOffEur        one-off euros per CP
     * @param cpYearlyEur        yearly euros per CP
     * @param firstYear          first year of the tables
     * @param nationalBudget     budget per year for all regions
     * @param regions            per region run
     * @param nspKeyAvailable    false when the run did not cover every region (no NSP key)
     * @param budgets            the budget schedule used
     * @param options            the year profile used
     */
    public record CostResult(List<CostItem> items, double nspOneOffEur, double nspYearlyEur, double cpOneOffEur,
            double cpYearlyEur, int firstYear, double[] nationalBudget, List<RegionCost> regions, boolean nspKeyAvailable,
            BudgetSchedule budgets, CostOptions options) {
        public CostResult {
            items = List.copyOf(items);
            nationalBudget = nationalBudget.clone();
            regions = List.copyOf(regions);
        }

        public int years() {
            return nationalBudget.length;
        }

        /** True when every line of the table is an assumption. */
        public boolean assumptionsOnly() {
            return items.stream().allMatch(CostItem::assumption);
        }

        public double oneOffTotal() {
            return regions.stream().mapToDouble(RegionCost::oneOffEur).sum();
        }

        public double yearlyTotal() {
            return regions.stream().mapToDouble(RegionCost::yearlyEur).sum();
        }

        /** Costs of all regions run in year index i. */
        public double costInYear(int i) {
            return regions.stream().mapToDouble(r -> r.costByYear()[i]).sum();
        }

        /** Budget of the regions run in year index i under a key. */
        public double allocatedInYear(DistributionKey key, int i) {
            return regions.stream().mapToDouble(r -> r.allocationByYear().get(key)[i]).sum();
        }
    }

    public static CostResult compute(NationalResult run, List<CostItem> items, BudgetSchedule budgets,
            CostOptions options, RegionFacts facts) {
        double nspOneOff = sum(items, CostItem.Level.NSP, CostItem.Kind.ONE_OFF);
        double nspYearly = sum(items, CostItem.Level.NSP, CostItem.Kind.YEARLY);
        double cpOneOff = sum(items, CostItem.Level.CP, CostItem.Kind.ONE_OFF);
        double cpYearly = sum(items, CostItem.Level.CP, CostItem.Kind.YEARLY);
        int first = budgets.firstYear();
        int years = options.lastYear() - first + 1;
        if (years < 1) {
            throw new IllegalArgumentException("last year " + options.lastYear() + " is before the first budget year " + first);
        }
        double[] national = new double[years];
        for (int i = 0; i < years; i++) {
            national[i] = budgets.national(first + i);
        }
        Norm headline = run.options().headline();
        double target = run.options().headlineTarget();
        int totalNsps = 0;
        for (RegionResult r : run.regions()) {
            totalNsps += r.headline().size();
        }
        boolean nspKey = run.allRegions() && totalNsps > 0;
        long inhabitantsAll = facts.inhabitants().values().stream().mapToLong(Long::longValue).sum();
        double areaAll = facts.areaKm2().values().stream().mapToDouble(Double::doubleValue).sum();
        int n = facts.count();
        List<RegionCost> out = new ArrayList<>();
        for (RegionResult r : run.regions()) {
            int nsps = r.headline().size();
            int cps = r.cps().count();
            double oneOff = nsps * nspOneOff + cps * cpOneOff;
            double yearly = nsps * nspYearly + cps * cpYearly;
            double[] cost = new double[years];
            for (int i = 0; i < years; i++) {
                cost[i] = oneOff * options.oneOffShare(first + i) + yearly * options.operatingShare(first + i);
            }
            Map<DistributionKey, double[]> alloc = new EnumMap<>(DistributionKey.class);
            for (DistributionKey key : DistributionKey.values()) {
                double share = switch (key) {
                    case EQUAL -> 1.0 / n;
                    case INHABITANTS -> inhabitantsAll > 0 ? facts.inhabitants().getOrDefault(r.code(), 0L) / (double) inhabitantsAll : 0;
                    case AREA -> areaAll > 0 ? facts.areaKm2().getOrDefault(r.code(), 0.0) / areaAll : 0;
                    case NSPS_NEEDED -> nspKey ? nsps / (double) totalNsps : Double.NaN;
                };
                double[] a = new double[years];
                for (int i = 0; i < years; i++) {
                    a[i] = budgets.equalSplitYears().contains(first + i) ? national[i] / n : national[i] * share;
                }
                alloc.put(key, a);
            }
            int own = -1;
            if (!r.ownMunicipality().isEmpty()) {
                TargetCount c = r.ownMunicipality(headline).count(target);
                own = c.reachable() ? c.sites() : -1;
            }
            out.add(new RegionCost(r.code(), r.name(), nsps, cps, oneOff, yearly, own, cost, alloc));
        }
        return new CostResult(items, nspOneOff, nspYearly, cpOneOff, cpYearly, first, national, out, nspKey, budgets,
                options);
    }

    private static double sum(List<CostItem> items, CostItem.Level level, CostItem.Kind kind) {
        return items.stream().filter(i -> i.level() == level && i.kind() == kind).mapToDouble(CostItem::amountEur).sum();
    }
}
