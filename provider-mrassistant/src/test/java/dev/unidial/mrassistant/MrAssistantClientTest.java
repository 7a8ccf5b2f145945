package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallOutcome;
import dev.unidial.Campaign;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.InvalidRequestException;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Secret;
import dev.unidial.ServerException;
import dev.unidial.Target;
import dev.unidial.Violation;
import dev.unidial.Webhook;
import dev.unidial.WireRequest;
import dev.unidial.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MrAssistantClientTest {
    private static final ObjectMapper JSON = Json.newMapper();
    private static final String AGENT = MrAssistantHarness.AGENT;
    private MockWebServer server;

    static String created(String id, long targets) {
        return """
            {"campaign_id": "%s", "agent_id": "%s", "name": "Feedback", "total_targets": %d, "status": "queued",
             "scheduled_at": null, "started_at": null, "calls_initiated": 0, "calls_completed": 0, "calls_failed": 0,
             "region": "ap-south-1"}
            """.formatted(id, AGENT, targets);
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

    private MrAssistantClient client() {
        return MrAssistantClient.builder().apiKey("ma_token_123456").baseUrl(server.url("/").toString())
                .maxRetries(0).build();
    }

    private static Campaign.Builder campaign() {
        return Campaign.builder().name("Feedback").agentId(AGENT)
                .audience(Audience.targets(Target.of("+919876543210", Map.of("name", "Asha")), Target.of("+919876543211")));
    }

    private void ok(String body) {
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    }

    @Test
    void sends_every_field_with_the_bearer_token() throws Exception {
        ok(created("cmp_1", 2));
        Campaign c = campaign()
                .callerId(CallerId.ofNumber("+15101234567"))
                .schedule(Schedule.builder().startAt(OffsetDateTime.parse("2030-01-06T09:00:00+05:30")).build())
                .maxConcurrentCalls(4)
                .retryPolicy(RetryPolicy.of(2))
                .variables(Map.of("product", "Gold"))
                .webhook(Webhook.of("https://hooks.example.com/ma", Secret.of("whsec_abcdef"), true))
                .build();
        try (MrAssistantClient client = client()) {
            client.create(c);
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/campaigns");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer ma_token_123456");
        assertThat(JSON.readTree(r.getBody().utf8())).isEqualTo(JSON.readTree("""
            {"agent_id": "%s", "name": "Feedback",
             "targets": [{"to_number": "+919876543210", "from_number": "+15101234567", "context": {"name": "Asha"}},
                         {"to_number": "+919876543211", "from_number": "+15101234567", "context": {}}],
             "schedule_at": "2030-01-06T09:00:00+05:30", "concurrent_calls": 4, "retry_failed": true,
             "retry_attempts": 2, "context": {"product": "Gold"}, "webhook_url": "https://hooks.example.com/ma",
             "webhook_secret": "whsec_abcdef", "notify_on_call_complete": true}
            """.formatted(AGENT)));
    }

    @Test
    void leaves_unset_fields_out_instead_of_sending_null() throws Exception {
        ok(created("cmp_1", 1));
        try (MrAssistantClient client = client()) {
            client.create(campaign().audience(Audience.targets(Target.of("+919876543210"))).build());
        }
        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(body).isEqualTo(JSON.readTree("""
            {"agent_id": "%s", "name": "Feedback", "targets": [{"to_number": "+919876543210", "context": {}}]}
            """.formatted(AGENT)));
    }

    @Test
    void the_preview_shows_the_webhook_secret_redacted() {
        Campaign c = campaign().webhook(Webhook.of("https://hooks.example.com/ma", Secret.of("whsec_abcdef"), false)).build();
        try (MrAssistantClient client = client()) {
            WireRequest preview = client.preview(c).requests().get(0);
            assertThat(preview.bodyText()).contains("\"webhook_secret\":\"[redacted]\"").doesNotContain("whsec_abcdef");
            assertThat(preview.header("Authorization")).contains("[redacted]");
        }
    }

    @Test
    void maps_the_response_and_keeps_unknown_statuses_raw() {
        ok(created("cmp_9", 2).replace("queued", "warming_up"));
        try (MrAssistantClient client = client()) {
            CreatedCampaign created = client.create(campaign().build());
            assertThat(created.id()).isEqualTo("cmp_9");
            assertThat(created.status()).isEqualTo(CampaignStatus.UNKNOWN);
            assertThat(created.rawStatus()).isEqualTo("warming_up");
            assertThat(created.targetCount()).hasValue(2);
            assertThat(created.raw().path("region").asText()).isEqualTo("ap-south-1");
        }
        assertThat(MrAssistantCampaignMapper.status("queued")).isEqualTo(CampaignStatus.PENDING);
    }

    @Test
    void every_rule_is_reported_together_before_sending() {
        Campaign c = Campaign.builder().name("x".repeat(256)).agentId("agent-1")
                .audience(Audience.targets(Target.of("+919876543210")))
                .maxConcurrentCalls(11).retryPolicy(RetryPolicy.of(4))
                .webhook(Webhook.of("http://hooks.example.com/x")).build();
        try (MrAssistantClient client = client()) {
            assertThatThrownBy(() -> client.create(c)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                            "agentId", "name", "maxConcurrentCalls", "retryPolicy.retries", "webhook.url"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void more_than_1000_targets_is_refused_with_the_way_out() {
        Campaign c = campaign().audience(Audience.targets(targets(1001))).build();
        try (MrAssistantClient client = client()) {
            assertThatThrownBy(() -> client.create(c)).isInstanceOf(CampaignValidationException.class)
                    .hasMessageContaining("1001 targets").hasMessageContaining("createInBatches");
        }
    }

    @Test
    void create_in_batches_splits_into_named_campaigns_of_at_most_1000() throws Exception {
        for (int i = 1; i <= 3; i++) {
            ok(created("cmp_" + i, i == 3 ? 500 : 1000));
        }
        try (MrAssistantClient client = client()) {
            List<CreatedCampaign> created = client.api().createInBatches(campaign().audience(Audience.targets(targets(2500))).build());
            assertThat(created).extracting(CreatedCampaign::id).containsExactly("cmp_1", "cmp_2", "cmp_3");
        }
        List<JsonNode> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bodies.add(JSON.readTree(server.takeRequest().getBody().utf8()));
        }
        assertThat(bodies).extracting(b -> b.path("name").asText())
                .containsExactly("Feedback (1/3)", "Feedback (2/3)", "Feedback (3/3)");
        assertThat(bodies).extracting(b -> b.path("targets").size()).containsExactly(1000, 1000, 500);
        assertThat(bodies.get(2).path("targets").get(499).path("to_number").asText()).isEqualTo("+141555102499");
    }

    @Test
    void a_failed_batch_reports_the_campaigns_already_created() {
        ok(created("cmp_1", 1000));
        server.enqueue(new MockResponse.Builder().code(500).body("{\"detail\": \"db down\"}").build());
        try (MrAssistantClient client = client()) {
            Throwable thrown = catchThrowable(() -> client.api().createInBatches(campaign().audience(Audience.targets(targets(1500))).build()));
            assertThat(thrown).isInstanceOfSatisfying(MrAssistantBatchException.class, e -> {
                assertThat(e.created()).extracting(CreatedCampaign::id).containsExactly("cmp_1");
                assertThat(e.failedBatch()).isEqualTo(1);
                assertThat(e.getCause()).isInstanceOf(ServerException.class);
            });
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_source_that_throws_after_the_first_batch_reports_the_batches_created_with_the_source_exception_as_cause() {
        ok(created("cmp_1", 1000));
        List<Target> all = targets(1500);
        int[] passes = {0};
        // The first pass is the check; on the second (the sending one) the source fails at target 1200.
        Iterable<Target> source = () -> {
            boolean fails = ++passes[0] > 1;
            return IntStream.range(0, all.size()).mapToObj(i -> {
                if (fails && i == 1200) {
                    throw new UncheckedIOException(new IOException("cursor closed"));
                }
                return all.get(i);
            }).iterator();
        };
        try (MrAssistantClient client = client()) {
            Throwable thrown = catchThrowable(() -> client.api().createInBatches(campaign().audience(Audience.targets(source)).build()));
            assertThat(thrown).isInstanceOfSatisfying(MrAssistantBatchException.class, e -> {
                assertThat(e.created()).extracting(CreatedCampaign::id).containsExactly("cmp_1");
                assertThat(e.failedBatch()).isEqualTo(1);
                assertThat(e.getCause()).isInstanceOf(UncheckedIOException.class);
                assertThat(e.vendorMayHaveActed()).as("the second batch was never sent").isFalse();
                assertThat(e).hasMessageContaining("source threw");
            });
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void fastapi_validation_errors_list_every_field() {
        server.enqueue(new MockResponse.Builder().code(422).body("""
            {"detail": [{"loc": ["body", "name"], "msg": "String should have at most 255 characters", "type": "string_too_long"},
                        {"loc": ["body", "targets", 0, "to_number"], "msg": "Field required", "type": "missing"}]}
            """).build());
        try (MrAssistantClient client = client()) {
            assertThatThrownBy(() -> client.create(campaign().build())).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("body.name: String should have at most 255 characters")
                    .hasMessageContaining("body.targets.0.to_number: Field required");
        }
    }

    @Test
    void initiates_and_reads_a_call_with_every_documented_field() throws Exception {
        ok("""
            {"call_id": "call_1", "session_id": "s1", "room_name": "r1", "agent_id": "%s", "direction": "outbound",
             "from_number": "+15101234567", "to_number": "+919876543210", "status": "dialing", "recording": {"enabled": true}}
            """.formatted(AGENT));
        ok("""
            {"call_id": "call_1", "tenant_id": "t1", "status": "completed", "disposition": "interested",
             "duration_seconds": 42.5, "sentiment_score": 0.8, "language_detected": "hi", "ended_at": "2026-01-01T10:00:00Z"}
            """);
        try (MrAssistantClient client = client()) {
            MrAssistantCall call = client.api().initiateCall(MrAssistantOutboundCallRequest.builder(AGENT, "+919876543210")
                    .fromNumber("+15101234567").context(Map.of("name", "Asha")).priority("high").krispEnabled(false)
                    .waitUntilAnswered(true).displayName("Acme").dtmf("12#").playDialtone(true).mediaEncryption("ALLOW")
                    .ringingTimeoutSeconds(30).maxCallDurationSeconds(600).hidePhoneNumber(false)
                    .customHeaders(Map.of("X-Campaign", "7")).build());
            MrAssistantCall status = client.api().getCall("call_1");

            assertThat(call.roomName()).contains("r1");
            assertThat(status.disposition()).contains("interested");
            assertThat(status.durationSeconds()).contains(42.5);
        }
        JsonNode sent = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(sent.fieldNames()).toIterable().containsExactlyInAnyOrder("agent_id", "to_number", "from_number",
                "context", "priority", "krisp_enabled", "wait_until_answered", "display_name", "dtmf", "play_dialtone",
                "media_encryption", "ringing_timeout_seconds", "max_call_duration_seconds", "hide_phone_number",
                "custom_headers");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/calls/call_1");
    }

    @Test
    void a_call_breaking_documented_ranges_is_refused_before_sending() {
        try (MrAssistantClient client = client()) {
            assertThatThrownBy(() -> client.api().initiateCall(MrAssistantOutboundCallRequest.builder("nope", "12345")
                    .priority("asap").mediaEncryption("MAYBE").ringingTimeoutSeconds(81).maxCallDurationSeconds(59).build()))
                    .isInstanceOfSatisfying(CampaignValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactlyInAnyOrder("agent_id", "to_number", "priority",
                                    "media_encryption", "ringing_timeout_seconds", "max_call_duration_seconds"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void registers_and_lists_agent_phone_numbers() throws Exception {
        ok("{\"phone_number\": \"+15101234567\", \"provider\": \"twilio\", \"sip_uri\": \"sip:x\", \"outbound_enabled\": true}");
        server.enqueue(new MockResponse.Builder().code(200).body("[{\"phone_number\": \"+15101234567\", \"status\": \"active\"}]").build());
        try (MrAssistantClient client = client()) {
            MrAssistantPhoneNumber registered = client.api().registerPhoneNumber(AGENT,
                    MrAssistantPhoneNumberRequest.outbound("+15101234567", "twilio", "sip.example.com"));
            assertThat(registered.sipUri()).contains("sip:x");
            assertThat(client.api().listPhoneNumbers(AGENT)).extracting(p -> p.status().orElse("")).containsExactly("active");
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/agents/" + AGENT + "/phone-numbers");
        assertThat(JSON.readTree(r.getBody().utf8())).isEqualTo(JSON.readTree(
                "{\"phone_number\":\"+15101234567\",\"provider\":\"twilio\",\"enable_outbound\":true,\"outbound_address\":\"sip.example.com\"}"));
    }

    @Test
    void the_assumed_hmac_verifier_accepts_a_matching_signature_only() throws Exception {
        byte[] body = "{\"event\":\"call.completed\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_k".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hex = HexFormat.of().formatHex(mac.doFinal(body));
        MrAssistantWebhookVerifier verifier = MrAssistantWebhookVerifier.hmacSha256(Secret.of("whsec_k"), "X-Signature");

        assertThat(verifier.verify(body, Map.of("x-signature", "sha256=" + hex))).isTrue();
        assertThat(verifier.verify(body, Map.of("X-Signature", hex.replace('a', 'b')))).isFalse();
        assertThat(verifier.verify("{}".getBytes(StandardCharsets.UTF_8), Map.of("X-Signature", hex))).isFalse();
        assertThat(verifier.verify(body, Map.of())).isFalse();
    }

    @Test
    void the_assumed_hmac_verifier_reads_hex_in_either_case_or_base64_and_refuses_anything_else() throws Exception {
        byte[] body = "{\"call_id\":\"c1\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_k".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(body);
        String hex = HexFormat.of().formatHex(digest);
        MrAssistantWebhookVerifier verifier = MrAssistantWebhookVerifier.hmacSha256(Secret.of("whsec_k"), "X-Signature");

        for (String good : List.of(hex, hex.toUpperCase(Locale.ROOT), "SHA256=" + hex, "  sha256=" + hex + " ",
                Base64.getEncoder().encodeToString(digest), "sha256=" + Base64.getEncoder().encodeToString(digest))) {
            assertThat(verifier.verify(body, Map.of("x-signature", good))).as(good).isTrue();
        }
        String lastWrong = hex.substring(0, 63) + (hex.charAt(63) == '0' ? '1' : '0');
        for (String bad : List.of(lastWrong, hex.substring(1), hex + "0", hex.substring(0, 62) + "g0", "sha256=", " ", "",
                hex.substring(0, 62) + "\u0660\u0660")) {
            assertThat(verifier.verify(body, Map.of("x-signature", bad))).as(bad).isFalse();
        }
    }

    @Test
    void a_hex_signature_with_any_one_character_changed_fails_unless_it_is_the_same_digit_in_the_other_case() throws Exception {
        byte[] body = "{\"call_id\":\"c2\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_k".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hex = HexFormat.of().formatHex(mac.doFinal(body));
        MrAssistantWebhookVerifier verifier = MrAssistantWebhookVerifier.hmacSha256(Secret.of("whsec_k"), "X-Signature");

        for (int i = 0; i < hex.length(); i++) {
            // Every Latin-1 character and then some, control characters included (a digit's code
            // less 0x20 is one, and must not pass for it).
            for (char c = 0; c < 0x180; c++) {
                String changed = hex.substring(0, i) + c + hex.substring(i + 1);
                boolean sameDigit = Character.toLowerCase(c) == hex.charAt(i);
                assertThat(verifier.verify(body, Map.of("x-signature", changed))).as("%d: U+%04X", i, (int) c)
                        .isEqualTo(sameDigit);
            }
        }
    }

    @Test
    void an_outcome_reads_the_same_in_any_case_and_with_hyphens_and_an_unlisted_one_is_unknown() {
        assertThat(MrAssistantCallEventParser.outcome("completed")).isEqualTo(CallOutcome.COMPLETED);
        assertThat(MrAssistantCallEventParser.outcome("Answered")).isEqualTo(CallOutcome.COMPLETED);
        assertThat(MrAssistantCallEventParser.outcome("no_answer")).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(MrAssistantCallEventParser.outcome("No-Answer")).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(MrAssistantCallEventParser.outcome("BUSY")).isEqualTo(CallOutcome.BUSY);
        assertThat(MrAssistantCallEventParser.outcome("machine")).isEqualTo(CallOutcome.VOICEMAIL);
        assertThat(MrAssistantCallEventParser.outcome("Error")).isEqualTo(CallOutcome.FAILED);
        assertThat(MrAssistantCallEventParser.outcome("ringing")).isEqualTo(CallOutcome.UNKNOWN);
        assertThat(MrAssistantCallEventParser.outcome("")).isEqualTo(CallOutcome.UNKNOWN);
    }

    @Test
    void needs_a_base_url_because_the_docs_give_no_host() {
        assertThatThrownBy(() -> MrAssistantClient.builder().apiKey("t-123456").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MRASSISTANT_BASE_URL");
        assertThatThrownBy(() -> MrAssistantClient.builder().baseUrl("https://x.example.com").build())
                .hasMessageContaining("credentials");
    }

    static List<Target> targets(int n) {
        return IntStream.range(0, n).mapToObj(i -> Target.of("+141555" + (100000 + i))).toList();
    }
}
