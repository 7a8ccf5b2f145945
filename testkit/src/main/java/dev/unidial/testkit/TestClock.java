package dev.unidial.testkit;

import dev.unidial.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Time that moves only when a test moves it, shared by a client and the code around it: give
 * a client its {@link #clock()} and its {@link #sleeper()}, and every wait the client makes
 * (retry backoffs, {@code Retry-After}, pacing, {@code awaitStatus} polls) advances the clock
 * at once instead of sleeping. A test of a two-hour {@code awaitStatus} takes milliseconds.
 *
 * <pre>{@code
 * TestClock time = TestClock.at(Instant.parse("2030-01-06T09:00:00Z"));
 * KoreClient kore = KoreClient.builder()...clock(time.clock()).sleeper(time.sleeper()).build();
 * kore.awaitStatus(id, Set.of(CampaignStatus.COMPLETED), Duration.ofHours(2));
 * time.now();   // as much later as the client waited
 * }</pre>
 *
 * Thread-safe.
 */
public final class TestClock {
    private final AtomicReference<Instant> now;
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();

    private TestClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /**
     * {@return a clock that reads this instant until it is moved}
     *
     * @param start the time it starts at
     */
    public static TestClock at(Instant start) {
        return new TestClock(start);
    }

    /** {@return the current time} */
    public Instant now() {
        return now.get();
    }

    /**
     * Moves the time forward.
     *
     * @param duration how far, not negative
     * @return this clock
     * @throws IllegalArgumentException if the duration is negative
     */
    public TestClock advance(Duration duration) {
        if (Objects.requireNonNull(duration, "duration").isNegative()) {
            throw new IllegalArgumentException("time only moves forward, but the duration is " + duration);
        }
        Instant moved = now.updateAndGet(t -> t.plus(duration));
        listeners.forEach(l -> l.accept(moved));
        return this;
    }

    /** Calls the listener with the new time after each {@link #advance}: how simulators redeliver on this clock. */
    void onAdvance(Consumer<Instant> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** {@return a {@link Clock} in UTC that reads this time} */
    public Clock clock() {
        return new View(ZoneOffset.UTC);
    }

    /** {@return a sleeper that advances this time by each wait instead of waiting} */
    public Sleeper sleeper() {
        return new Sleeper() {
            @Override
            public void sleep(Duration duration) {
                advance(duration);
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                advance(duration);
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + "]";
    }

    /** The clock's view of the shared time, in a zone. */
    private final class View extends Clock {
        private final ZoneId zone;

        View(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new View(zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
