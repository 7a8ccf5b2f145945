package dev.unidial.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the JDBC classes share: the schema that ships in the jar, and transactions. */
final class Sql {
    private Sql() {}

    /** Runs one of the jar's schema files, statement by statement; each creates a table only if it is missing. */
    static void runSchema(DataSource dataSource, String resource) {
        String script;
        try (InputStream in = Sql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is not in the jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the schema " + resource, e);
        }
        inTransaction(dataSource, c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            return null;
        });
    }

    /** Work in one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException(e);
        }
    }
}
