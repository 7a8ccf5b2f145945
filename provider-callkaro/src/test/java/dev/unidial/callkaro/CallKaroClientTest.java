package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.AuthenticationException;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.NotFoundException;
import dev.unidial.PartialFailureException;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.Violation;
import dev.unidial.WireRequest;
import dev.unidial.http.Json;
import dev.unidial.testkit.NoDelayServerSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallKaroClientTest {
    static final String BATCH = "{\"batch_id\":\"68433b7b0dee98e59245ebab\",\"message\":\"Campaign created successfully\",\"status\":\"success\"}";
    private static final ObjectMapper JSON = Json.newMapper();
    private MockWebServer server;

    static String queued(String phone) {
        return "{\"status\":\"done\",\"message\":\"Call queued successfully\",\"call_sid\":\"CA" + phone.substring(1) + "\"}";
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CallKaroClient.Builder builder() {
        return CallKaroClient.builder().apiKey("ck_key_123456").baseUrl(server.url("/").toString()).maxRetries(0);
    }

    private static Campaign.Builder campaign(Target... targets) {
        return Campaign.builder().name("Inspection Campaign").agentId("agent_sales_id").audience(Audience.targets(targets));
    }

    /** Answers the batch, then each call, failing the numbers in {@code failing} with CallKaro's 404. */
    private void dispatch(Set<String> failing) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (r.getUrl().encodedPath().equals("/v2/call/campaign")) {
                    return new MockResponse.Builder().code(200).body(BATCH).build();
                }
                String to = r.getBody().utf8().replaceAll(".*\"to_number\":\"([^\"]+)\".*", "$1");
                if (failing.contains(to)) {
                    return new MockResponse.Builder().code(404).body("{\"status\":\"error\",\"message\":\"Agent does not exist\"}").build();
                }
                return new MockResponse.Builder().code(200).body(queued(to)).build();
            }
        });
    }

    @Test
    void creates_the_batch_then_a_call_per_target_with_every_field() throws Exception {
        dispatch(Set.of());
        Campaign c = campaign(Target.of("+919876543210", Map.of("name", "Asha", "plan", "silver")), Target.of("+919876543211"))
                .variables(Map.of("plan", "gold", "brand", "Acme"))
                .schedule(Schedule.builder().startAt(OffsetDateTime.parse("2030-01-06T09:00:00Z"))
                        .timeZone(ZoneId.of("Asia/Kolkata"))
                        .window(CallingWindow.everyDay(LocalTime.of(9, 30), LocalTime.of(18, 0))).build())
                .retryPolicy(RetryPolicy.of(3, Duration.ofMinutes(30)))
                .priority(-5)
                .option(CallKaroOptions.builder().language("hi").carryOver(true).build())
                .build();
        CreatedCampaign created;
        try (CallKaroClient client = builder().callConcurrency(1).accountZone(ZoneId.of("Asia/Kolkata")).build()) {
            created = client.create(c);
        }
        assertThat(created.id()).isEqualTo("68433b7b0dee98e59245ebab");
        assertThat(created.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(created.targetOutcomes()).extracting(o -> o.callId().orElseThrow())
                .containsExactly("CA919876543210", "CA919876543211");

        RecordedRequest batch = server.takeRequest();
        assertThat(batch.getTarget()).isEqualTo("/v2/call/campaign");
        assertThat(batch.getHeaders().get("X-API-KEY")).isEqualTo("ck_key_123456");
        assertThat(JSON.readTree(batch.getBody().utf8())).isEqualTo(JSON.readTree("{\"name\":\"Inspection Campaign\"}"));
        RecordedRequest first = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/call/outbound");
        assertThat(JSON.readTree(first.getBody().utf8())).isEqualTo(JSON.readTree("""
            {"to_number": "+919876543210", "agent_id": "agent_sales_id", "batch_id": "68433b7b0dee98e59245ebab",
             "metadata": {"plan": "silver", "brand": "Acme", "name": "Asha"},
             "schedule_at": "2030-01-06T14:30:00", "min_trigger_time": "09:30", "max_trigger_time": "18:00",
             "carry_over": true, "number_of_retries": 3, "gap_between_retries": 30, "priority": -5, "language": "hi"}
            """));
        JsonNode second = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(second.path("metadata")).isEqualTo(JSON.readTree("{\"plan\":\"gold\",\"brand\":\"Acme\"}"));
    }

    @Test
    void without_a_time_zone_the_start_is_sent_as_written_in_its_own_offset() throws Exception {
        dispatch(Set.of());
        try (CallKaroClient client = builder().build()) {
            client.create(campaign(Target.of("+919876543210"))
                    .schedule(Schedule.builder().startAt(OffsetDateTime.parse("2030-01-06T09:00:00+05:30")).build()).build());
        }
        server.takeRequest();
        assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).path("schedule_at").asText())
                .isEqualTo("2030-01-06T09:00:00");
    }

    @Test
    void the_preview_shows_the_batch_and_every_call_with_the_batch_id_to_come() {
        try (CallKaroClient client = builder().build()) {
            List<WireRequest> preview = client.preview(campaign(Target.of("+919876543210"), Target.of("+919876543211")).build())
                    .requests();
            assertThat(preview).extracting(WireRequest::url).containsExactly(server.url("/v2/call/campaign").toString(),
                    server.url("/call/outbound").toString(), server.url("/call/outbound").toString());
            assertThat(preview.get(1).bodyText()).contains("\"batch_id\":\"{batch_id}\"");
            assertThat(preview.get(0).header("X-API-KEY")).contains("[redacted]");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void if_the_batch_cannot_be_created_no_call_is_sent() {
        server.enqueue(new MockResponse.Builder().code(403).body("{\"status\":\"error\",\"message\":\"Missing X-API-KEY in headers\"}").build());
        try (CallKaroClient client = builder().build()) {
            assertThatThrownBy(() -> client.create(campaign(Target.of("+919876543210")).build()))
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("Missing X-API-KEY");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failed_calls_are_reported_per_target_and_resume_sends_only_those() throws Exception {
        dispatch(Set.of("+919876543211", "+919876543213"));
        List<Target> targets = List.of(Target.of("+919876543210"), Target.of("+919876543211"), Target.of("+919876543212"),
                Target.of("+919876543213"));
        Campaign c = campaign(targets.toArray(Target[]::new)).build();
        try (CallKaroClient client = builder().build()) {
            PartialFailureException e = (PartialFailureException) catchThrowable(() -> client.create(c));
            CreatedCampaign partial = e.campaign();
            assertThat(partial.id()).isEqualTo("68433b7b0dee98e59245ebab");
            assertThat(partial.targetOutcomes()).extracting(TargetOutcome::index).containsExactly(0L, 1L, 2L, 3L);
            assertThat(partial.targetOutcomes()).extracting(TargetOutcome::state).containsExactly(TargetOutcome.State.QUEUED,
                    TargetOutcome.State.FAILED, TargetOutcome.State.QUEUED, TargetOutcome.State.FAILED);
            assertThat(partial.failedTargets().get(0).error().orElseThrow()).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("Agent does not exist");
            assertThat(e).hasMessageContaining("2 of 4 calls");
            int before = server.getRequestCount();

            dispatch(Set.of());
            CreatedCampaign resumed = client.api().resendFailed(partial, c);

            assertThat(server.getRequestCount() - before).isEqualTo(2);
            assertThat(resumed.failedTargets()).isEmpty();
            assertThat(resumed.targetOutcomes()).extracting(o -> o.callId().orElseThrow()).containsExactly(
                    "CA919876543210", "CA919876543211", "CA919876543212", "CA919876543213");
        }
    }

    @Test
    void a_200_whose_body_says_error_leaves_that_target_uncertain_since_callkaro_may_have_acted() {
        server.enqueue(new MockResponse.Builder().code(200).body(BATCH).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"error\",\"message\":\"DND_NUMBER\"}").build());
        try (CallKaroClient client = builder().build()) {
            PartialFailureException e = (PartialFailureException) catchThrowable(
                    () -> client.create(campaign(Target.of("+919876543210")).build()));
            assertThat(e.campaign().failedTargets()).isEmpty();
            assertThat(e.campaign().uncertainTargets().get(0).error().orElseThrow())
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("DND_NUMBER");
        }
    }

    @Test
    void ten_thousand_targets_complete_with_bounded_concurrency_in_a_small_heap() {
        int targets = 10_000;
        int concurrency = 8;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        server.close();
        server = new MockWebServer();
        server.setServerSocketFactory(NoDelayServerSockets.INSTANCE);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                if (r.getUrl().encodedPath().equals("/v2/call/campaign")) {
                    return new MockResponse.Builder().code(200).body(BATCH).build();
                }
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                Thread.sleep(0, 200_000);
                String to = r.getBody().utf8().replaceAll(".*\"to_number\":\"([^\"]+)\".*", "$1");
                seen.add(to);
                inFlight.decrementAndGet();
                return new MockResponse.Builder().code(200).body(queued(to)).build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger progress = new AtomicInteger();
        Iterable<Target> lazy = () -> new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < targets;
            }

            public Target next() {
                return Target.of("+1415" + (5_000_000 + i++));
            }
        };
        try (CallKaroClient client = builder().callConcurrency(concurrency).onCallOutcome(o -> progress.incrementAndGet()).build()) {
            CreatedCampaign created = client.create(campaign().audience(Audience.targets(lazy)).build());
            assertThat(created.targetOutcomes()).hasSize(targets).allMatch(TargetOutcome::isQueued);
        }
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(80L << 20);
        assertThat(seen).hasSize(targets);
        assertThat(progress).hasValue(targets);
        assertThat(maxInFlight.get()).isBetween(2, concurrency);
    }

    @Test
    void every_callkaro_rule_is_reported_together() {
        Campaign bad = Campaign.builder().name("x".repeat(201)).audience(Audience.targets(Target.of("+919876543210")))
                .retryPolicy(RetryPolicy.of(11, Duration.ofSeconds(30))).priority(101)
                .schedule(Schedule.builder().window(CallingWindow.everyDay(LocalTime.of(9, 0, 15), LocalTime.of(17, 0))).build())
                .option(CallKaroOptions.builder().language("fr").build()).build();
        try (CallKaroClient client = builder().build()) {
            assertThatThrownBy(() -> client.create(bad)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("name", "agentId",
                            "retryPolicy.retries", "retryPolicy.gap", "priority", "options.callkaro.language",
                            "schedule.windows[0]"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void native_v1_create_and_add_call_with_a_gap_per_retry() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(BATCH).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"success\",\"message\":\"Call initiated successfully\",\"call_id\":\"c-9\"}").build());
        try (CallKaroClient client = builder().build()) {
            assertThat(client.api().createCampaignV1("Single agent", "agent_1").batchId()).isEqualTo("68433b7b0dee98e59245ebab");
            CallKaroCallResult result = client.api().addCall(CallKaroCallRequest.builder("+919876543210", "agent_1")
                    .numberOfRetries(2).gapBetweenRetries(CallKaroRetryGap.perRetry(List.of(30, 60))).build());
            assertThat(result.callSid()).isEqualTo("c-9");
        }
        RecordedRequest v1 = server.takeRequest();
        assertThat(v1.getTarget()).isEqualTo("/call/campaign");
        assertThat(JSON.readTree(v1.getBody().utf8())).isEqualTo(JSON.readTree("{\"name\":\"Single agent\",\"agent_id\":\"agent_1\"}"));
        assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).path("gap_between_retries").toString()).isEqualTo("[30,60]");
    }

    @Test
    void add_call_refuses_documented_violations_before_sending() {
        try (CallKaroClient client = builder().build()) {
            assertThatThrownBy(() -> client.api().addCall(CallKaroCallRequest.builder("98765", "a").numberOfRetries(11)
                    .triggerWindow("9am", "24:00").scheduleAt("tomorrow").build()))
                    .isInstanceOf(CampaignValidationException.class)
                    .hasMessageContaining("to_number").hasMessageContaining("number_of_retries")
                    .hasMessageContaining("trigger_time").hasMessageContaining("schedule_at");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void needs_a_key() {
        assertThatThrownBy(() -> CallKaroClient.builder().build()).hasMessageContaining("CALLKARO_API_KEY");
        assertThat(new ArrayList<>(List.of(CallKaroDescriptor.DEFAULT_BASE_URL))).containsExactly("https://api.callkaro.ai");
    }

    @Test
    void the_native_v2_create_posts_only_the_name_as_the_page_shows_and_reads_the_batch_id() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(BATCH).build());
        try (CallKaroClient client = builder().build()) {
            CallKaroBatch batch = client.api().createCampaignV2("Multi-Agent Campaign");

            assertThat(batch.batchId()).isEqualTo("68433b7b0dee98e59245ebab");
        }
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v2/call/campaign");
        assertThat(JSON.readTree(sent.getBody().utf8())).isEqualTo(JSON.readTree("{\"name\":\"Multi-Agent Campaign\"}"));
    }

    @Test
    void the_native_v2_create_refuses_a_name_past_200_characters_before_sending() {
        try (CallKaroClient client = builder().build()) {
            assertThatThrownBy(() -> client.api().createCampaignV2("x".repeat(201)))
                    .isInstanceOf(CampaignValidationException.class).hasMessageContaining("name");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
