package dev.unidial;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps a client's requests under a vendor's rate limit by waiting before a request that would
 * pass it, instead of running into 429s (Kore.ai allows 60 a minute per account). Every
 * request of a client goes through its pacer, retries included. {@link dev.unidial.http.SlidingWindowPacer#perMinute} paces
 * the clients of one process; {@code JdbcRequestPacer} in {@code unidial-jdbc} paces every
 * instance that shares a PostgreSQL database. Give one to a client with
 * {@code requestPacer(...)} on its builder.
 *
 * <p>Implementations are thread-safe and honour the calling thread's {@link dev.unidial.http.Deadline}: a wait
 * longer than the time left is not taken, and nothing is reserved for it.
 */
public interface RequestPacer {
    /**
     * Waits, if needed, until one more request may be sent, and counts it.
     *
     * @throws dev.unidial.http.Deadline.ExceededException if the calling thread's {@link dev.unidial.http.Deadline} has less time
     *     left than the wait: nothing was reserved
     * @throws dev.unidial.ApiConnectionException if interrupted while waiting
     */
    void acquire();

    /**
     * {@return a future completed once one more request may be sent, and counted} The wait
     * holds no thread (a scheduled delay).
     */
    CompletableFuture<Void> acquireAsync();
}
