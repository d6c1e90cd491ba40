package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Commands print JSON on stdout, so no log line may go there (GraphHopper logs a lot while importing). */
class LoggingConfigurationTest {
    @Test
    void logLinesGoToStderrNotStdout() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Appender<?>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(appenders).isNotEmpty();
        for (Appender<?> a : appenders) {
            assertThat(a).isInstanceOf(ConsoleAppender.class);
            assertThat(((ConsoleAppender<?>) a).getTarget()).isEqualTo("System.err");
        }
    }
}
