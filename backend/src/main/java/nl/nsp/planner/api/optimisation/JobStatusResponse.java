package nl.nsp.planner.api.optimisation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * State of one optimisation job.
 *
 * @param jobId          the id
 * @param status         {@code queued}, {@code running}, {@code done}, {@code cancelled} or {@code failed}
 * @param phase          the solver phase last reported (e.g. {@code greedy}, {@code bound}, {@code exact}), null when queued
 * @param progress       the solver's estimate of the share of the current phase done, 0..1 (1 when done)
 * @param bestObjective  best objective found so far, null when none yet
 * @param bound          best bound proven so far, null when none yet
 * @param elapsedSeconds seconds since the job started running (0 while queued)
 * @param error          why the job failed; absent otherwise
 */
record JobStatusResponse(String jobId, String status, String phase, double progress, Double bestObjective, Double bound,
        double elapsedSeconds, @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
}
