package nl.nsp.planner.national.report;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.national.AccountabilitySheet;
import nl.nsp.planner.national.CostModel;
import nl.nsp.planner.national.NationalAnalysis;
import nl.nsp.planner.national.NationalResult;
import nl.nsp.planner.national.OutageAnalysis;
import nl.nsp.planner.national.OutageResult;
import nl.nsp.planner.national.RegionFacts;
import nl.nsp.planner.optimise.CancellationToken;
import nl.nsp.planner.optimise.ProgressListener;

/**
 * Runs everything a national report needs, in order: the national analysis, the costs against the budgets, the
 * accountability sheet and the outage scenario; the command line and the REST job both call this.
 */
public final class ReportAssembler {
    private ReportAssembler() {
    }

    /**
     * @param listener progress of the whole report: phase {@code regions} (0..0.9), {@code outage}, {@code report}
     * @throws IllegalArgumentException on an unknown region, layer, site or municipality, or realised figures for a
     *                                  region that was not run
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static NationalReport assemble(Dataset data, ReportRequest request, ProgressListener listener,
            CancellationToken cancel) {
        NationalResult national = NationalAnalysis.run(data, request.options(),
                (phase, fraction, objective, bound) -> listener.progress(phase, 0.9 * fraction, objective, bound), cancel);
        RegionFacts facts = RegionFacts.of(data);
        CostModel.CostResult costs = CostModel.compute(national, request.costItems(), request.budgets(),
                request.costOptions(), facts);
        AccountabilitySheet sheet = AccountabilitySheet.compute(costs, request.realised(), request.accountabilityKey(),
                request.throughYear());
        OutageResult outage = null;
        if (request.outage() != null) {
            listener.progress("outage", 0.9, Double.NaN, Double.NaN);
            outage = OutageAnalysis.run(data, national, request.outage(), cancel);
        }
        listener.progress("report", 0.95, Double.NaN, Double.NaN);
        String when = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam"))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL")));
        return new NationalReport(national, costs, sheet, outage, facts, data.municipalities(), data.regions(),
                request.sources(), when, request.version(), request.importSeconds());
    }
}
