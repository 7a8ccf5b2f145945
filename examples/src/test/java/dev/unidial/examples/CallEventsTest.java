package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.CallEvent;
import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallEvents;
import dev.unidial.CallOutcome;
import dev.unidial.Secret;
import dev.unidial.WebhookException;
import dev.unidial.mrassistant.MrAssistantWebhookVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each vendor's documented event, read through the neutral API; the reader's checks; de-duplication. */
class CallEventsTest {
    /** CallKaro's call_ended as its page describes it (the fields of `data`, camelCase and snake_case mixed). */
    static final String CALLKARO = """
        {"event": "call_ended", "data": {"callSid": "CA9f8e", "name": "outbound", "agent": "agent_sales_id",
         "versionId": "v3", "from": "918035088113", "to": "919876543210",
         "recordingUrl": "https://rec.example/CA9f8e.mp3", "call_duration": 83, "time": "2025-12-19 16:01:07",
         "transcription": "Agent: Namaste! User: Hello.", "batchId": "68433b7b0dee98e5",
         "hangup_reason": "CLIENT_INITIATED", "call_metadata": {"name": "Asha", "plan": "Gold", "note": null},
         "try_count": 2, "post_call": {"interested": "yes"}, "post_call_detail": {}, "functions_called": [],
         "disposition_reason": "", "conversion_status": true, "next_call_scheduled": false, "call_link": "https://x"}}
        """;

    /** Ravan's call.completed as its page describes it. */
    static final String RAVAN = """
        {"event": "call.completed", "org_id": "org-7", "data": {"campaign_id": "019e-c1", "contact_id": "ct-1",
         "phone": "+14155550101", "status": "no_answer", "duration_sec": 0, "call_session_id": "cs-55",
         "attempt": 2, "summary": "", "recording_url": null, "caller_number": "+918035088113",
         "callee_number": "+14155550100", "channel": "voice", "disconnect_reason": "error",
         "ended_at": "2026-03-01T10:00:05Z", "transcripts": [], "future_field": 1}}
        """;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void callkaros_event_reads_with_a_plus_on_the_numbers_seconds_as_a_duration_and_the_retry_in_its_id() {
        CallEvent e = CallEvents.parse("callkaro", Map.of("Content-Type", "application/json"), bytes(CALLKARO));

        assertThat(e.to()).isEqualTo("+919876543210");
        assertThat(e.from()).hasValue("+918035088113");
        assertThat(e.eventId()).isEqualTo("CA9f8e:2");
        assertThat(e.attempt()).hasValue(2);
        assertThat(e.campaignId()).hasValue("68433b7b0dee98e5");
        assertThat(e.duration()).hasValue(Duration.ofSeconds(83));
        assertThat(e.outcome()).isEqualTo(CallOutcome.COMPLETED);
        assertThat(e.rawOutcome()).isEqualTo("CLIENT_INITIATED");
        assertThat(e.transcript()).hasValue("Agent: Namaste! User: Hello.");
        assertThat(e.variables()).containsExactly(Map.entry("name", "Asha"), Map.entry("plan", "Gold"));
        assertThat(e.raw().path("data").path("post_call").path("interested").asText()).as("nothing lost").isEqualTo("yes");
        assertThat(e.endedAt()).as("CallKaro's time has no zone").isEmpty();
    }

    @Test
    void callkaros_zone_less_time_is_read_in_the_account_zone_the_reader_is_given() {
        Secret token = CallEvents.newUrlToken();
        CallEvents.Reader reader = CallEvents.reader().urlToken(token).accountZone("callkaro", ZoneId.of("Asia/Kolkata")).build();

        CallEvent e = reader.read("callkaro", URI.create(CallEvents.withUrlToken("https://me.example/hooks", token)), Map.of(),
                bytes(CALLKARO));

        assertThat(e.endedAt()).hasValue(Instant.parse("2025-12-19T10:31:07Z"));
    }

    @Test
    void ravans_event_reads_the_callee_its_five_statuses_and_keeps_unknown_fields() {
        CallEvent e = CallEvents.parse("ravan", Map.of(), bytes(RAVAN));

        assertThat(e.to()).isEqualTo("+14155550100");
        assertThat(e.eventId()).isEqualTo("cs-55");
        assertThat(e.outcome()).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(e.attempt()).hasValue(2);
        assertThat(e.recordingUrl()).isEmpty();
        assertThat(e.endedAt()).hasValue(Instant.parse("2026-03-01T10:00:05Z"));
        assertThat(e.raw().path("data").path("future_field").asInt()).isEqualTo(1);
        assertThat(CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("\"callee_number\": \"+14155550100\",", ""))).to())
                .as("falls back to phone").isEqualTo("+14155550101");
    }

    @Test
    void a_body_without_the_called_number_or_from_a_vendor_without_webhooks_is_not_a_call_event() {
        assertThatThrownBy(() -> CallEvents.parse("mrassistant", Map.of(), bytes("{\"call_id\": \"c1\", \"status\": \"completed\"}")))
                .isInstanceOf(WebhookException.class).hasMessageContaining("to_number");
        assertThatThrownBy(() -> CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("call.completed", "call.started"))))
                .isInstanceOf(WebhookException.class);
        assertThatThrownBy(() -> CallEvents.parse("kore", Map.of(), bytes(RAVAN)))
                .isInstanceOf(WebhookException.class).hasMessageContaining("kore documents no call webhooks");
        assertThatThrownBy(() -> CallEvents.parse("callkaro", Map.of(), bytes("<html>502</html>")))
                .isInstanceOf(WebhookException.class).hasMessageContaining("not JSON");
    }

    @Test
    void the_reader_refuses_a_missing_or_wrong_url_token_and_reads_the_right_one() {
        Secret token = CallEvents.newUrlToken();
        CallEvents.Reader reader = CallEvents.reader().urlToken(token).build();
        String registered = CallEvents.withUrlToken("https://me.example/hooks?source=ravan", token);

        assertThat(reader.read("ravan", URI.create(registered), Map.of(), bytes(RAVAN)).eventId()).isEqualTo("cs-55");
        assertThatThrownBy(() -> reader.read("ravan", URI.create("https://me.example/hooks?source=ravan"), Map.of(), bytes(RAVAN)))
                .isInstanceOf(WebhookException.class);
        assertThatThrownBy(() -> reader.read("ravan", URI.create(CallEvents.withUrlToken("https://me.example/hooks",
                CallEvents.newUrlToken())), Map.of(), bytes(RAVAN))).isInstanceOf(WebhookException.class)
                .hasMessageNotContaining(token.reveal());
        assertThat(reader.toString()).doesNotContain(token.reveal());
    }

    @Test
    void mrassistants_signature_check_refuses_a_changed_body() throws Exception {
        Secret key = Secret.of("whsec_test_key_123");
        CallEvents.Reader reader = CallEvents.reader()
                .verifier("mrassistant", MrAssistantWebhookVerifier.hmacSha256(key, "X-Webhook-Signature")).build();
        String body = "{\"call_id\": \"c1\", \"to_number\": \"+14155550100\", \"status\": \"completed\"}";
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(bytes(key.reveal()), "HmacSHA256"));
        Map<String, String> signed = Map.of("x-webhook-signature", "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(bytes(body))));

        assertThat(reader.read("mrassistant", URI.create("https://me.example/h"), signed, bytes(body)).outcome())
                .isEqualTo(CallOutcome.COMPLETED);
        assertThatThrownBy(() -> reader.read("mrassistant", URI.create("https://me.example/h"), signed,
                bytes(body.replace("completed", "no_answer")))).isInstanceOf(WebhookException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> reader.read("ravan", URI.create("https://me.example/h"), Map.of(), bytes(RAVAN)))
                .as("no check set for ravan").isInstanceOf(WebhookException.class);
    }

    @Test
    void the_deduplicator_knows_a_redelivery_and_forgets_the_oldest_past_its_capacity() {
        CallEvent first = CallEvents.parse("ravan", Map.of(), bytes(RAVAN));
        CallEvent other = CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("cs-55", "cs-56")));
        CallEvent third = CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("cs-55", "cs-57")));
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory(2);

        assertThat(seen.firstSeen(first)).isTrue();
        assertThat(seen.firstSeen(CallEvents.parse("ravan", Map.of(), bytes(RAVAN)))).as("redelivered").isFalse();
        assertThat(seen.firstSeen(other)).isTrue();
        assertThat(seen.firstSeen(third)).isTrue();
        assertThat(seen.firstSeen(first)).as("forgotten past the capacity").isTrue();

        Set<String> table = new java.util.HashSet<>();
        CallEventDeduplicator shared = CallEventDeduplicator.over(table::add);
        assertThat(shared.firstSeen(first)).isTrue();
        assertThat(shared.firstSeen(first)).isFalse();
        assertThat(table).containsExactly("ravan:cs-55");
    }
}
