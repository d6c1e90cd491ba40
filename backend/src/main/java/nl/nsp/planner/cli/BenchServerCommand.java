package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import nl.nsp.planner.cli.load.LoadDriver;
import nl.nsp.planner.security.Passwords;
import nl.nsp.planner.store.PlannerStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nsp bench-server prepare|run} (hidden; {@code scripts/bench/server.sh} drives it): the accounts of the load
 * test, and the load test itself against a running server in the server mode (localhost only).
 */
@Command(name = "bench-server", hidden = true, subcommands = CommandLine.HelpCommand.class,
        description = "Load test of a running server: simulated planners editing and reading their own regions.")
final class BenchServerCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "prepare", description = "Create (or reset) the bench accounts in a store: PREFIX-01.. as region "
            + "planners of VR01..VR25 in turn, and PREFIX-national. Password from $NSP_BENCH_PASSWORD.")
    int prepare(@Mixin StoreOption store, @Option(names = "--users", defaultValue = "50") int users,
            @Option(names = "--prefix", defaultValue = "bench") String prefix) {
        String hash = Passwords.hashNew(password().toCharArray());
        try (PlannerStore s = store.open()) {
            for (int i = 0; i <= users; i++) {
                Account a = i == users ? new Account(prefix + "-national", Role.NATIONAL, "", "", true)
                        : new Account(prefix + String.format(Locale.ROOT, "-%02d", i + 1), Role.REGION,
                                String.format(Locale.ROOT, "VR%02d", i % 25 + 1), "", true);
                if (s.accounts().find(a.name()).isPresent()) {
                    s.accounts().update(a, Optional.of(hash), StoreOption.actor());
                } else {
                    s.accounts().add(a, hash, StoreOption.actor());
                }
            }
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%d bench accounts ready (%s-01..%s-%02d, %s-national)%n", users + 1,
                prefix, prefix, users, prefix);
        return 0;
    }

    @Command(name = "run", description = "Run the load test against a server on this machine.")
    int run(@Option(names = "--url", required = true, description = "The server, e.g. http://127.0.0.1:8080/") URI url,
            @Option(names = "--users", defaultValue = "50") int users,
            @Option(names = "--seconds", defaultValue = "60") int seconds,
            @Option(names = "--warm-up-seconds", defaultValue = "20") int warmUp,
            @Option(names = "--think-ms", defaultValue = "2000", description = "Longest pause after a request (uniform).")
            int thinkMs,
            @Option(names = "--nsp-per-plan", defaultValue = "20") int nspPerPlan,
            @Option(names = "--prefix", defaultValue = "bench") String prefix,
            @Option(names = "--seed", defaultValue = "7") long seed,
            @Option(names = "--target-p99-ms", defaultValue = "50") double targetMs) throws Exception {
        String host = url.getHost();
        if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("--url " + url + ": the load test runs against this machine only");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "load test: %d planners for %d s after %d s warm-up, pause 0..%d ms after each request, %s%n",
                users, seconds, warmUp, thinkMs, url);
        LoadDriver driver = new LoadDriver(new LoadDriver.Options(url, users, Duration.ofSeconds(seconds),
                Duration.ofMillis(thinkMs), password(), prefix, nspPerPlan, seed, Duration.ofSeconds(warmUp)));
        LoadDriver.Result r = driver.run(out);
        driver.print(r, out);
        double p99 = driver.statisticsP99Millis();
        out.printf(Locale.ROOT, "statistics endpoints p99 (scenario statistics, session toggle): %.1f ms; target < %.0f ms: %s%n",
                p99, targetMs, p99 < targetMs ? "met" : "NOT met");
        out.flush();
        return r.ok() ? 0 : 1;
    }

    private static String password() {
        String p = System.getenv("NSP_BENCH_PASSWORD");
        if (p == null || p.isBlank()) {
            throw new IllegalArgumentException("set NSP_BENCH_PASSWORD (the bench accounts' password)");
        }
        return p;
    }
}
