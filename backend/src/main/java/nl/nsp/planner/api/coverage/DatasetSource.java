package nl.nsp.planner.api.coverage;

import nl.nsp.planner.domain.Dataset;

/**
 * Where the coverage endpoints get the loaded data set from. The application provides one bean of this type
 * (backed by the store); until it does, the endpoints answer 503.
 */
@FunctionalInterface
public interface DatasetSource {
    /** The current data set. */
    Dataset dataset();
}
