package nl.nsp.planner.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded store: an H2GIS file database {@code nsp.mv.db} inside a folder (default {@code ./var/store}),
 * needing no server. Only one process may open the folder at a time. Every commit is in the file when it returns, so
 * it survives the process being killed; H2 does not sync the file to the disk at every commit, so a power failure or
 * an operating-system crash can still lose the last ones (the PostGIS store does not).
 */
public final class H2gisStore extends JdbcPlannerStore {
    /** File name (without H2's {@code .mv.db}) of the database inside the store folder. */
    public static final String DATABASE_NAME = "nsp";

    private H2gisStore(JdbcConnectionPool pool, Clock clock) {
        super(pool, new H2gisDialect(), clock, pool::dispose);
    }

    /**
     * Opens the store in {@code folder}, creating the folder, database and schema when missing.
     *
     * @throws StoreException when the database cannot be opened (e.g. locked by another process)
     */
    public static H2gisStore open(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + folder, e);
        }
        // WRITE_DELAY=0: H2 writes a commit to the file before it returns. Its default (up to 500 ms later, from a
        // background thread) lost acknowledged saves when the server was killed (EmbeddedCrashIT).
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        try {
            return new H2gisStore(pool, clock);
        } catch (StoreException e) {
            pool.dispose();
            if (inUse(e)) {
                throw new StoreException("the embedded store in " + folder + " is in use by another process (a running "
                        + "server?): stop that first, or use a PostGIS store, which many processes can share", e);
            }
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** True when H2 refused the file because another process has it open (error 90020). */
    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    /** Opens the store in {@code folder} with the system clock. */
    public static H2gisStore open(Path folder) {
        return open(folder, Clock.systemUTC());
    }
}
