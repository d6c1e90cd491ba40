package nl.nsp.planner.national.report;

import java.util.List;
import java.util.Objects;
import nl.nsp.planner.domain.CostItem;
import nl.nsp.planner.domain.RealisedProgress;
import nl.nsp.planner.national.BudgetSchedule;
import nl.nsp.planner.national.CostOptions;
import nl.nsp.planner.national.DistributionKey;
import nl.nsp.planner.national.NationalOptions;
import nl.nsp.planner.national.OutageScenario;

/**
 * What a national report is made of, apart from the data set.
 *
 * @param options           the national run
 * @param costItems         the cost table
 * @param costOptions       the year profile of the costs
 * @param budgets           the budget schedule
 * @param accountabilityKey the distribution key of the accountability sheet after the equal-split years
 * @param throughYear       last year of the accountability sheet, or null for the default
 * @param realised          what the regions report as realised (may be empty)
 * @param outage            an outage scenario, or null
 * @param sources           the input files, for the list of sources
 * @param version           tool version
 * @param importSeconds     time spent reading the data (NaN when unknown)
 */
public record ReportRequest(NationalOptions options, List<CostItem> costItems, CostOptions costOptions,
        BudgetSchedule budgets, DistributionKey accountabilityKey, Integer throughYear, List<RealisedProgress> realised,
        OutageScenario outage, List<SourceFile> sources, String version, double importSeconds) {
    public ReportRequest {
        Objects.requireNonNull(options, "options");
        costItems = List.copyOf(costItems);
        Objects.requireNonNull(costOptions, "costOptions");
        Objects.requireNonNull(budgets, "budgets");
        Objects.requireNonNull(accountabilityKey, "accountabilityKey");
        realised = List.copyOf(realised);
        sources = List.copyOf(sources);
        Objects.requireNonNull(version, "version");
        if (costItems.isEmpty()) {
            throw new IllegalArgumentException("the cost table is empty");
        }
    }
}
