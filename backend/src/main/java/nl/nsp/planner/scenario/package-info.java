/**
 * Scenarios: a planner's choice of NSPs and CPs for one safety region (a {@link nl.nsp.planner.scenario.Plan}),
 * saved under a name with its norms and the data version it was made on, compared with another scenario, read back
 * from a file of points ({@link nl.nsp.planner.scenario.PlanImport}), listed for residents per municipality
 * ({@link nl.nsp.planner.scenario.ResidentList}) and searched for the NSPs nearest to a home
 * ({@link nl.nsp.planner.scenario.NearestSites}).
 *
 * <p>Depends on {@code domain}, {@code ingest} (input errors and features), {@code reach} and {@code analysis}; never
 * on Spring, JDBC or the adapters.
 */
package nl.nsp.planner.scenario;
