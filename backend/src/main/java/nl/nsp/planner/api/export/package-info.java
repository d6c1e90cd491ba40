/**
 * Files made from a saved scenario and read back into a plan: its sites as GeoJSON, CSV and GeoPackage, its
 * statistics as CSV, the printable list for residents ("Waar is mijn noodsteunpunt?"), and the re-import of a GeoJSON
 * file into a plan ({@code POST /api/scenarios/import}).
 *
 * <p>Adapter: reads scenarios and their figures through {@link nl.nsp.planner.api.scenario.ScenarioService}; the
 * formats are written here, the plan is read by the core ({@link nl.nsp.planner.scenario.PlanImport}).
 */
package nl.nsp.planner.api.export;
