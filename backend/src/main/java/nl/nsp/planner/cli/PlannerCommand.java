package nl.nsp.planner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code nsp} command; subcommands are registered in {@link #commandLine()}. */
@Command(name = "nsp", mixinStandardHelpOptions = true, version = "nsp-planner " + nl.nsp.planner.Version.VERSION,
        description = "Plan noodsteunpunten (NSP) and coördinatiepunten (CP).",
        subcommands = {ServeCommand.class, ImportCommand.class, CoverageCommand.class, OptimiseCommand.class,
                NetworkCheckCommand.class, ReportCommand.class, UserCommand.class, AuditCommand.class,
                BenchCoverageCommand.class, BenchServerCommand.class})
public final class PlannerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line, with error output that names the bad option and no stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PlannerCommand());
        cl.setExecutionExceptionHandler(new CliErrorHandler());
        return cl;
    }

    /** True when the command starts a server that must outlive {@code main}. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
