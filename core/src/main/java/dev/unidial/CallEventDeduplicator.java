package dev.unidial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a webhook handler whether it has seen an event before: vendors deliver again when an
 * answer is slow or not 2xx, and the same call must not be counted twice. Keyed on
 * {@link CallEvent#provider()} and {@link CallEvent#eventId()}. In memory by default (the
 * most recent {@value #DEFAULT_CAPACITY} events), or over your own {@link Store} (a database
 * table with a unique key) when several processes receive webhooks. Thread-safe.
 *
 * <p>The in-memory store keeps a 128-bit hash of each key (from SHA-256), not the key: an event
 * id is the vendor's text and can be long, and the memory held must depend on the number of
 * events alone (about 100 bytes each), whatever the vendor sends.
 */
public final class CallEventDeduplicator {
    /** How many events the in-memory store remembers by default. */
    public static final int DEFAULT_CAPACITY = 100_000;

    /** Where seen events are remembered. */
    @FunctionalInterface
    public interface Store {
        /**
         * Remembers a key, atomically.
         *
         * @param key the event's key
         * @return true if the key was new, false if it was there already
         */
        boolean add(String key);
    }

    private final Store store;

    private CallEventDeduplicator(Store store) {
        this.store = store;
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
        Map<HashedKey, Boolean> seen = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<HashedKey, Boolean> eldest) {
                return size() > capacity;
            }
        });
        return new CallEventDeduplicator(key -> seen.putIfAbsent(HashedKey.of(key), Boolean.TRUE) == null);
    }

    /** The first 128 bits of a key's SHA-256: a fixed size whatever the key's length, and no collision in practice. */
    private record HashedKey(long high, long low) {
        static HashedKey of(String key) {
            byte[] d;
            try {
                d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(d);
            return new HashedKey(b.getLong(), b.getLong());
        }
    }

    /**
     * {@return a de-duplicator over your own store}
     *
     * @param store remembers keys; its {@code add} must be atomic across your processes
     */
    public static CallEventDeduplicator over(Store store) {
        return new CallEventDeduplicator(Objects.requireNonNull(store, "store"));
    }

    /**
     * Records the event and says whether it is the first delivery.
     *
     * @param event the event just received
     * @return true the first time this event is seen, false for a redelivery
     */
    public boolean firstSeen(CallEvent event) {
        return store.add(event.provider() + ":" + event.eventId());
    }
}
