package dev.unidial.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.unidial.CallEvent;
import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallOutcome;
import dev.unidial.EventInFlightException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two de-duplicators over one PostgreSQL store act as two instances: each event is handled once. */
class JdbcCallEventStoreTest {
    private final JdbcCallEventStore store = JdbcCallEventStore.create(Postgres.dataSource());

    private static CallEvent event(String id) {
        return CallEvent.builder().provider("ravan").eventId(id).to("+14155550100").outcome(CallOutcome.COMPLETED, "completed")
                .raw(JsonNodeFactory.instance.objectNode()).build();
    }

    @Test
    void two_instances_handle_an_event_once_and_a_delivery_during_the_handling_is_in_flight() throws Exception {
        CallEventDeduplicator a = CallEventDeduplicator.over(store);
        CallEventDeduplicator b = CallEventDeduplicator.over(store);
        CallEvent e = event(UUID.randomUUID().toString());
        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> a.handleOnce(e, x -> {
            handling.countDown();
            try {
                finish.await();
            } catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        }));
        handling.await();

        assertThatThrownBy(() -> b.handleOnce(e, x -> { })).isInstanceOf(EventInFlightException.class);
        finish.countDown();
        assertThat(first.get()).isTrue();
        assertThat(b.handleOnce(e, x -> { })).isFalse();
    }

    @Test
    void a_handler_that_throws_is_run_again_on_the_redelivery_and_a_dead_instances_claim_is_taken_over()
            throws Exception {
        CallEventDeduplicator d = CallEventDeduplicator.over(store);
        CallEvent e = event(UUID.randomUUID().toString());
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> d.handleOnce(e, x -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database busy");
        })).hasMessage("database busy");
        assertThat(d.handleOnce(e, x -> runs.incrementAndGet())).isTrue();
        assertThat(runs).hasValue(2);

        String dead = "ravan:" + UUID.randomUUID();
        assertThat(store.claim(dead, Duration.ofMillis(200))).isTrue();   // an instance that never completes
        assertThat(store.claim(dead, Duration.ofMinutes(5))).isFalse();
        Thread.sleep(300);
        assertThat(store.claim(dead, Duration.ofMinutes(5))).as("its lease ran out").isTrue();
        store.complete(dead);
        assertThat(store.handled(dead)).isTrue();
    }
}
