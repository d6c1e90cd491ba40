package nl.nsp.planner.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * The server store: tables in a PostgreSQL database with PostGIS, shared by every process that points at it.
 * Opened from {@code postgis://user[:password]@host[:port]/database} or a {@code jdbc:postgresql://...} URL;
 * without a password in the location the PostgreSQL driver falls back to {@code ~/.pgpass}.
 */
public final class PostgisStore extends JdbcPlannerStore {
    private static final int DEFAULT_PORT = 5432;

    private PostgisStore(HikariDataSource pool, Clock clock) {
        super(pool, new PostgisDialect(), clock, pool::close);
    }

    /** True when {@code location} names a PostGIS database rather than an embedded store folder. */
    public static boolean isPostgisLocation(String location) {
        String lower = location.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgis://") || lower.startsWith("jdbc:postgresql:");
    }

    /**
     * Opens the store in the database at {@code location}, creating the schema when missing.
     *
     * @throws IllegalArgumentException when the location is not a valid PostGIS location
     * @throws StoreException when the database cannot be reached or prepared
     */
    public static PostgisStore open(String location, Clock clock) {
        Target target = parse(location.trim());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(1);
        config.setPoolName("nsp-postgis");
        // fail with a message at once, not after Hikari's 30 s wait, when the server is down
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the PostGIS store " + target.display() + ": "
                    + rootMessage(e), e);
        }
        try {
            return new PostgisStore(pool, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens the store with the system clock. */
    public static PostgisStore open(String location) {
        return open(location, Clock.systemUTC());
    }

    /** A JDBC URL with optional user and password, plus the location without password for messages. */
    record Target(String jdbcUrl, String user, String password, String display) {
    }

    static Target parse(String location) {
        if (location.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            return new Target(location, null, null, location.replaceAll("(?i)password=[^&]*", "password=***"));
        }
        if (!location.toLowerCase(Locale.ROOT).startsWith("postgis://")) {
            throw new IllegalArgumentException("not a PostGIS location: " + location
                    + " (expected postgis://user[:password]@host[:port]/database or jdbc:postgresql://...)");
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid PostGIS location " + location + ": " + e.getReason(), e);
        }
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("invalid PostGIS location " + uri.getScheme() + "://"
                    + (uri.getHost() == null ? "?" : uri.getHost()) + "/" + database
                    + ": expected postgis://user[:password]@host[:port]/database");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length == 2 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String hostPort = uri.getHost() + ":" + port;
        String jdbc = "jdbc:postgresql://" + hostPort + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String display = "postgis://" + (user == null ? "" : user + "@") + hostPort + "/" + database;
        return new Target(jdbc, user, password, display);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
