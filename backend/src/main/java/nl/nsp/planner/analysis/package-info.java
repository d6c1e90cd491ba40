/**
 * Statistics over a set of open sites: coverage by municipality, safety region, urbanity class and in total,
 * distance to the nearest NSP, NSP loads against the rule of thumb, uncovered clusters, and the NSP-to-CP
 * link assignment.
 *
 * <p>Depends on {@code domain}, {@code reach} and {@code geo}; no Spring, no storage.
 */
package nl.nsp.planner.analysis;
