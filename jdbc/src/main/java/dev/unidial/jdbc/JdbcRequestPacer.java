package dev.unidial.jdbc;

import dev.unidial.ApiConnectionException;
import dev.unidial.RequestPacer;
import dev.unidial.Sleeper;
import dev.unidial.http.Deadline;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * A {@link RequestPacer} every instance of an application shares through PostgreSQL, so that
 * together they stay within a vendor's limit: four instances each pacing Kore.ai at 60 a
 * minute on their own would send 240. It is Bucket4j's token bucket, kept in table
 * {@code unidial_pacer} under {@code SELECT … FOR UPDATE}, one row per bucket name.
 *
 * <p>The limit holds in every sliding window, not only per window: a bucket of {@code n}
 * tokens refilled all at once would allow nearly {@code 2n} across a window's edge. So the
 * bucket holds {@code n / 6} tokens (a burst) and refills {@code n − n / 6} evenly over the
 * window: whatever window one looks at, at most {@code n} requests fall in it. A wait longer
 * than the calling thread's {@link Deadline} is not taken, and nothing is reserved for it;
 * asynchronous callers wait on a scheduled delay, holding no thread. Thread-safe.
 */
public final class JdbcRequestPacer implements RequestPacer {
    private final BucketProxy bucket;
    private final String name;
    private final int perWindow;
    private final Sleeper sleeper;

    private JdbcRequestPacer(DataSource dataSource, String name, int perWindow, Duration window, Sleeper sleeper) {
        this.name = Objects.requireNonNull(name, "name");
        if (perWindow < 2) {
            throw new IllegalArgumentException("perWindow must be at least 2, but is " + perWindow);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, but is " + window);
        }
        this.perWindow = perWindow;
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        int burst = Math.max(1, perWindow / 6);
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perWindow - burst, window))
                .build();
        this.bucket = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(Objects.requireNonNull(dataSource, "dataSource"))
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("unidial_pacer").idColumn("id").stateColumn("state")
                .build().builder().build(name, () -> config);
    }

    /**
     * {@return a pacer allowing at most {@code perMinute} requests in any minute, across every
     * client (in every instance) that uses the bucket of this name}
     *
     * @param dataSource a pooled data source of a PostgreSQL database
     * @param name the bucket's name: one per vendor account, such as {@code kore:<account id>}
     * @param perMinute the vendor's limit, such as Kore.ai's 60
     */
    public static JdbcRequestPacer perMinute(DataSource dataSource, String name, int perMinute) {
        return new JdbcRequestPacer(dataSource, name, perMinute, Duration.ofMinutes(1), Sleeper.system());
    }

    /**
     * {@return a pacer allowing at most {@code perWindow} requests in any {@code window}}
     *
     * @param dataSource a pooled data source of a PostgreSQL database
     * @param name the bucket's name
     * @param perWindow the limit, at least 2
     * @param window the window it holds in
     * @param sleeper how waits are made (the system's, or a test's)
     */
    public static JdbcRequestPacer create(DataSource dataSource, String name, int perWindow, Duration window,
            Sleeper sleeper) {
        return new JdbcRequestPacer(dataSource, name, perWindow, window, sleeper);
    }

    /**
     * Creates the pacer's table if it is missing.
     *
     * @param dataSource a pooled data source of a PostgreSQL database
     */
    public static void createSchema(DataSource dataSource) {
        Sql.runSchema(dataSource, "pacer.sql");
    }

    @Override
    public void acquire() {
        while (true) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return;
            }
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            Deadline deadline = Deadline.current().orElse(null);
            if (deadline != null && !deadline.allows(wait)) {
                throw new Deadline.ExceededException("Staying under " + perWindow + " requests (bucket " + name
                        + ") needs a wait of " + wait.toMillis() + " ms, longer than the time left; nothing was sent.");
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException("Interrupted while waiting to stay under " + perWindow
                        + " requests (bucket " + name + "); nothing was sent.", e, false, false);
            }
            if (deadline != null) {
                deadline.spend(wait);
            }
        }
    }

    @Override
    public CompletableFuture<Void> acquireAsync() {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return CompletableFuture.completedFuture(null);
        }
        return sleeper.delay(Duration.ofNanos(probe.getNanosToWaitForRefill())).thenCompose(v -> acquireAsync());
    }

    @Override
    public String toString() {
        return "JdbcRequestPacer[" + name + ", " + perWindow + " per window]";
    }
}
