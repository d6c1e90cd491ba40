/**
 * Who can reach which site: distance models (straight line in RD metres; walking/cycling networks), the sparse
 * {@link nl.nsp.planner.reach.CoverageIndex} of all demand-site pairs within a cutoff, the
 * {@link nl.nsp.planner.reach.Norms} coverage is measured against, and the incremental
 * {@link nl.nsp.planner.reach.CoverageState} that keeps coverage sums up to date as sites open and close.
 * A point exactly on a radius is covered.
 *
 * <p>Depends on {@code domain} and {@code geo}; no Spring, no storage.
 */
package nl.nsp.planner.reach;
