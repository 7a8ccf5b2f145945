package dev.unidial.http;

import dev.unidial.ApiConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps a client under a vendor's per-minute request limit (Kore allows 60 a minute per
 * account) by waiting before a request that would exceed it, instead of running into 429s:
 * a sliding window of the last minute's send times. Shared by every request of one client.
 */
final class RequestPacer {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> sent = new ArrayDeque<>();

    RequestPacer(int perMinute, Clock clock, Sleeper sleeper) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits, if needed, until one more request fits in the last minute, and counts it. */
    void acquire() {
        while (true) {
            Instant oldest;
            Duration wait;
            synchronized (this) {
                Instant now = clock.instant();
                while (!sent.isEmpty() && !sent.peekFirst().plus(WINDOW).isAfter(now)) {
                    sent.removeFirst();
                }
                if (sent.size() < perMinute) {
                    sent.addLast(now);
                    return;
                }
                oldest = sent.peekFirst();
                wait = Duration.between(now, oldest.plus(WINDOW));
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException("Interrupted while waiting to stay under " + perMinute
                        + " requests a minute; nothing was sent.", e, false, false);
            }
            synchronized (this) {
                // The oldest send has now left the window, even by a clock that a test's sleeper
                // does not move; another waiting thread may have removed it already.
                if (sent.peekFirst() == oldest) {
                    sent.removeFirst();
                }
            }
        }
    }
}
