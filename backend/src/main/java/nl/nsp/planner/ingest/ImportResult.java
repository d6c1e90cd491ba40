package nl.nsp.planner.ingest;

import java.util.Objects;
import nl.nsp.planner.domain.Dataset;

/** A loaded data set together with the report of how it was read. */
public record ImportResult(Dataset dataset, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }
}
