package dev.unidial.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One real PostgreSQL for this test JVM, started from a jar, with Unidial's tables created. */
final class Postgres {
    private static EmbeddedPostgres server;

    private Postgres() {}

    static synchronized DataSource dataSource() {
        if (server == null) {
            try {
                // A test database: no sync to disk, so that thousands of small commits stay fast.
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            DataSource ds = server.getPostgresDatabase();
            JdbcCampaignJournal.create(ds).createSchema();
            JdbcCallEventStore.create(ds).createSchema();
            JdbcRequestPacer.createSchema(ds);
        }
        return server.getPostgresDatabase();
    }

    /** {@return the JDBC URL another process can reach the same database with} */
    static String url() {
        dataSource();
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** {@return a data source for a JDBC URL, as a child process makes one} */
    static DataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        return ds;
    }
}
