package nl.nsp.planner.api.optimisation;

/** Answer to {@code POST /api/optimisations}: the new job's id and its status ({@code queued}). */
record JobCreatedResponse(String jobId, String status) {
}
