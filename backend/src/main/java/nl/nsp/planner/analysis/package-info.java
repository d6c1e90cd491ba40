/**
 * Statistics over a set of open sites: coverage by municipality, safety region, urbanity class and in total,
 * distance to the nearest NSP, NSP loads against the rule of thumb, uncovered clusters
 * ({@link nl.nsp.planner.analysis.CoverageEvaluator}), and the NSP-to-CP link assignment
 * ({@link nl.nsp.planner.analysis.NspCpLinker}, min-cost max-flow with OR-Tools).
 *
 * <p>Depends on {@code domain}, {@code reach} and OR-Tools' graph algorithms; no Spring, no storage.
 */
package nl.nsp.planner.analysis;
