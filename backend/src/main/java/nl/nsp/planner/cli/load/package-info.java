/**
 * The load driver of {@code nsp bench-server}: simulated planners, each with its own HTTP client and session, working
 * on their own region's scenarios against a running server ({@link nl.nsp.planner.cli.load.LoadDriver}), the latency
 * figures ({@link nl.nsp.planner.cli.load.Latencies}) and the check that no save was lost. Only {@code java.net.http}
 * and Jackson; no server code.
 */
package nl.nsp.planner.cli.load;
