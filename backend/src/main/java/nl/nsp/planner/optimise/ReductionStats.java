package nl.nsp.planner.optimise;

/**
 * What instance reduction did.
 *
 * @param demandIn           demand points in the input
 * @param demandOut          demand points the solver saw (after merging and dropping unreachable ones)
 * @param unreachableDemand  demand points no allowed site reaches (left out; their weight can never count)
 * @param sitesIn            candidate sites in the input
 * @param sitesOut           sites the solver saw
 * @param excludedSites      sites removed because they were excluded
 * @param dominatedSites     sites removed because another site covers a superset of their demand
 */
public record ReductionStats(int demandIn, int demandOut, int unreachableDemand, int sitesIn, int sitesOut,
        int excludedSites, int dominatedSites) {
}
