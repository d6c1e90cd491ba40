package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs JDBC work on a connection of the store: a plain read, or one transaction that commits or rolls back whole. */
final class JdbcWork {
    private JdbcWork() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T read(DataSource dataSource, String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }

    /**
     * Runs {@code work} in one transaction.
     *
     * @param failure the message of the {@link StoreException} when the database fails (the transaction is rolled
     *                back, so it should say that nothing was changed)
     */
    static <T> T transaction(DataSource dataSource, String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }
}
