package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.TargetOutcome;
import dev.unidial.tck.ChildJvm;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.VendorSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keyed fan-out whose process is killed ({@code destroyForcibly}) part-way, then resumed by
 * two other clients at once over the same directory journal: no number is called twice, and
 * every target ends queued or uncertain, the uncertain ones at most the calls in flight.
 */
class CallKaroCrashTest {
    private static final int SIZE = 3000;
    private static final int CONCURRENCY = 4;

    @Test
    void a_fan_out_killed_part_way_is_resumed_by_two_processes_without_calling_anyone_twice(@TempDir Path dir)
            throws Exception {
        try (CallKaroSimulator sim = VendorSimulator.callkaro()) {
            sim.failNext(SIZE + 1, Fault.slow(Duration.ofMillis(3)));
            ChildJvm.runAndKill(FanOutChild.class, () -> sim.requestCount() >= SIZE / 3, Duration.ofSeconds(60),
                    dir.toString(), sim.baseUrl(), Integer.toString(SIZE), "1500");
            int sentBeforeKill = sim.requestCount();
            assertThat(sentBeforeKill).isLessThan(SIZE);

            List<CompletableFuture<CreatedCampaign>> resumers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                resumers.add(CompletableFuture.supplyAsync(() -> {
                    try (CallKaroClient client = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY)
                            .baseUrl(sim.baseUrl()).journal(CampaignJournal.inDirectory(dir, Duration.ofMillis(1500)))
                            .callConcurrency(CONCURRENCY).build()) {
                        return client.create(FanOutChild.campaign(SIZE));
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
            assertThat(called).as("every target called, the uncertain ones perhaps").hasSizeGreaterThanOrEqualTo(
                    SIZE - CONCURRENCY);
        }
    }
}
