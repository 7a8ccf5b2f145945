package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** MrAssistant's batches under an idempotency key: each batch its own key, so a run again sends only what is left. */
class MrAssistantJournalTest {
    @Test
    void batches_run_again_under_their_key_send_only_the_batches_not_created() {
        AtomicBoolean failing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        Iterable<Target> source = () -> {
            boolean fails = failing.get() && reads.incrementAndGet() > 1;
            return IntStream.range(0, 2500).mapToObj(i -> {
                if (fails && i == 1500) {
                    throw new IllegalStateException("the cursor closed");
                }
                return Target.of("+9198" + String.format("%08d", i));
            }).iterator();
        };
        Campaign campaign = Campaign.builder().name("Feedback").agentId(MrAssistantHarness.AGENT)
                .idempotencyKey("feedback-dec").audience(Audience.targets(source)).build();
        CampaignJournal journal = CampaignJournal.inMemory();
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant();
             MrAssistantClient client = MrAssistantClient.builder().apiKey(MrAssistantSimulator.API_KEY)
                     .baseUrl(sim.baseUrl()).journal(journal).build()) {
            MrAssistantBatchException stopped = catchThrowableOfType(() -> client.api().createInBatches(campaign),
                    MrAssistantBatchException.class);
            assertThat(stopped.created()).hasSize(1);
            assertThat(sim.requestCount()).isEqualTo(1);

            failing.set(false);
            List<CreatedCampaign> all = client.api().createInBatches(campaign);

            assertThat(all).hasSize(3);
            assertThat(all.get(0).id()).as("the first batch, from the journal").isEqualTo(stopped.created().get(0).id());
            assertThat(sim.requestCount()).as("batches 2 and 3 only").isEqualTo(3);
            assertThat(journal.entry("feedback-dec/1")).isPresent();
        }
    }
}
