package dev.unidial.kore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.CallOutcome;
import dev.unidial.CallResult;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignTimeoutException;
import dev.unidial.CreatedCampaign;
import dev.unidial.InvalidRequestException;
import dev.unidial.Sleeper;
import dev.unidial.Target;
import dev.unidial.UncertainCreateException;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kore.ai after create, against the simulator: lifecycle, paged results and list, pacing. */
class KoreLifecycleTest {
    private final KoreSimulator simulator = VendorSimulator.kore().addContactList(KoreHarness.LIST, "+919876543210");
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private KoreClient client(int perMinute) {
        return KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID)
                .clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET).baseUrl(simulator.baseUrl())
                .requestsPerMinute(perMinute).sleeper(waits::add).build();
    }

    private static Campaign withTargets(int count) {
        return KoreFixtures.sample().toBuilder().audience(Audience.targets(IntStream.range(0, count)
                .mapToObj(i -> Target.of("+1415555" + String.format("%04d", i))).toList())).build();
    }

    @Test
    void play_stop_and_play_again_read_as_running_paused_running_from_the_trigger_answers_alone() {
        try (KoreClient kore = client(0)) {
            String id = kore.create(KoreFixtures.sample().toBuilder()
                    .audience(Audience.contactLists(List.of(KoreHarness.LIST))).build()).id();
            long before = simulator.requestCount();

            CampaignSnapshot started = kore.start(id);
            CampaignSnapshot paused = kore.pause(id);
            CampaignSnapshot resumed = kore.resume(id);

            assertThat(List.of(started.status(), paused.status(), resumed.status()))
                    .containsExactly(CampaignStatus.RUNNING, CampaignStatus.PAUSED, CampaignStatus.RUNNING);
            assertThat(paused.rawStatus()).isEqualTo("Stopped");
            assertThat(started.name()).as("Kore's trigger answer has no name").isEmpty();
            assertThat(simulator.requestCount() - before).as("one request each, no extra read").isEqualTo(3);
            assertThat(kore.get(id).status()).isEqualTo(CampaignStatus.RUNNING);
        }
    }

    @Test
    void results_read_every_page_and_keep_outcomes_kore_does_not_list_as_unknown_with_the_raw_value() {
        try (KoreClient kore = client(0)) {
            String id = kore.create(withTargets(150)).id();
            kore.start(id);
            simulator.completeCalls(id, "COMPLETED", 100).completeCalls(id, "Busy", 20)
                    .completeCalls(id, "CALLBACK_REQUESTED", 10);

            List<CallResult> results;
            try (Stream<CallResult> stream = kore.results(id)) {
                results = stream.toList();
            }

            assertThat(results).hasSize(150);
            assertThat(simulator.requestCount("POST", "/agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign/"
                    + id + "/status")).as("two pages of 100").isEqualTo(2);
            assertThat(results.get(0).outcome()).isEqualTo(CallOutcome.COMPLETED);
            assertThat(results.get(0).attempts()).hasValue(1);
            assertThat(results.get(110).outcome()).isEqualTo(CallOutcome.BUSY);
            assertThat(results.get(125)).satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(CallOutcome.UNKNOWN);
                assertThat(r.rawOutcome()).isEqualTo("CALLBACK_REQUESTED");
            });
            assertThat(results.get(149)).satisfies(r -> {
                assertThat(r.outcome()).as("blank while in progress").isEqualTo(CallOutcome.IN_PROGRESS);
                assertThat(r.phone()).startsWith("+");
                assertThat(r.raw().path("phoneNumber").asText()).as("the raw number as Kore wrote it").doesNotStartWith("+");
            });
        }
    }

    @Test
    void list_reads_a_page_only_when_the_stream_needs_it() {
        try (KoreClient kore = client(0)) {
            for (int i = 0; i < 3; i++) {
                kore.create(KoreFixtures.sample().toBuilder().name("Campaign " + i)
                        .audience(Audience.contactLists(List.of(KoreHarness.LIST))).build());
            }
            String listPath = "/agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign/getAllCampaignDetails";
            try (Stream<CampaignSnapshot> all = kore.list()) {
                assertThat(simulator.requestCount("POST", listPath)).isZero();
                assertThat(all.findFirst()).isPresent();
            }
            assertThat(simulator.requestCount("POST", listPath)).isEqualTo(1);
            try (Stream<CampaignSnapshot> all = kore.list()) {
                assertThat(all.map(CampaignSnapshot::name)).hasSize(3).allSatisfy(n -> assertThat(n).isPresent());
            }
        }
    }

    @Test
    void the_client_paces_itself_under_the_per_minute_budget() {
        try (KoreClient kore = client(2)) {
            String id = kore.create(KoreFixtures.sample().toBuilder()
                    .audience(Audience.contactLists(List.of(KoreHarness.LIST))).build()).id();
            kore.get(id);
            assertThat(waits).isEmpty();

            kore.get(id);
            assertThat(waits).singleElement().satisfies(w -> assertThat(w).isPositive()
                    .isLessThanOrEqualTo(Duration.ofMinutes(1)));
        }
    }

    @Test
    void by_default_a_client_keeps_to_kores_sixty_requests_a_minute() {
        try (KoreClient kore = KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID)
                .clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET).baseUrl(simulator.baseUrl())
                .sleeper(waits::add).build()) {
            String id = kore.create(KoreFixtures.sample().toBuilder()
                    .audience(Audience.contactLists(List.of(KoreHarness.LIST))).build()).id();
            for (int i = 0; i < 59; i++) {
                kore.get(id);
            }
            assertThat(waits).isEmpty();
            kore.get(id);
            assertThat(waits).hasSize(1);
        }
    }

    @Test
    void await_status_ends_at_its_deadline_when_staying_under_the_rate_limit_needs_a_longer_wait() {
        try (KoreClient kore = client(3)) {
            // The create spends the minute's three requests: the first read would wait about 60 s.
            String id = kore.create(withTargets(1)).id();
            waits.clear();

            Throwable thrown = Assertions.catchThrowable(() -> kore.awaitStatus(id,
                    Set.of(CampaignStatus.COMPLETED), Duration.ofSeconds(2)));

            assertThat(thrown).isInstanceOf(CampaignTimeoutException.class);
            assertThat(waits).as("the pacer's wait was not started; the wait ends at the deadline").singleElement()
                    .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        }
    }

    @Test
    void create_async_past_the_budget_holds_no_common_pool_thread_while_it_waits() throws Exception {
        CompletableFuture<Void> minutePassed = new CompletableFuture<>();
        Sleeper held = new Sleeper() {
            @Override
            public void sleep(Duration duration) throws InterruptedException {
                try {
                    minutePassed.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                return minutePassed;
            }
        };
        int creates = 2 * ForkJoinPool.getCommonPoolParallelism() + 2;
        try (KoreClient kore = KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID)
                .clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET).baseUrl(simulator.baseUrl())
                .requestsPerMinute(1).sleeper(held).build()) {
            List<CompletableFuture<CreatedCampaign>> pending = new ArrayList<>();
            for (int i = 0; i < creates; i++) {
                pending.add(kore.createAsync(withTargets(1)));
            }

            assertThat(CompletableFuture.supplyAsync(() -> "unrelated work")
                    .get(5, TimeUnit.SECONDS)).isEqualTo("unrelated work");
            assertThat(pending).noneMatch(CompletableFuture::isDone);

            minutePassed.complete(null);
            for (var f : pending) {
                assertThat(f.get(30, TimeUnit.SECONDS).id()).isNotBlank();
            }
        }
    }

    @Test
    void a_create_that_fails_after_the_contact_list_exists_names_the_list_and_what_was_added() {
        try (KoreClient kore = client(0)) {
            // The list, then the first 1000 contacts go through; the second batch is refused.
            simulator.failNext(2, Fault.pass())
                    .failNext(1, Fault.error(400, "Contact limit reached"));
            Throwable contacts = Assertions.catchThrowable(() -> kore.create(withTargets(1500)));

            assertThat(contacts).isInstanceOfSatisfying(KorePartialCreateException.class, e -> {
                assertThat(e.contactList()).isEqualTo(KoreFixtures.sample().name());
                assertThat(e.contactsAdded()).isEqualTo(1000);
                assertThat(e.campaignSent()).isFalse();
                assertThat(e.vendorMayHaveActed()).as("the refused batch was not added").isFalse();
                assertThat(e).hasMessageContaining("1000 of 1500 contacts").hasMessageContaining("Contact limit reached")
                        .hasCauseInstanceOf(InvalidRequestException.class);
            });

            simulator.failNext(3, Fault.pass())
                    .failNext(1, Fault.error(400, "Flow not found"));
            Throwable campaign = Assertions.catchThrowable(() -> kore.createAsync(withTargets(1500).toBuilder()
                    .name("Second run").build()).join());

            assertThat(campaign).hasCauseInstanceOf(KorePartialCreateException.class);
            KorePartialCreateException e = (KorePartialCreateException) campaign.getCause();
            assertThat(e.contactsAdded()).isEqualTo(1500);
            assertThat(e.campaignSent()).isTrue();
        }
    }

    @Test
    void a_create_whose_first_request_fails_throws_the_vendors_exception_as_it_is() {
        try (KoreClient kore = client(0)) {
            simulator.failNext(1, Fault.error(400, "Bad list"));
            assertThat(Assertions.catchThrowable(() -> kore.create(withTargets(3))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Bad list");
        }
    }

    private KoreClient journaled(CampaignJournal journal) {
        return KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID)
                .clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET).baseUrl(simulator.baseUrl())
                .requestsPerMinute(0).maxRetries(0).journal(journal).build();
    }

    private long requests(String pathEnd) {
        return simulator.requests().stream().filter(r -> r.path().endsWith(pathEnd)).count();
    }

    @Test
    void a_keyed_create_resumes_after_the_last_step_kore_answered_without_making_the_list_or_contacts_again() {
        CampaignJournal journal = CampaignJournal.inMemory();
        Campaign campaign = withTargets(2500).toBuilder().idempotencyKey("kore-2500").build();
        try (KoreClient kore = journaled(journal)) {
            // The list and the first 1000 contacts go through; the second batch is refused (Kore certainly did nothing).
            simulator.failNext(2, Fault.pass())
                    .failNext(1, Fault.error(400, "Contact limit reached"));
            assertThat(Assertions.catchThrowable(() -> kore.create(campaign)))
                    .isInstanceOf(KorePartialCreateException.class);

            CreatedCampaign created = kore.create(campaign);

            assertThat(created.id()).isNotBlank();
            assertThat(requests("/createContactList")).as("the list made once").isEqualTo(1);
            assertThat(requests("/addContacts")).as("1000, refused, then the two batches left").isEqualTo(4);
            assertThat(simulator.contactLists().get(campaign.name()).size()).as("every contact once").isEqualTo(2500);
            assertThat(kore.create(campaign).id()).as("finished: the same campaign").isEqualTo(created.id());
        }
    }

    @Test
    void a_keyed_create_whose_contacts_may_have_been_added_is_uncertain() {
        CampaignJournal journal = CampaignJournal.inMemory();
        Campaign campaign = withTargets(1500).toBuilder().idempotencyKey("kore-1500").build();
        try (KoreClient kore = journaled(journal)) {
            simulator.failNext(2, Fault.pass())
                    .failNext(1, Fault.error(500, "upstream"));
            assertThat(Assertions.catchThrowable(() -> kore.create(campaign)))
                    .isInstanceOf(KorePartialCreateException.class);
            long sent = simulator.requestCount();

            assertThat(Assertions.catchThrowable(() -> kore.create(campaign)))
                    .isInstanceOf(UncertainCreateException.class).hasMessageContaining("contacts:1000");
            assertThat(simulator.requestCount()).isEqualTo(sent);
        }
    }
}
