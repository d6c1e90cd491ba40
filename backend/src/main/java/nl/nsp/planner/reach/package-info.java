/**
 * Who can reach which site: distance models (straight line in RD metres; walking/cycling networks) and the
 * sparse {@link nl.nsp.planner.reach.CoverageIndex} of all demand-site pairs within a cutoff.
 *
 * <p>Depends on {@code domain} and {@code geo}; no Spring, no storage.
 */
package nl.nsp.planner.reach;
