package nl.nsp.planner.api.importing;

import java.time.Instant;
import java.util.List;
import nl.nsp.planner.ImportState;
import nl.nsp.planner.api.ApiError;
import nl.nsp.planner.ingest.FileReport;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.store.DataVersion;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/import/report}: the report of the import the store holds (files, counts, every rejected row)
 * and, when the start-up import failed, why.
 */
@RestController
class ImportReportController {
    private final PlannerStore store;
    private final ImportState state;

    ImportReportController(PlannerStore store, ImportState state) {
        this.store = store;
        this.state = state;
    }

    /** {@code status}: {@code ok}, {@code empty} (nothing imported), {@code importing} or {@code failed}. */
    record ImportReportResponse(String status, Long dataVersion, Instant importedAt, FailureItem failure,
            ReportItem report) {
    }

    record FailureItem(String dataDir, String message, List<ApiError.Item> errors, Instant at) {
    }

    record ReportItem(List<FileReport> files, List<ApiError.Item> rejected, long municipalities, long regions,
            long inhabitantsTotal, long demandPoints, double demandInhabitantsTotal, long candidates,
            List<ApiError.Item> notes) {
        static ReportItem of(ImportReport r) {
            return new ReportItem(r.files(), r.rejected().stream().map(ApiError.Item::of).toList(), r.municipalities(),
                    r.regions(), r.inhabitantsTotal(), r.demandPoints(), r.demandInhabitantsTotal(), r.candidates(),
                    r.notes().stream().map(ApiError.Item::of).toList());
        }
    }

    @GetMapping("/api/import/report")
    ImportReportResponse report() {
        var version = store.dataVersion();
        FailureItem failure = state.failure().map(f -> new FailureItem(f.dataDir(), f.message(),
                f.errors().stream().map(ApiError.Item::of).toList(), f.at())).orElse(null);
        String status = state.running() ? "importing" : failure != null ? "failed" : version.isEmpty() ? "empty" : "ok";
        return new ImportReportResponse(status, version.map(DataVersion::version).orElse(null),
                version.map(DataVersion::importedAt).orElse(null), failure,
                store.lastImportReport().map(ReportItem::of).orElse(null));
    }
}
