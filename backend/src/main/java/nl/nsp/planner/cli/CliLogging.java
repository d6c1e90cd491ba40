package nl.nsp.planner.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging for the analysis commands: warnings and errors only, on stderr, so that stdout carries nothing but
 * the command's output (JSON must stay parseable). Without this, logback's default configuration prints
 * every INFO line of GraphHopper to stdout. The server ({@code serve}) keeps Spring Boot's logging.
 */
final class CliLogging {
    /** Held so the JDK logging level is not lost when the logger is garbage collected. */
    private static final java.util.logging.Logger PROTOBUF = java.util.logging.Logger.getLogger("com.google.protobuf");

    private CliLogging() {
    }

    static void warningsToStderr() {
        // protobuf (GraphHopper's PBF reader) warns about its generated code on every file; not the user's concern
        PROTOBUF.setLevel(java.util.logging.Level.SEVERE);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        ctx.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%level %logger{30}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(ctx);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }
}
