package nl.nsp.planner.api.scenario;

/** Body of {@code POST /api/scenarios/{id}/duplicate}: the copy's name and author (both optional). */
record DuplicateRequest(String name, String author) {
}
