package dev.unidial.kore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.CallOutcome;
import dev.unidial.CallResult;
import dev.unidial.Campaign;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.Target;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kore.ai after create, against the simulator: lifecycle, paged results and list, pacing. */
class KoreLifecycleTest {
    private final KoreSimulator simulator = VendorSimulator.kore();
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
                    .audience(Audience.contactLists(List.of(KoreSimulator.SEEDED_LIST))).build()).id();
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
            assertThat(results.get(149).outcome()).isEqualTo(CallOutcome.PENDING);
        }
    }

    @Test
    void list_reads_a_page_only_when_the_stream_needs_it() {
        try (KoreClient kore = client(0)) {
            for (int i = 0; i < 3; i++) {
                kore.create(KoreFixtures.sample().toBuilder().name("Campaign " + i)
                        .audience(Audience.contactLists(List.of(KoreSimulator.SEEDED_LIST))).build());
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
                    .audience(Audience.contactLists(List.of(KoreSimulator.SEEDED_LIST))).build()).id();
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
                    .audience(Audience.contactLists(List.of(KoreSimulator.SEEDED_LIST))).build()).id();
            for (int i = 0; i < 59; i++) {
                kore.get(id);
            }
            assertThat(waits).isEmpty();
            kore.get(id);
            assertThat(waits).hasSize(1);
        }
    }
}
