package nl.nsp.planner.api;

import java.util.List;

/**
 * Body of a 409 for a change made on an outdated version: the {@link ApiError} fields plus the stored version,
 * so the client can reload it and decide what to keep.
 *
 * @param currentVersion the version the store holds now
 */
public record VersionConflict(int status, String error, String message, List<ApiError.Item> errors, long currentVersion) {
    public VersionConflict {
        errors = List.copyOf(errors);
    }
}
