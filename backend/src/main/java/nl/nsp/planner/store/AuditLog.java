package nl.nsp.planner.store;

import java.util.List;

/**
 * The record of every change to the store: scenarios, accounts, imports. Events are written by the repositories in
 * the same transaction as the change they describe, so the log has an event exactly for every change that was
 * committed; there is no way to write or delete one from outside.
 */
public interface AuditLog {
    /** The events matching {@code query}, newest first. */
    List<AuditEvent> list(AuditQuery query);
}
