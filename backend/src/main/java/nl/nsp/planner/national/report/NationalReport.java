package nl.nsp.planner.national.report;

import java.util.List;
import java.util.Objects;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.national.AccountabilitySheet;
import nl.nsp.planner.national.CostModel;
import nl.nsp.planner.national.NationalResult;
import nl.nsp.planner.national.OutageResult;
import nl.nsp.planner.national.RegionFacts;

/**
 * Everything the national report shows.
 *
 * @param national       the national run
 * @param costs          costs against budgets
 * @param accountability the per-region accountability sheet
 * @param outage         the outage scenario, or null when none was given
 * @param facts          inhabitants and areas of all regions
 * @param municipalities municipalities (for the maps and the urbanity table)
 * @param regions        safety regions (for the map outlines; geometry may be null)
 * @param sources        the input files
 * @param generatedAt    when the report was made (ISO-8601, shown as is)
 * @param version        tool version
 * @param importSeconds  time to read the data (NaN when it came from the store)
 */
public record NationalReport(NationalResult national, CostModel.CostResult costs, AccountabilitySheet accountability,
        OutageResult outage, RegionFacts facts, List<Municipality> municipalities, List<SafetyRegion> regions,
        List<SourceFile> sources, String generatedAt, String version, double importSeconds) {
    public NationalReport {
        Objects.requireNonNull(national, "national");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(accountability, "accountability");
        Objects.requireNonNull(facts, "facts");
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(version, "version");
    }
}
