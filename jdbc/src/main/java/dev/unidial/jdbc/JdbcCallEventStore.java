package dev.unidial.jdbc;

import dev.unidial.CallEventDeduplicator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The {@link CallEventDeduplicator.Store} in PostgreSQL, shared by every instance that receives
 * webhooks: table {@code unidial_call_event}, a row per event key. A claim is one
 * {@code INSERT … ON CONFLICT DO UPDATE … WHERE} (a new key, or a claim whose lease ran out
 * without being completed); leases are read by the database's clock. Use it with
 * {@code CallEventDeduplicator.over(JdbcCallEventStore.create(dataSource).createSchema())}.
 * Thread-safe.
 */
public final class JdbcCallEventStore implements CallEventDeduplicator.Store {
    private final DataSource dataSource;

    private JdbcCallEventStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * {@return a store in this database}
     *
     * @param dataSource a pooled data source of a PostgreSQL database
     */
    public static JdbcCallEventStore create(DataSource dataSource) {
        return new JdbcCallEventStore(dataSource);
    }

    /** {@return this store, once its table exists (created only when missing)} */
    public JdbcCallEventStore createSchema() {
        Sql.runSchema(dataSource, "call-events.sql");
        return this;
    }

    @Override
    public boolean claim(String key, Duration lease) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unidial_call_event (event_key, lease_until)"
                    + " VALUES (?, now() + (? * INTERVAL '1 millisecond')) ON CONFLICT (event_key) DO UPDATE"
                    + " SET lease_until = EXCLUDED.lease_until, updated_at = now()"
                    + " WHERE NOT unidial_call_event.handled AND unidial_call_event.lease_until <= now()")) {
                s.setString(1, key);
                s.setLong(2, lease.toMillis());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void complete(String key) {
        run("UPDATE unidial_call_event SET handled = TRUE, lease_until = NULL, updated_at = now() WHERE event_key = ?", key);
    }

    @Override
    public void release(String key) {
        run("DELETE FROM unidial_call_event WHERE event_key = ? AND NOT handled", key);
    }

    @Override
    public boolean handled(String key) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT handled FROM unidial_call_event WHERE event_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && r.getBoolean(1);
                }
            }
        });
    }

    /**
     * Forgets events handled (or claimed) longer ago than this: a redelivery after that runs the handler again.
     *
     * @param age how long to remember an event
     * @return how many events were forgotten
     */
    public int purgeOlderThan(Duration age) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM unidial_call_event"
                    + " WHERE updated_at < now() - (? * INTERVAL '1 millisecond')")) {
                s.setLong(1, age.toMillis());
                return s.executeUpdate();
            }
        });
    }

    private void run(String sql, String key) {
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, key);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcCallEventStore";
    }
}
