/**
 * The {@code nsp} command line (picocli), wrapped by {@code scripts/nsp}. Commands parse their options,
 * call one core entry point and print the result as text or JSON; bad input exits non-zero with the
 * file, line and field named. Adapter: may use {@code store}; the core never imports it.
 */
package nl.nsp.planner.cli;
