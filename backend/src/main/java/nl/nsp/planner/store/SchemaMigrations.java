package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades a store's schema with the versioned Flyway migrations of its dialect
 * ({@code db/<dialect>/migration/V<n>__*.sql}); the applied versions are in table {@value #HISTORY_TABLE}.
 *
 * <p>A store made before the migrations existed holds exactly the version-1 tables but no history: it is marked
 * as being at version 1 and upgraded from there. A fresh database may already hold the spatial extension's own
 * tables (PostGIS {@code spatial_ref_sys}), so an unversioned schema is baselined at version 0 and every migration
 * runs.
 */
final class SchemaMigrations {
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /**
     * Brings the schema up to the newest migration, each migration in its own transaction.
     *
     * @return the schema version afterwards
     * @throws StoreException when a migration fails (the failed one is rolled back) or the schema is newer than
     *                        this program knows
     */
    static String migrate(DataSource dataSource, SpatialDialect dialect) {
        try {
            if (!tableExists(dataSource, HISTORY_TABLE) && tableExists(dataSource, "nsp_meta")) {
                configure(dataSource, dialect, "1").load().baseline();
                LOG.info("store schema from before versioned migrations marked as version 1");
            }
            MigrateResult result = configure(dataSource, dialect, "0").baselineOnMigrate(true).load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("store schema migrated from version {} to {} ({} migrations)", result.initialSchemaVersion,
                        result.targetSchemaVersion, result.migrationsExecuted);
            }
            return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the store schema up to date: " + e.getMessage(), e);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource,
            SpatialDialect dialect, String baselineVersion) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .table(HISTORY_TABLE)
                .baselineVersion(baselineVersion)
                .baselineDescription(baselineVersion.equals("0") ? "empty database" : "store made before versioned migrations")
                // not "*:future" (Flyway's default): an older program must refuse a store a newer one has migrated
                .ignoreMigrationPatterns("*:pending")
                .validateOnMigrate(true)
                .cleanDisabled(true);
    }

    private static boolean tableExists(DataSource dataSource, String name) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String candidate : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's tables", e);
        }
    }
}
