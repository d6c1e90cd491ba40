package nl.nsp.planner;

import nl.nsp.planner.cli.PlannerCommand;
import picocli.CommandLine;

/**
 * Entry point of the jar: every invocation is a {@code nsp} command ({@code serve}, {@code import}, ...).
 * Only {@code serve} starts Spring, so the analysis commands start fast.
 */
public final class NspMain {
    private NspMain() {
    }

    public static void main(String[] args) {
        int exit = PlannerCommand.commandLine().execute(args);
        if (exit != 0 || !PlannerCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }
}
