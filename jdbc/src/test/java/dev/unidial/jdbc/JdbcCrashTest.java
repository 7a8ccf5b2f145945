package dev.unidial.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.TargetOutcome;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.tck.ChildJvm;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A keyed fan-out on the PostgreSQL journal whose process is killed ({@code destroyForcibly})
 * part-way, then resumed by two clients at once: no number is called twice, every target ends
 * queued or uncertain, the uncertain ones at most the calls in flight.
 */
class JdbcCrashTest {
    private static final int SIZE = 2000;
    private static final int CONCURRENCY = 4;
    private static final long LEASE = 1500;

    @Test
    void a_fan_out_killed_part_way_is_resumed_by_two_instances_without_calling_anyone_twice() throws Exception {
        String url = Postgres.url();
        try (CallKaroSimulator sim = VendorSimulator.callkaro()) {
            sim.failNext(SIZE + 1, Fault.slow(Duration.ofMillis(3)));
            ChildJvm.runAndKill(JdbcFanOutChild.class, () -> sim.requestCount() >= SIZE / 3, Duration.ofSeconds(60),
                    url, sim.baseUrl(), Integer.toString(SIZE), Long.toString(LEASE));
            assertThat(sim.requestCount()).isLessThan(SIZE);

            List<CompletableFuture<CreatedCampaign>> resumers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                resumers.add(CompletableFuture.supplyAsync(() -> {
                    try (CallKaroClient client = JdbcFanOutChild.client(url, sim.baseUrl(), LEASE)) {
                        return client.create(JdbcFanOutChild.campaign(SIZE));
                    } catch (PartialFailureException e) {
                        return e.campaign();
                    }
                }));
            }
            CreatedCampaign resumed = resumers.get(0).get(120, TimeUnit.SECONDS);
            resumers.get(1).get(120, TimeUnit.SECONDS);

            List<String> called = new ArrayList<>();
            for (JsonNode call : sim.calls(resumed.id())) {
                called.add(call.path("to_number").asText());
            }
            assertThat(called).as("no number called twice").doesNotHaveDuplicates();
            assertThat(sim.requestCount("POST", "/v2/call/campaign")).as("one batch").isEqualTo(1);
            Map<TargetOutcome.State, Long> counts = resumed.outcomeCounts();
            assertThat(counts.getOrDefault(TargetOutcome.State.QUEUED, 0L)
                    + counts.getOrDefault(TargetOutcome.State.UNCERTAIN, 0L)).as("every target accounted for").isEqualTo(SIZE);
            assertThat(counts.getOrDefault(TargetOutcome.State.UNCERTAIN, 0L)).as("at most the calls in flight at the kill")
                    .isLessThanOrEqualTo(CONCURRENCY);
        }
    }
}
