/**
 * Siting optimisation on a {@link nl.nsp.planner.reach.CoverageIndex}: maximal covering (MCLP), minimum
 * sites (LSCP / target coverage), p-median and capacitated covering, with fixed/excluded sites, per-group
 * minima and budgets. Every result carries its objective, a proven bound and the gap between them: fast
 * heuristics (lazy greedy + interchange) are bounded by Lagrangian relaxations; an exact mode goes through
 * an OR-Tools MIP solver and also serves as the test oracle.
 *
 * <p>Depends on {@code domain} and {@code reach} (and OR-Tools); no Spring, no storage, no file formats.
 */
package nl.nsp.planner.optimise;
