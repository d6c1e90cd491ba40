/**
 * Scenarios: a planner's choice of NSPs and CPs for one safety region (a {@link nl.nsp.planner.scenario.Plan}),
 * saved under a name with its norms and the data version it was made on, and compared with another scenario.
 *
 * <p>Depends on {@code domain}, {@code reach} and {@code analysis}; never on Spring, JDBC or the adapters.
 */
package nl.nsp.planner.scenario;
