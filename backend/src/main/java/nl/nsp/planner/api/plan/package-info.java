/**
 * What the coverage and optimisation endpoints share about a planner's working plan: user-added sites
 * ({@link nl.nsp.planner.api.plan.OwnSiteRequest}, ids starting with {@code eigen-}) resolved into candidate
 * sites of kind {@code OWN} ({@link nl.nsp.planner.api.plan.OwnSites}), and the request size limits
 * ({@link nl.nsp.planner.api.plan.RequestLimits}).
 */
package nl.nsp.planner.api.plan;
