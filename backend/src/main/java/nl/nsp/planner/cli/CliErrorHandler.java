package nl.nsp.planner.cli;

import nl.nsp.planner.ingest.InputException;
import picocli.CommandLine;

/** Turns input errors into readable messages and exit code 2 instead of stack traces. */
final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (ex instanceof InputException ie) {
            ie.errors().forEach(e -> cmd.getErr().println("error: " + e));
            return 2;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException
                || ex instanceof java.io.IOException) {
            cmd.getErr().println("error: " + ex.getMessage());
            return 2;
        }
        if (ex instanceof nl.nsp.planner.store.StoreException) {
            Throwable root = ex;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            cmd.getErr().println("error: " + ex.getMessage() + (root != ex ? " (" + root.getMessage() + ")" : ""));
            return 1;
        }
        cmd.getErr().println("error: " + ex);
        return 1;
    }
}
