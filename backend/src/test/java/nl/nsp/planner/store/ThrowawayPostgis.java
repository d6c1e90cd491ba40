package nl.nsp.planner.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL + PostGIS cluster in a temporary folder for the tests of one JVM: {@code initdb}, {@code pg_ctl
 * start} on a free port of 127.0.0.1 (trust authentication, fsync off; {@link #durableLocation()} is a second one
 * with fsync on), database {@code gis} with the PostGIS
 * extension; stopped and deleted when the JVM exits. Runs the server as user {@code postgres} when the tests
 * run as root (PostgreSQL refuses root). Needs the Debian packages {@code postgresql} and
 * {@code postgresql-15-postgis-3} (or another version); fails with that message when they are missing, never skips.
 */
public final class ThrowawayPostgis {
    /** Every table of the store schema, for tests that start from an empty database. */
    static final List<String> STORE_TABLES = List.of("flyway_schema_history", "schema_version", "nsp_meta",
            "import_file", "import_rejected", "import_note", "safety_region", "region_member", "municipality",
            "demand_layer", "demand_block", "candidate_site", "scenario_site", "scenario", "account", "audit_event");
    private static ThrowawayPostgis instance;
    private static ThrowawayPostgis durableInstance;

    private final Path dir;
    private final Path bin;
    private final int port;

    private ThrowawayPostgis(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    /**
     * The PostGIS database of the tests: {@code -Dnsp.test.postgis} / {@code NSP_TEST_POSTGIS} when set (a
     * {@code postgis://} location), else {@link #location()}.
     */
    public static String testLocation() {
        String configured = System.getProperty("nsp.test.postgis", System.getenv("NSP_TEST_POSTGIS"));
        return configured != null && !configured.isBlank() ? configured.trim() : location();
    }

    /** Drops every store table in the database at {@code location}, so the next store opened there is empty. */
    public static void dropStoreTables(String location) throws SQLException {
        try (Connection c = connect(location); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + String.join(", ", STORE_TABLES));
        }
    }

    public static Connection connect(String location) throws SQLException {
        PostgisStore.Target t = PostgisStore.parse(location);
        return DriverManager.getConnection(t.jdbcUrl(), t.user(), t.password());
    }

    /** The cluster of this JVM, started on first use; a {@code postgis://} location of its database {@code gis}. */
    public static synchronized String location() {
        if (instance == null) {
            instance = start(false);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAndDelete, "throwaway-postgis-stop"));
        }
        return "postgis://postgres@127.0.0.1:" + instance.port + "/gis";
    }

    /**
     * A second cluster of this JVM with PostgreSQL's durable defaults ({@code fsync}, {@code full_page_writes} and
     * {@code synchronous_commit} on), for tests of what survives a crash; started on first use.
     */
    public static synchronized String durableLocation() {
        if (durableInstance == null) {
            durableInstance = start(true);
            Runtime.getRuntime().addShutdownHook(new Thread(durableInstance::stopAndDelete, "durable-postgis-stop"));
        }
        return "postgis://postgres@127.0.0.1:" + durableInstance.port + "/gis";
    }

    /** Kills the durable cluster's server without a shutdown checkpoint ({@code pg_ctl stop -m immediate}) and starts it again. */
    public static synchronized void crashAndRestartDurable() {
        ThrowawayPostgis pg = durableInstance;
        if (pg == null) {
            throw new IllegalStateException("no durable cluster started");
        }
        pg.postgres(List.of(pg.bin.resolve("pg_ctl").toString(), "-D", pg.dir.resolve("data").toString(), "-m",
                "immediate", "-w", "stop"), "crash.log");
        pg.postgres(List.of(pg.bin.resolve("pg_ctl").toString(), "-D", pg.dir.resolve("data").toString(), "-l",
                pg.dir.resolve("server.log").toString(), "-w", "-o", pg.serverOptions(true), "start"), "restart.log");
    }

    private String serverOptions(boolean durable) {
        return "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                + (durable ? "" : " -c fsync=off -c full_page_writes=off");
    }

    private static ThrowawayPostgis start(boolean durable) {
        Path bin = findBinaries();
        try {
            Path dir = Files.createTempDirectory("nsp-pgtest");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(dir, List.of("chown", "postgres:postgres", dir.toString()), dir.resolve("chown.log"));
            }
            ThrowawayPostgis pg = new ThrowawayPostgis(dir, bin, freePort());
            try {
                pg.postgres(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U",
                        "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), "initdb.log");
                pg.postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                        dir.resolve("server.log").toString(), "-w", "-o", pg.serverOptions(durable), "start"), "pg_ctl.log");
                String url = "jdbc:postgresql://127.0.0.1:" + pg.port + "/";
                try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", "");
                        Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE gis");
                }
                try (Connection c = DriverManager.getConnection(url + "gis", "postgres", "");
                        Statement st = c.createStatement()) {
                    st.execute("CREATE EXTENSION postgis");
                }
                return pg;
            } catch (RuntimeException | SQLException e) {
                pg.stopAndDelete();
                throw new IllegalStateException("cannot start a throwaway PostGIS cluster: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a throwaway PostGIS cluster", e);
        }
    }

    /** The newest {@code /usr/lib/postgresql/N/bin}, or {@code $PG_BIN}. */
    private static Path findBinaries() {
        String env = System.getenv("PG_BIN");
        List<Path> found = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            found.add(Path.of(env));
        } else if (Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing((Path b) -> {
                            String v = b.getParent().getFileName().toString();
                            return v.matches("\\d+") ? Integer.parseInt(v) : 0;
                        }).reversed()).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (found.isEmpty() || !Files.isExecutable(found.get(0).resolve("initdb"))) {
            throw new IllegalStateException("PostgreSQL server binaries not found (no initdb in "
                    + (env != null ? env : "/usr/lib/postgresql/*/bin") + "): install the Debian packages postgresql and "
                    + "postgresql-15-postgis-3 (scripts/test.sh does), set PG_BIN, or point -Dnsp.test.postgis="
                    + "postgis://user@host:port/db at an existing PostGIS database");
        }
        return found.get(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs a PostgreSQL command as the user {@code postgres} (via runuser when we are root). */
    private void postgres(List<String> command, String log) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(dir, full, dir.resolve(log));
    }

    private static void run(Path dir, List<String> command, Path log) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                String out = Files.readString(log, StandardCharsets.UTF_8);
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + p.exitValue()
                        + ":\n" + out.substring(Math.max(0, out.length() - 2000)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private void stopAndDelete() {
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                        "immediate", "-w", "stop"), "stop.log");
            }
        } catch (RuntimeException e) {
            System.err.println("throwaway PostGIS cluster in " + dir + " did not stop: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
