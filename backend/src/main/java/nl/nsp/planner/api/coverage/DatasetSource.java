package nl.nsp.planner.api.coverage;

import nl.nsp.planner.domain.Dataset;

/**
 * Where the coverage endpoints get the loaded data set from. The application provides one bean of this type
 * (backed by the store, e.g. a cached {@code PlannerStore.loadDataset()}); until it does, the endpoints answer 503.
 *
 * <p>{@link #dataset()} is called on every request and must be cheap: return the <em>same instance</em> while
 * the data is unchanged, because coverage indexes are cached per instance (a new instance means a rebuild).
 */
@FunctionalInterface
public interface DatasetSource {
    /** The current data set. */
    Dataset dataset();
}
