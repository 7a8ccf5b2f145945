package dev.unidial.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignStatus;
import dev.unidial.TargetOutcome;
import dev.unidial.internal.Violations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * The {@link CampaignJournal} in PostgreSQL, shared by every instance of an application:
 * {@code unidial_journal} (a row per key: claimed with {@code INSERT … ON CONFLICT}, decided
 * under {@code SELECT … FOR UPDATE}), {@code unidial_journal_chunk} (a row per chunk of a
 * CallKaro fan-out, leased with {@code SELECT … FOR UPDATE SKIP LOCKED}) and
 * {@code unidial_journal_target} (a row per target). Leases are read by the database's clock,
 * so instances whose clocks differ agree. Each call is one transaction; a record is committed
 * before the request it describes is sent.
 *
 * <p>The journal holds phone numbers (no variables) until {@link #forget} or
 * {@link #purgeOlderThan}. Bring the driver and a connection pool; {@link #createSchema()}
 * creates the tables when they are missing. Thread-safe.
 */
public final class JdbcCampaignJournal implements CampaignJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many targets {@link #outcomes} reads in one query: memory stays constant whatever the audience. */
    private static final int PAGE = 1000;

    private final DataSource dataSource;
    private final Duration lease;

    private JdbcCampaignJournal(DataSource dataSource, Duration lease) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("lease must be at least one second, but is " + lease);
        }
    }

    /**
     * {@return a journal in this database, with claims lasting {@link CampaignJournal#DEFAULT_LEASE}}
     *
     * @param dataSource a pooled data source of a PostgreSQL database
     */
    public static JdbcCampaignJournal create(DataSource dataSource) {
        return new JdbcCampaignJournal(dataSource, DEFAULT_LEASE);
    }

    /**
     * {@return a journal in this database whose claims last this long without renewal}
     *
     * @param dataSource a pooled data source of a PostgreSQL database
     * @param lease how long a claim lasts: an instance that died loses it after that
     */
    public static JdbcCampaignJournal create(DataSource dataSource, Duration lease) {
        return new JdbcCampaignJournal(dataSource, lease);
    }

    /** {@return this journal, once its tables exist (each is created only when missing)} */
    public JdbcCampaignJournal createSchema() {
        Sql.runSchema(dataSource, "journal.sql");
        return this;
    }

    /**
     * Forgets every key not touched for this long, with its targets' numbers.
     *
     * @param age how long a key may stay untouched
     * @return how many keys were forgotten
     */
    public int purgeOlderThan(Duration age) {
        return Sql.inTransaction(dataSource, c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT idem_key FROM unidial_journal"
                    + " WHERE updated_at < now() - (? * INTERVAL '1 millisecond')")) {
                s.setLong(1, age.toMillis());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                    }
                }
            }
            for (String k : keys) {
                delete(c, k);
            }
            return keys.size();
        });
    }

    @Override
    public Duration lease() {
        return lease;
    }

    private static Timestamp until(Connection c, Duration lease) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT now() + (? * INTERVAL '1 millisecond')")) {
            s.setLong(1, lease.toMillis());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getTimestamp(1);
            }
        }
    }

    /** A key's row, locked for the rest of the transaction. */
    private record Row(String fingerprint, State state, String owner, boolean leaseLive, Map<String, String> steps,
            Optional<JournaledCampaign> campaign, OptionalLong audienceSize, Optional<Instant> leaseUntil) {}

    private static Optional<Row> lockRow(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT fingerprint, state, owner, lease_until > now(), steps,"
                + " campaign, audience_size, lease_until FROM unidial_journal WHERE idem_key = ? FOR UPDATE")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long size = r.getLong(7);
                OptionalLong audience = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(size);
                Timestamp leaseUntil = r.getTimestamp(8);
                return Optional.of(new Row(r.getString(1), State.valueOf(r.getString(2)), r.getString(3), r.getBoolean(4),
                        steps(r.getString(5)), Optional.ofNullable(r.getString(6)).map(JdbcCampaignJournal::campaign),
                        audience, Optional.ofNullable(leaseUntil).map(Timestamp::toInstant)));
            }
        }
    }

    private static Entry entry(String key, Row row) {
        return new Entry(key, row.fingerprint(), row.state(), Optional.ofNullable(row.owner()), row.leaseUntil(),
                row.steps(), row.campaign(), row.audienceSize());
    }

    @Override
    public Claim begin(String key, String fingerprint, String owner) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unidial_journal (idem_key, fingerprint, state,"
                    + " owner, lease_until) VALUES (?, ?, 'SENDING', ?, ?) ON CONFLICT (idem_key) DO NOTHING")) {
                s.setString(1, key);
                s.setString(2, fingerprint);
                s.setString(3, owner);
                s.setTimestamp(4, until(c, lease));
                if (s.executeUpdate() == 1) {
                    return new Claim(ClaimResult.NEW, Optional.empty());
                }
            }
            Row row = lockRow(c, key).orElseThrow(() -> new IllegalStateException("the key's row went away"));
            Entry entry = entry(key, row);
            if (!row.fingerprint().equals(fingerprint)) {
                return new Claim(ClaimResult.MISMATCH, Optional.of(entry));
            }
            if (row.state() == State.DONE) {
                return new Claim(ClaimResult.DONE, Optional.of(entry));
            }
            if (row.state() == State.CREATED) {
                return new Claim(ClaimResult.CREATED, Optional.of(entry));
            }
            if (row.owner() != null && !row.owner().equals(owner) && row.leaseLive()) {
                return new Claim(ClaimResult.IN_FLIGHT, Optional.of(entry));
            }
            update(c, "UPDATE unidial_journal SET owner = ?, lease_until = ?, updated_at = now() WHERE idem_key = ?",
                    owner, until(c, lease), key);
            return new Claim(ClaimResult.TAKEN_OVER, Optional.of(entry));
        });
    }

    @Override
    public void step(String key, String owner, String name, String value) {
        Sql.inTransaction(dataSource, c -> {
            Row row = requireOwner(c, key, owner);
            Map<String, String> steps = new LinkedHashMap<>(row.steps());
            steps.put(name, value);
            update(c, "UPDATE unidial_journal SET steps = ?, lease_until = ?, updated_at = now() WHERE idem_key = ?",
                    json(steps), until(c, lease), key);
            return null;
        });
    }

    private static Row requireOwner(Connection c, String key, String owner) throws SQLException {
        Optional<Row> row = lockRow(c, key);
        if (row.isEmpty() || row.get().state() != State.SENDING || !owner.equals(row.get().owner())) {
            throw new IllegalStateException("The claim on idempotency key '" + Violations.printable(key)
                    + "' was lost (its lease ran out and another instance took it over): nothing more is sent.");
        }
        return row.get();
    }

    @Override
    public void created(String key, String owner, JournaledCampaign campaign) {
        Sql.inTransaction(dataSource, c -> {
            requireOwner(c, key, owner);
            update(c, "UPDATE unidial_journal SET state = 'CREATED', campaign = ?, owner = NULL, lease_until = NULL,"
                    + " updated_at = now() WHERE idem_key = ?", json(campaign), key);
            return null;
        });
    }

    @Override
    public void done(String key, JournaledCampaign campaign) {
        Sql.inTransaction(dataSource, c -> update(c, "UPDATE unidial_journal SET state = 'DONE', campaign = ?,"
                + " owner = NULL, lease_until = NULL, updated_at = now() WHERE idem_key = ?", json(campaign), key));
    }

    @Override
    public void settle(String key, String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        String campaign = json(new JournaledCampaign(campaignId, "", "", CampaignStatus.UNKNOWN, "", OptionalLong.empty(),
                List.of()));
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unidial_journal (idem_key, fingerprint, state,"
                    + " campaign) VALUES (?, '', 'DONE', ?) ON CONFLICT (idem_key) DO UPDATE SET state = 'DONE',"
                    + " campaign = EXCLUDED.campaign, owner = NULL, lease_until = NULL, updated_at = now()")) {
                s.setString(1, key);
                s.setString(2, campaign);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void release(String key, String owner) {
        Sql.inTransaction(dataSource, c -> {
            Optional<Row> row = lockRow(c, key);
            if (row.isEmpty() || row.get().state() != State.SENDING || !owner.equals(row.get().owner())) {
                return null;
            }
            if (row.get().steps().isEmpty()) {
                delete(c, key);
            } else {
                update(c, "UPDATE unidial_journal SET owner = NULL, lease_until = NULL, updated_at = now()"
                        + " WHERE idem_key = ?", key);
            }
            return null;
        });
    }

    @Override
    public void forget(String key) {
        Sql.inTransaction(dataSource, c -> {
            delete(c, key);
            return null;
        });
    }

    private static void delete(Connection c, String key) throws SQLException {
        for (String table : List.of("unidial_journal_target", "unidial_journal_chunk", "unidial_journal")) {
            update(c, "DELETE FROM " + table + " WHERE idem_key = ?", key);
        }
    }

    @Override
    public Optional<Entry> entry(String key) {
        return Sql.inTransaction(dataSource, c -> lockRow(c, key).map(r -> entry(key, r)));
    }

    @Override
    public OptionalLong claimChunk(String key, String owner) {
        return Sql.inTransaction(dataSource, c -> {
            Row row = lockRow(c, key).orElseThrow(() -> new IllegalStateException("no create under the key"));
            try (PreparedStatement s = c.prepareStatement("SELECT chunk FROM unidial_journal_chunk WHERE idem_key = ?"
                    + " AND NOT done AND (lease_until IS NULL OR lease_until <= now()) ORDER BY chunk LIMIT 1"
                    + " FOR UPDATE SKIP LOCKED")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        long chunk = r.getLong(1);
                        update(c, "UPDATE unidial_journal_chunk SET owner = ?, lease_until = ? WHERE idem_key = ?"
                                + " AND chunk = ?", owner, until(c, lease), key, chunk);
                        return OptionalLong.of(chunk);
                    }
                }
            }
            long next;
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(chunk) + 1, 0) FROM unidial_journal_chunk"
                    + " WHERE idem_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    next = r.getLong(1);
                }
            }
            if (row.audienceSize().isPresent() && next * CHUNK_SIZE >= row.audienceSize().getAsLong()) {
                return OptionalLong.empty();
            }
            // The key's row is locked: no other instance adds a chunk meanwhile.
            update(c, "INSERT INTO unidial_journal_chunk (idem_key, chunk, owner, lease_until) VALUES (?, ?, ?, ?)",
                    key, next, owner, until(c, lease));
            return OptionalLong.of(next);
        });
    }

    @Override
    public boolean renewChunk(String key, long chunk, String owner) {
        return Sql.inTransaction(dataSource, c -> update(c, "UPDATE unidial_journal_chunk SET lease_until = ?"
                + " WHERE idem_key = ? AND chunk = ? AND owner = ? AND NOT done", until(c, lease), key, chunk, owner) == 1);
    }

    @Override
    public void releaseChunk(String key, long chunk, String owner) {
        Sql.inTransaction(dataSource, c -> update(c, "UPDATE unidial_journal_chunk SET owner = NULL, lease_until = NULL"
                + " WHERE idem_key = ? AND chunk = ? AND owner = ? AND NOT done", key, chunk, owner));
    }

    @Override
    public void reopenChunk(String key, long chunk) {
        Sql.inTransaction(dataSource, c -> update(c, "UPDATE unidial_journal_chunk SET done = FALSE, owner = NULL,"
                + " lease_until = NULL WHERE idem_key = ? AND chunk = ? AND done", key, chunk));
    }

    @Override
    public void chunkDone(String key, long chunk, String owner) {
        Sql.inTransaction(dataSource, c -> update(c, "UPDATE unidial_journal_chunk SET done = TRUE WHERE idem_key = ?"
                + " AND chunk = ? AND owner = ?", key, chunk, owner));
    }

    @Override
    public boolean allChunksDone(String key) {
        return Sql.inTransaction(dataSource, c -> {
            Optional<Row> row = lockRow(c, key);
            if (row.isEmpty() || row.get().audienceSize().isEmpty()) {
                return false;
            }
            long chunks = (row.get().audienceSize().getAsLong() + CHUNK_SIZE - 1) / CHUNK_SIZE;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM unidial_journal_chunk WHERE idem_key = ?"
                    + " AND chunk < ? AND done")) {
                s.setString(1, key);
                s.setLong(2, chunks);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) == chunks;
                }
            }
        });
    }

    @Override
    public void audienceEnd(String key, long size) {
        Sql.inTransaction(dataSource, c -> update(c, "UPDATE unidial_journal SET audience_size = ?, updated_at = now()"
                + " WHERE idem_key = ?", size, key));
    }

    @Override
    public void intent(String key, long index, String phone) {
        Sql.inTransaction(dataSource, c -> update(c, "INSERT INTO unidial_journal_target (idem_key, idx, phone)"
                + " VALUES (?, ?, ?) ON CONFLICT (idem_key, idx) DO UPDATE SET phone = EXCLUDED.phone, state = NULL,"
                + " call_id = NULL, error_type = NULL, error_message = NULL", key, index, phone));
    }

    @Override
    public void outcome(String key, TargetOutcome o) {
        TargetRecord r = TargetRecord.of(o);
        Sql.inTransaction(dataSource, c -> update(c, "INSERT INTO unidial_journal_target (idem_key, idx, phone, state,"
                + " call_id, error_type, error_message) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idem_key, idx) DO UPDATE"
                + " SET state = EXCLUDED.state, call_id = EXCLUDED.call_id, error_type = EXCLUDED.error_type,"
                + " error_message = EXCLUDED.error_message", key, r.index(), r.phone(), o.state().name(),
                r.callId().orElse(null), r.errorType().orElse(null), r.errorMessage().orElse(null)));
    }

    @Override
    public Map<Long, TargetRecord> targets(String key, long chunk) {
        return Sql.inTransaction(dataSource, c -> targets(c, key, chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE));
    }

    private static TreeMap<Long, TargetRecord> targets(Connection c, String key, long from, long to) throws SQLException {
        TreeMap<Long, TargetRecord> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT idx, phone, state, call_id, error_type, error_message"
                + " FROM unidial_journal_target WHERE idem_key = ? AND idx >= ? AND idx < ? ORDER BY idx")) {
            s.setString(1, key);
            s.setLong(2, from);
            s.setLong(3, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String state = r.getString(3);
                    out.put(r.getLong(1), new TargetRecord(r.getLong(1), r.getString(2),
                            Optional.ofNullable(state).map(TargetOutcome.State::valueOf), Optional.ofNullable(r.getString(4)),
                            Optional.ofNullable(r.getString(5)), Optional.ofNullable(r.getString(6))));
                }
            }
        }
        return out;
    }

    @Override
    public Stream<TargetOutcome> outcomes(String key) {
        Iterator<TargetRecord> pages = new Iterator<>() {
            private long from;
            private Iterator<TargetRecord> page = List.<TargetRecord>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<TargetRecord> rows = Sql.inTransaction(dataSource, c -> {
                        List<TargetRecord> out = new ArrayList<>();
                        try (PreparedStatement s = c.prepareStatement("SELECT idx FROM unidial_journal_target"
                                + " WHERE idem_key = ? AND idx >= ? ORDER BY idx LIMIT " + PAGE)) {
                            s.setString(1, key);
                            s.setLong(2, from);
                            long hi = -1;
                            try (ResultSet r = s.executeQuery()) {
                                while (r.next()) {
                                    hi = r.getLong(1);
                                }
                            }
                            if (hi >= 0) {
                                out.addAll(targets(c, key, from, hi + 1).values());
                            }
                        }
                        return out;
                    });
                    last = rows.size() < PAGE;
                    if (!rows.isEmpty()) {
                        from = rows.get(rows.size() - 1).index() + 1;
                    }
                    page = rows.iterator();
                }
                return page.hasNext();
            }

            @Override
            public TargetRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .map(TargetRecord::toOutcome);
    }

    @Override
    public String toString() {
        return "JdbcCampaignJournal[lease=" + lease + "]";
    }

    // ---- values ----

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else {
                    s.setObject(i + 1, v);
                }
            }
            return s.executeUpdate();
        }
    }

    private static Map<String, String> steps(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        read(json).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String json(Map<String, String> steps) {
        ObjectNode n = JSON.createObjectNode();
        steps.forEach(n::put);
        return n.toString();
    }

    private static String json(JournaledCampaign c) {
        return c.toJson();
    }

    private static JournaledCampaign campaign(String json) {
        return JournaledCampaign.fromJson(json);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal row holds text that is not JSON", e);
        }
    }
}
