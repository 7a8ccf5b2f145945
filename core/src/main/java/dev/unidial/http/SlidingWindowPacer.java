package dev.unidial.http;

import dev.unidial.ApiConnectionException;
import dev.unidial.RequestPacer;
import dev.unidial.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps a client under a vendor's per-minute request limit (Kore allows 60 a minute per
 * account) by waiting before a request that would exceed it, instead of running into 429s:
 * a sliding window of the last minute's send times. Shared by every request of one client,
 * in this process ({@link #perMinute}).
 */
public final class SlidingWindowPacer implements RequestPacer {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> sent = new ArrayDeque<>();

    /**
     * {@return a pacer that lets at most {@code perMinute} requests start in any minute, in
     * this process}
     *
     * @param perMinute the most requests a minute, at least 1
     * @param clock what "now" is
     * @param sleeper how to wait
     * @throws IllegalArgumentException if {@code perMinute} is below 1
     */
    public static SlidingWindowPacer perMinute(int perMinute, Clock clock, Sleeper sleeper) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, but is " + perMinute);
        }
        return new SlidingWindowPacer(perMinute, clock, sleeper);
    }

    private SlidingWindowPacer(int perMinute, Clock clock, Sleeper sleeper) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void acquire() {
        Optional<Deadline> deadline = Deadline.current();
        for (Optional<Wait> wait = tryAcquire(); wait.isPresent(); wait = tryAcquire()) {
            Wait w = wait.get();
            if (deadline.isPresent() && !deadline.get().allows(w.duration())) {
                throw new Deadline.ExceededException("Staying under " + perMinute + " requests a minute needs a wait of "
                        + w.duration().toMillis() + " ms, longer than the time left; nothing was sent.");
            }
            try {
                sleeper.sleep(w.duration());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException("Interrupted while waiting to stay under " + perMinute
                        + " requests a minute; nothing was sent.", e, false, false);
            }
            deadline.ifPresent(d -> d.spend(w.duration()));
            waited(w);
        }
    }

    @Override
    public CompletableFuture<Void> acquireAsync() {
        Optional<Wait> wait = tryAcquire();
        if (wait.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Wait w = wait.get();
        return sleeper.delay(w.duration()).thenCompose(v -> {
            waited(w);
            return acquireAsync();
        });
    }

    /** How long to wait for room, and the send whose leaving the window makes it. */
    private record Wait(Duration duration, Instant oldest) {}

    /** Counts a request that fits now (empty), or says how long to wait. */
    private synchronized Optional<Wait> tryAcquire() {
        Instant now = clock.instant();
        while (!sent.isEmpty() && !sent.peekFirst().plus(WINDOW).isAfter(now)) {
            sent.removeFirst();
        }
        if (sent.size() < perMinute) {
            sent.addLast(now);
            return Optional.empty();
        }
        Instant oldest = sent.peekFirst();
        return Optional.of(new Wait(Duration.between(now, oldest.plus(WINDOW)), oldest));
    }

    /**
     * After a wait, the oldest send has left the window, even by a clock that a test's sleeper
     * does not move; another waiting caller may have removed it already.
     */
    private synchronized void waited(Wait w) {
        if (sent.peekFirst() == w.oldest()) {
            sent.removeFirst();
        }
    }
}
