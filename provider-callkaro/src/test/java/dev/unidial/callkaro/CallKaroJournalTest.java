package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.VendorSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CallKaro fan-out under an idempotency key: resumed, shared, checked against the journal, in constant memory. */
class CallKaroJournalTest {
    private final CallKaroSimulator sim = VendorSimulator.callkaro();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sim.close();
    }

    private CallKaroClient client(CampaignJournal journal, UncertainCalls uncertain) {
        return CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl()).maxRetries(0)
                .journal(journal).uncertainCalls(uncertain).callConcurrency(4).build();
    }

    private static String phone(int i) {
        return "+9198" + String.format("%08d", i);
    }

    /** {@code size} numbers; while {@code failAt} is set, every read after the first throws at that index. */
    private static Iterable<Target> audience(int size, AtomicInteger failAt) {
        AtomicInteger reads = new AtomicInteger();
        return () -> {
            boolean failing = reads.incrementAndGet() > 1 && failAt.get() >= 0;
            int stop = failAt.get();
            Iterator<Target> all = IntStream.range(0, size).mapToObj(i -> Target.of(phone(i))).iterator();
            return new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public Target next() {
                    if (failing && i == stop) {
                        throw new IllegalStateException("the cursor closed");
                    }
                    i++;
                    return all.next();
                }
            };
        };
    }

    private static Campaign campaign(Iterable<Target> targets) {
        return Campaign.builder().name("Renewals").agentId("agent_sales_id").idempotencyKey("renewals-2026-12")
                .audience(Audience.targets(targets)).build();
    }

    private List<String> sentNumbers(String batch) {
        List<String> out = new ArrayList<>();
        for (JsonNode call : sim.calls(batch)) {
            out.add(call.path("to_number").asText());
        }
        return out;
    }

    @Test
    void a_fan_out_that_stopped_part_way_resumes_with_only_the_targets_never_attempted() {
        AtomicInteger failAt = new AtomicInteger(2500);
        CampaignJournal journal = CampaignJournal.inDirectory(dir);
        String batch;
        try (CallKaroClient client = client(journal, UncertainCalls.LEAVE)) {
            PartialFailureException stopped = catchThrowableOfType(() -> client.create(campaign(audience(4000, failAt))),
                    PartialFailureException.class);
            batch = stopped.campaign().id();
            assertThat(sentNumbers(batch)).hasSize(2500);
        }
        failAt.set(-1);
        // A new process: a new client and journal object over the same directory.
        try (CallKaroClient again = client(CampaignJournal.inDirectory(dir), UncertainCalls.LEAVE)) {
            CreatedCampaign done = again.create(campaign(audience(4000, failAt)));

            assertThat(done.id()).isEqualTo(batch);
            assertThat(done.outcomeCounts()).containsExactly(Map.entry(TargetOutcome.State.QUEUED, 4000L));
            assertThat(done.targetOutcomes()).as("only what was not queued is held").isEmpty();
        }
        assertThat(sentNumbers(batch)).as("every number once").hasSize(4000).doesNotHaveDuplicates();
        assertThat(sim.requestCount("POST", "/v2/call/campaign")).as("one batch").isEqualTo(1);

        int before = sim.requestCount();
        try (CallKaroClient third = client(CampaignJournal.inDirectory(dir), UncertainCalls.LEAVE)) {
            CreatedCampaign done = third.create(campaign(audience(4000, failAt)));
            assertThat(done.outcomeCounts()).containsEntry(TargetOutcome.State.QUEUED, 4000L);
        }
        assertThat(sim.requestCount()).as("a finished key sends nothing").isEqualTo(before);
        assertThat(CampaignJournal.inDirectory(dir).outcomes("renewals-2026-12").map(o -> o.target().phone()))
                .hasSize(4000).doesNotHaveDuplicates();
    }

    @Test
    void a_different_target_at_a_recorded_index_is_refused_before_it_is_sent() {
        AtomicInteger failAt = new AtomicInteger(1500);
        CampaignJournal journal = CampaignJournal.inMemory();
        try (CallKaroClient client = client(journal, UncertainCalls.LEAVE)) {
            catchThrowableOfType(() -> client.create(campaign(audience(2000, failAt))), PartialFailureException.class);
            int sent = sim.requestCount();
            List<Target> other = new ArrayList<>();
            IntStream.range(0, 2000).forEach(i -> other.add(Target.of(i == 1200 ? "+14155550100" : phone(i))));

            IllegalArgumentException e = catchThrowableOfType(() -> client.create(campaign(other)),
                    IllegalArgumentException.class);

            assertThat(e).hasMessageContaining("index 1200");
            assertThat(sim.requestCount()).as("the chunk before the mismatch was done; nothing sent").isEqualTo(sent);
        }
    }

    @Test
    void an_uncertain_call_is_left_on_a_resume_unless_the_builder_says_resend() {
        CampaignJournal journal = CampaignJournal.inMemory();
        List<Target> three = List.of(Target.of(phone(0)), Target.of(phone(1)), Target.of(phone(2)));
        String batch;
        try (CallKaroClient client = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl())
                .maxRetries(0).journal(journal).callConcurrency(1).build()) {
            // The batch, the first call, then a 500 for the second: CallKaro may have queued it.
            sim.failNext(2, Fault.pass()).failNext(1, Fault.error(500, "upstream"));
            PartialFailureException e = catchThrowableOfType(() -> client.create(campaign(three)), PartialFailureException.class);
            batch = e.campaign().id();
            assertThat(e.campaign().uncertainTargets()).singleElement().satisfies(o -> assertThat(o.index()).isEqualTo(1));

            PartialFailureException again = catchThrowableOfType(() -> client.create(campaign(three)),
                    PartialFailureException.class);
            assertThat(again).as("still uncertain, not sent again").isNotNull();
        }
        assertThat(sentNumbers(batch)).containsExactly(phone(0), phone(2));
        try (CallKaroClient resend = client(journal, UncertainCalls.RESEND)) {
            CreatedCampaign done = resend.create(campaign(three));
            assertThat(done.outcomeCounts()).containsExactly(Map.entry(TargetOutcome.State.QUEUED, 3L));
        }
        assertThat(sentNumbers(batch)).containsExactly(phone(0), phone(2), phone(1));
    }

    @Test
    void two_processes_resuming_one_key_share_the_targets_and_send_each_once() throws Exception {
        AtomicInteger failAt = new AtomicInteger(10);
        try (CallKaroClient first = client(CampaignJournal.inDirectory(dir), UncertainCalls.LEAVE)) {
            catchThrowableOfType(() -> first.create(campaign(audience(6000, failAt))), PartialFailureException.class);
        }
        failAt.set(-1);
        try (CallKaroClient a = client(CampaignJournal.inDirectory(dir), UncertainCalls.LEAVE);
             CallKaroClient b = client(CampaignJournal.inDirectory(dir), UncertainCalls.LEAVE)) {
            CompletableFuture<CreatedCampaign> ra = CompletableFuture.supplyAsync(() -> a.create(campaign(audience(6000, failAt))));
            CompletableFuture<CreatedCampaign> rb = CompletableFuture.supplyAsync(() -> b.create(campaign(audience(6000, failAt))));
            String batch = ra.get().id();
            assertThat(rb.get().id()).isEqualTo(batch);
            assertThat(sentNumbers(batch)).hasSize(6000).doesNotHaveDuplicates();
        }
    }
}
