package nl.nsp.planner.api.scenario;

/** Body of {@code PUT /api/scenarios/{id}/published}: publish or withdraw, on the version read. */
record PublishRequest(Boolean published, Long version) {
}
