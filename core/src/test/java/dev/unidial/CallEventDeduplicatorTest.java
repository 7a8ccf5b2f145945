package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** The in-memory de-duplicator: right answers, and memory that depends on the number of events, not their ids. */
class CallEventDeduplicatorTest {
    private static CallEvent event(String id) {
        return CallEvent.builder().provider("ravan").eventId(id).to("+14155550100").outcome(CallOutcome.COMPLETED, "completed")
                .raw(JsonNodeFactory.instance.objectNode()).build();
    }

    @Test
    void a_redelivery_is_seen_and_the_oldest_is_forgotten_past_the_capacity() {
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory(2);
        assertThat(seen.firstSeen(event("a"))).isTrue();
        assertThat(seen.firstSeen(event("a"))).isFalse();
        assertThat(seen.firstSeen(event("b"))).isTrue();
        assertThat(seen.firstSeen(event("c"))).isTrue();
        assertThat(seen.firstSeen(event("a"))).as("forgotten").isTrue();
    }

    @Test
    void long_ids_cost_no_more_memory_than_short_ones() {
        // 20,000 ids of 4 KiB each: kept as text they would hold over 80 MiB; kept hashed, a few MiB.
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory(100_000);
        String padding = "x".repeat(4096);
        long before = usedAfterGc();
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.firstSeen(event(padding + i))).isTrue();
        }
        long grown = usedAfterGc() - before;
        assertThat(seen.firstSeen(event(padding + 7))).isFalse();
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
