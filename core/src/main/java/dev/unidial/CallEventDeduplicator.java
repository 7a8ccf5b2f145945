package dev.unidial;

import dev.unidial.internal.Sha256;
import dev.unidial.internal.Violations;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a webhook handler once per call event: vendors deliver again when an answer is slow or
 * not 2xx, and an application runs several instances. Keyed on {@link CallEvent#provider()}
 * and {@link CallEvent#eventId()}.
 *
 * <p>{@link #handleOnce} claims the event, runs the handler, and only then marks the event
 * handled: a handler that throws lets the claim go, so the vendor's redelivery runs it again.
 * A delivery that arrives while the same event is being handled (by another thread, or
 * another instance over a shared {@link Store}) gets {@link EventInFlightException}: answer it
 * with 503, so that the vendor keeps the event and retries. A claim lasts
 * {@link #DEFAULT_LEASE} unless {@link #withLease} says otherwise; the claim of an instance
 * that died is taken over after it.
 *
 * <p>{@link #inMemory()} serves one process: it remembers the most recent
 * {@value #DEFAULT_CAPACITY} events as a 128-bit hash of each key (from SHA-256), not the key,
 * so its memory depends on the number of events alone (about 100 bytes each), whatever the
 * vendor's ids. {@link #over(Store)} takes a store shared by every instance, such as
 * {@code JdbcCallEventStore} from {@code unidial-jdbc}. Thread-safe.
 */
public final class CallEventDeduplicator {
    private static final System.Logger LOG = System.getLogger("dev.unidial.events");

    /** How many events the in-memory store remembers by default. */
    public static final int DEFAULT_CAPACITY = 100_000;
    /** How long a claim lasts by default: a handler that runs longer loses it. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    /**
     * Where claims are kept. Each method is atomic across every instance that shares the store.
     */
    public interface Store {
        /**
         * Claims a key: true when it is new, or its claim ran out without being completed (the
         * instance handling it died); false when it is handled, or being handled under a live claim.
         *
         * @param key the event's key
         * @param lease how long the claim lasts
         * @return whether the caller now holds the claim
         */
        boolean claim(String key, Duration lease);

        /**
         * Marks a claimed key handled, for good.
         *
         * @param key the event's key
         */
        void complete(String key);

        /**
         * Lets a claim go without handling it (the handler failed): the next delivery claims it.
         *
         * @param key the event's key
         */
        void release(String key);

        /**
         * {@return whether a key is handled (after a {@link #claim} that returned false: handled, or in flight)}
         *
         * @param key the event's key
         */
        boolean handled(String key);
    }

    private final Store store;
    private final Duration lease;
    private final Clock clock;

    private CallEventDeduplicator(Store store, Duration lease, Clock clock) {
        this.store = store;
        this.lease = lease;
        this.clock = clock;
    }

    /** {@return a de-duplicator remembering the last {@value #DEFAULT_CAPACITY} events in memory} */
    public static CallEventDeduplicator inMemory() {
        return inMemory(DEFAULT_CAPACITY);
    }

    /**
     * {@return a de-duplicator remembering the most recent events in memory}
     *
     * @param capacity how many events to remember; older ones are forgotten first
     */
    public static CallEventDeduplicator inMemory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, but is " + capacity);
        }
        return new CallEventDeduplicator(new InMemoryStore(capacity, Clock.systemUTC()), DEFAULT_LEASE, Clock.systemUTC());
    }

    /**
     * {@return a de-duplicator over your own store, shared by every instance}
     *
     * @param store keeps claims; each of its methods must be atomic across your instances
     */
    public static CallEventDeduplicator over(Store store) {
        return new CallEventDeduplicator(Objects.requireNonNull(store, "store"), DEFAULT_LEASE, Clock.systemUTC());
    }

    /**
     * {@return this de-duplicator with claims that last this long}
     *
     * @param lease longer than your handler ever runs; at least one second
     */
    public CallEventDeduplicator withLease(Duration lease) {
        if (Objects.requireNonNull(lease, "lease").compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("lease must be at least one second, but is " + lease);
        }
        return new CallEventDeduplicator(store, lease, clock);
    }

    /**
     * Runs the handler if this is the event's first delivery, and marks the event handled only
     * when the handler returns.
     *
     * @param event the event just received
     * @param handler what to do with it
     * @return true when the handler ran, false for a delivery of an event already handled
     * @throws EventInFlightException if the same event is being handled now (answer 503)
     * @throws RuntimeException whatever the handler throws: the event is then not handled, and
     *     a redelivery runs the handler again (answer non-2xx)
     */
    public boolean handleOnce(CallEvent event, Consumer<CallEvent> handler) {
        Objects.requireNonNull(handler, "handler");
        String key = event.provider() + ":" + event.eventId();
        if (!store.claim(key, lease)) {
            if (store.handled(key)) {
                return false;
            }
            throw new EventInFlightException(event.provider(), event.eventId());
        }
        Instant claimed = clock.instant();
        try {
            handler.accept(event);
        } catch (RuntimeException | Error e) {
            store.release(key);
            throw e;
        }
        if (clock.instant().isAfter(claimed.plus(lease))) {
            LOG.log(Level.WARNING, "The handler of {0} event {1} ran longer than its claim ({2}): another instance may"
                    + " have handled it too. Give the de-duplicator a longer lease.", event.provider(),
                    Violations.printable(event.eventId()), lease);
        }
        store.complete(key);
        return true;
    }

    /** Claims kept in memory by key hash, the oldest forgotten past the capacity. */
    private static final class InMemoryStore implements Store {
        private final Clock clock;
        /** A hash's claim: until when it is in flight, or {@link Instant#MAX} once handled. */
        private final Map<HashedKey, Instant> claims;

        InMemoryStore(int capacity, Clock clock) {
            this.clock = clock;
            this.claims = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<HashedKey, Instant> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        public synchronized boolean claim(String key, Duration lease) {
            HashedKey k = HashedKey.of(key);
            Instant until = claims.get(k);
            Instant now = clock.instant();
            if (until != null && until.isAfter(now)) {
                return false;
            }
            claims.put(k, now.plus(lease));
            return true;
        }

        @Override
        public synchronized void complete(String key) {
            claims.put(HashedKey.of(key), Instant.MAX);
        }

        @Override
        public synchronized void release(String key) {
            claims.remove(HashedKey.of(key));
        }

        @Override
        public synchronized boolean handled(String key) {
            return Instant.MAX.equals(claims.get(HashedKey.of(key)));
        }
    }

    /** The first 128 bits of a key's SHA-256: a fixed size whatever the key's length, and no collision in practice. */
    private record HashedKey(long high, long low) {
        static HashedKey of(String key) {
            byte[] d = Sha256.of(key);
            ByteBuffer b = ByteBuffer.wrap(d);
            return new HashedKey(b.getLong(), b.getLong());
        }
    }
}
