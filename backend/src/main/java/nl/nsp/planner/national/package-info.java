/**
 * The national answer for the NSP programme: how many noodsteunpunten each safety region and urbanity class needs for
 * a range of norms and coverage targets (each count with a proven lower bound), what cooperation across municipal
 * borders saves, the coördinatiepunten of the headline plan, what it costs against the budgets of the administrative
 * agreement under several distribution keys, what an outage scenario takes away and how to repair it, and the
 * per-region accountability sheet. Entry points: {@link nl.nsp.planner.national.NationalAnalysis},
 * {@link nl.nsp.planner.national.CostModel}, {@link nl.nsp.planner.national.OutageAnalysis}.
 *
 * <p>Depends on {@code domain}, {@code reach} and {@code optimise}; plain Java, no Spring, no storage, no file formats
 * (the report writers live in {@code national.report}).
 */
package nl.nsp.planner.national;
