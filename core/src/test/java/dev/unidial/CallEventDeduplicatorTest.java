package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory de-duplicator: right answers, and memory that depends on the number of events, not their ids. */
class CallEventDeduplicatorTest {
    private static CallEvent event(String id) {
        return CallEvent.builder().provider("ravan").eventId(id).to("+14155550100").outcome(CallOutcome.COMPLETED, "completed")
                .raw(JsonNodeFactory.instance.objectNode()).build();
    }

    private static boolean once(CallEventDeduplicator d, String id) {
        return d.handleOnce(event(id), e -> { });
    }

    @Test
    void a_redelivery_is_not_handled_again_and_the_oldest_is_forgotten_past_the_capacity() {
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory(2);
        assertThat(once(seen, "a")).isTrue();
        assertThat(once(seen, "a")).isFalse();
        assertThat(once(seen, "b")).isTrue();
        assertThat(once(seen, "c")).isTrue();
        assertThat(once(seen, "a")).as("forgotten").isTrue();
    }

    @Test
    void a_handler_that_throws_leaves_the_event_unhandled_so_a_redelivery_runs_it_again() {
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory();
        assertThatThrownBy(() -> seen.handleOnce(event("e1"), e -> {
            throw new IllegalStateException("database busy");
        })).hasMessage("database busy");
        AtomicInteger runs = new AtomicInteger();
        assertThat(seen.handleOnce(event("e1"), e -> runs.incrementAndGet())).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void two_instances_over_one_store_handle_an_event_once_and_a_delivery_during_the_handling_is_in_flight()
            throws Exception {
        CallEventDeduplicator.Store shared = new MapStore();
        CallEventDeduplicator a = CallEventDeduplicator.over(shared);
        CallEventDeduplicator b = CallEventDeduplicator.over(shared);
        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> a.handleOnce(event("e2"), e -> {
            handling.countDown();
            await(finish);
        }));
        handling.await();

        assertThatThrownBy(() -> once(b, "e2")).isInstanceOf(EventInFlightException.class).hasMessageContaining("503");
        finish.countDown();
        assertThat(first.get()).isTrue();
        assertThat(once(b, "e2")).as("handled by the other instance").isFalse();
    }

    @Test
    void the_claim_of_an_instance_that_died_is_taken_over_after_its_lease() {
        MapStore shared = new MapStore();
        assertThat(shared.claim("ravan:e3", Duration.ofMillis(1))).isTrue();   // an instance that never completes
        sleep(20);
        assertThat(once(CallEventDeduplicator.over(shared), "e3")).isTrue();
    }

    /** A shared store as a table with a unique key and a lease column would be. */
    private static final class MapStore implements CallEventDeduplicator.Store {
        private final Map<String, Instant> rows = new HashMap<>();

        @Override
        public synchronized boolean claim(String key, Duration lease) {
            Instant until = rows.get(key);
            if (until != null && until.isAfter(Instant.now())) {
                return false;
            }
            rows.put(key, Instant.now().plus(lease));
            return true;
        }

        @Override
        public synchronized void complete(String key) {
            rows.put(key, Instant.MAX);
        }

        @Override
        public synchronized void release(String key) {
            rows.remove(key);
        }

        @Override
        public synchronized boolean handled(String key) {
            return Instant.MAX.equals(rows.get(key));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void long_ids_cost_no_more_memory_than_short_ones() {
        // 20,000 ids of 4 KiB each: kept as text they would hold over 80 MiB; kept hashed, a few MiB.
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory(100_000);
        String padding = "x".repeat(4096);
        long before = usedAfterGc();
        for (int i = 0; i < 20_000; i++) {
            assertThat(once(seen, padding + i)).isTrue();
        }
        long grown = usedAfterGc() - before;
        assertThat(once(seen, padding + 7)).isFalse();
        assertThat(grown).as("bytes held for 20,000 events of 4 KiB ids").isLessThan(24L * 1024 * 1024);
    }

    private static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
