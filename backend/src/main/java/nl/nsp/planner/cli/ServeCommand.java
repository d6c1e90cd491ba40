package nl.nsp.planner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.nsp.planner.PlannerApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nsp serve}: starts the map server. */
@Command(name = "serve", description = {"Start the map server (REST API + Leaflet map).",
        "Other server properties follow as --name=value, e.g. --nsp.security.enabled=true (docs/running.md)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--data-dir", description = "Folder with the input data, imported when the store is empty.")
    Path dataDir;

    @Option(names = "--store", description = "Store location: a folder for the embedded store (default ./var/store), or "
            + "postgis://user[:password]@host[:port]/database for a PostGIS database.")
    String store;

    /** Further server properties as {@code --name=value} (docs/running.md), e.g. {@code --nsp.security.enabled=true}. */
    @CommandLine.Unmatched
    List<String> properties = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        if (dataDir != null) {
            args.add("--nsp.data-dir=" + dataDir.toAbsolutePath());
        }
        if (store != null) {
            args.add("--nsp.store=" + store);
        }
        for (String p : properties) {
            if (!p.startsWith("--") || !p.contains("=")) {
                throw new IllegalArgumentException("unknown option " + p + " (server properties are given as --name=value, "
                        + "e.g. --nsp.security.enabled=true)");
            }
            args.add(p);
        }
        SpringApplication.run(PlannerApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
