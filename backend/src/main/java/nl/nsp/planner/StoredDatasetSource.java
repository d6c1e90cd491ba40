package nl.nsp.planner;

import java.util.Optional;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.store.DataVersion;
import nl.nsp.planner.store.PlannerStore;

/**
 * The coverage endpoints' data set, read from the store once per data version: while the version is
 * unchanged every call returns the same instance (so coverage indexes cached per instance stay valid);
 * after a new import the next call loads the new data set.
 */
final class StoredDatasetSource implements DatasetSource {
    private final PlannerStore store;
    private volatile Loaded loaded;

    private record Loaded(Optional<DataVersion> version, Dataset dataset) {
    }

    StoredDatasetSource(PlannerStore store) {
        this.store = store;
    }

    @Override
    public Dataset dataset() {
        Optional<DataVersion> version = store.dataVersion();
        Loaded current = loaded;
        if (current != null && current.version().equals(version)) {
            return current.dataset();
        }
        synchronized (this) {
            current = loaded;
            if (current == null || !current.version().equals(version)) {
                current = new Loaded(version, store.loadDataset());
                loaded = current;
            }
            return current.dataset();
        }
    }
}
