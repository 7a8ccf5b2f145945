package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.CallEvent;
import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallEvents;
import dev.unidial.CallOutcome;
import dev.unidial.Secret;
import dev.unidial.WebhookException;
import dev.unidial.WebhookVerificationException;
import dev.unidial.mrassistant.MrAssistantWebhookVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
    void a_ravan_event_of_another_organisation_is_refused_as_unverified() {
        Secret token = CallEvents.newUrlToken();
        URI uri = URI.create(CallEvents.withUrlToken("https://example.com/hooks/ravan", token));
        CallEvents.Reader ours = CallEvents.reader().urlToken(token).organisation("ravan", "org-7").build();
        CallEvents.Reader theirs = CallEvents.reader().urlToken(token).organisation("ravan", "org-8").build();

        assertThat(ours.read("ravan", uri, Map.of(), bytes(RAVAN)).eventId()).isEqualTo("cs-55");
        assertThatThrownBy(() -> theirs.read("ravan", uri, Map.of(), bytes(RAVAN)))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("organisation");
    }

    @Test
    void each_providers_settings_apply_to_its_own_events_whatever_the_case_of_its_name_and_show_without_their_values() {
        Secret token = CallEvents.newUrlToken();
        URI uri = URI.create(CallEvents.withUrlToken("https://example.com/hooks", token));
        CallEvents.Reader reader = CallEvents.reader().urlToken(token).organisation("Ravan", "org-8")
                .accountZone("CALLKARO", ZoneId.of("Asia/Kolkata")).build();

        assertThatThrownBy(() -> reader.read("ravan", uri, Map.of(), bytes(RAVAN)))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("organisation");
        assertThat(reader.read("CallKaro", uri, Map.of(), bytes(CALLKARO)).endedAt()).isPresent();
        assertThat(reader.toString()).contains("callkaro=[verifier=none, zone=Asia/Kolkata]", "ravan=[verifier=none, organisation=set]")
                .doesNotContain(token.reveal(), "org-8");
    }

    @Test
    void a_mrassistant_campaign_progress_body_is_refused_saying_that_its_body_is_undocumented() {
        byte[] progress = bytes("{\"event\": \"campaign.progress\", \"campaign_id\": \"cmp_1\", \"completed\": 3}");
        assertThatThrownBy(() -> CallEvents.parse("mrassistant", Map.of(), progress)).isInstanceOf(WebhookException.class)
                .hasMessageContaining("campaign-progress").hasMessageContaining("does not document");
    }

    @Test
    void a_mrassistant_event_without_a_number_to_call_or_without_a_call_id_is_refused_saying_which() {
        byte[] noNumber = bytes("{\"call_id\": \"call_1\", \"to_number\": \"ask for Asha\"}");
        byte[] noCallId = bytes("{\"call_id\": \" \", \"to_number\": \"+14155550101\"}");
        byte[] nullNumber = bytes("{\"call_id\": \"call_1\", \"to_number\": null}");

        assertThatThrownBy(() -> CallEvents.parse("mrassistant", Map.of(), noNumber)).isInstanceOf(WebhookException.class)
                .hasMessageContaining("to_number is not a phone number");
        assertThatThrownBy(() -> CallEvents.parse("mrassistant", Map.of(), noCallId)).isInstanceOf(WebhookException.class)
                .hasMessageContaining("it has no call_id");
        assertThatThrownBy(() -> CallEvents.parse("mrassistant", Map.of(), nullNumber)).isInstanceOf(WebhookException.class)
                .hasMessageContaining("to_number is not a phone number");
    }

    @Test
    void callkaros_duration_and_try_count_read_the_same_as_strings_as_numbers() {
        String asStrings = CALLKARO.replace("\"call_duration\": 83", "\"call_duration\": \"83\"")
                .replace("\"try_count\": 2", "\"try_count\": \"2\"");
        CallEvent numbers = CallEvents.parse("callkaro", Map.of(), bytes(CALLKARO));
        CallEvent strings = CallEvents.parse("callkaro", Map.of(), bytes(asStrings));

        assertThat(strings.duration()).isEqualTo(numbers.duration()).contains(Duration.ofSeconds(83));
        assertThat(strings.attempt()).isEqualTo(numbers.attempt());
        assertThat(strings.eventId()).isEqualTo(numbers.eventId());
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
    void an_ended_at_without_an_offset_is_read_in_the_readers_account_zone_for_ravan_and_mrassistant_and_in_utc_without_one() {
        Secret token = CallEvents.newUrlToken();
        CallEvents.Reader reader = CallEvents.reader().urlToken(token)
                .accountZone("ravan", ZoneId.of("Asia/Kolkata")).accountZone("mrassistant", ZoneId.of("America/New_York")).build();
        URI url = URI.create(CallEvents.withUrlToken("https://me.example/hooks", token));
        String ravan = RAVAN.replace("2026-03-01T10:00:05Z", "2026-03-01 10:00:05");

        assertThat(reader.read("ravan", url, Map.of(), bytes(ravan)).endedAt()).hasValue(Instant.parse("2026-03-01T04:30:05Z"));
        assertThat(CallEvents.parse("ravan", Map.of(), bytes(ravan)).endedAt()).hasValue(Instant.parse("2026-03-01T10:00:05Z"));
        assertThat(reader.read("ravan", url, Map.of(), bytes(RAVAN)).endedAt())
                .as("a time with its offset keeps it").hasValue(Instant.parse("2026-03-01T10:00:05Z"));
        assertThat(reader.read("mrassistant", url, Map.of(), bytes("""
            {"call_id": "c1", "to_number": "+14155550100", "status": "completed", "ended_at": "2026-03-01T10:00:05"}
            """)).endedAt()).hasValue(Instant.parse("2026-03-01T15:00:05Z"));
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
                CallEvents.newUrlToken())), Map.of(), bytes(RAVAN))).isInstanceOf(WebhookVerificationException.class)
                .hasMessageNotContaining(token.reveal());
        assertThat(reader.toString()).doesNotContain(token.reveal());
    }

    @Test
    void a_token_of_your_own_that_the_url_must_encode_matches_and_one_character_more_less_or_else_does_not() {
        Secret token = Secret.of("my token+/=é");
        CallEvents.Reader reader = CallEvents.reader().urlToken(token).build();
        String registered = CallEvents.withUrlToken("https://me.example/hooks", token);

        assertThat(registered).doesNotContain("my token");
        assertThat(reader.read("ravan", URI.create(registered), Map.of(), bytes(RAVAN)).eventId()).isEqualTo("cs-55");
        for (String guess : List.of("my token+/=", "my token+/=éé", "my token+/=e", "My token+/=é")) {
            URI uri = URI.create(CallEvents.withUrlToken("https://me.example/hooks", Secret.of(guess)));
            assertThatThrownBy(() -> reader.read("ravan", uri, Map.of(), bytes(RAVAN))).as(guess)
                    .isInstanceOf(WebhookVerificationException.class);
        }
        assertThatThrownBy(() -> reader.read("ravan", URI.create("https://me.example/hooks?" + CallEvents.TOKEN_PARAMETER + "="),
                Map.of(), bytes(RAVAN))).as("empty").isInstanceOf(WebhookVerificationException.class);
        String plain = CallEvents.newUrlToken().reveal();
        CallEvents.Reader plainReader = CallEvents.reader().urlToken(Secret.of(plain)).build();
        assertThat(plainReader.read("ravan", URI.create("https://me.example/h?a=1&" + CallEvents.TOKEN_PARAMETER + "=" + plain
                + "&b=2"), Map.of(), bytes(RAVAN)).eventId()).as("among other parameters").isEqualTo("cs-55");
        assertThatThrownBy(() -> plainReader.read("ravan", URI.create("https://me.example/h?" + CallEvents.TOKEN_PARAMETER + "="
                + plain.substring(1) + "A"), Map.of(), bytes(RAVAN))).isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void mrassistants_signature_check_refuses_a_changed_body() throws Exception {
        Secret key = Secret.of("whsec_test_key_123");
        CallEvents.Reader reader = CallEvents.reader()
                .verifier("mrassistant", MrAssistantWebhookVerifier.hmacSha256(key, "X-Webhook-Signature")).build();
        String body = "{\"call_id\": \"c1\", \"to_number\": \"+14155550100\", \"status\": \"completed\"}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(bytes(key.reveal()), "HmacSHA256"));
        Map<String, String> signed = Map.of("x-webhook-signature", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes(body))));

        assertThat(reader.read("mrassistant", URI.create("https://me.example/h"), signed, bytes(body)).outcome())
                .isEqualTo(CallOutcome.COMPLETED);
        assertThatThrownBy(() -> reader.read("mrassistant", URI.create("https://me.example/h"), signed,
                bytes(body.replace("completed", "no_answer")))).isInstanceOf(WebhookException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> reader.read("ravan", URI.create("https://me.example/h"), Map.of(), bytes(RAVAN)))
                .as("no check set for ravan").isInstanceOf(WebhookException.class);
    }

    @Test
    void the_deduplicator_runs_a_handler_once_per_event_and_forgets_the_oldest_past_its_capacity() {
        CallEvent first = CallEvents.parse("ravan", Map.of(), bytes(RAVAN));
        CallEvent other = CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("cs-55", "cs-56")));
        CallEvent third = CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("cs-55", "cs-57")));
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory(2);
        List<String> handled = new ArrayList<>();

        assertThat(seen.handleOnce(first, e -> handled.add(e.eventId()))).isTrue();
        assertThat(seen.handleOnce(CallEvents.parse("ravan", Map.of(), bytes(RAVAN)), e -> handled.add(e.eventId())))
                .as("redelivered").isFalse();
        assertThat(seen.handleOnce(other, e -> handled.add(e.eventId()))).isTrue();
        assertThat(seen.handleOnce(third, e -> handled.add(e.eventId()))).isTrue();
        assertThat(seen.handleOnce(first, e -> handled.add(e.eventId()))).as("forgotten past the capacity").isTrue();
        assertThat(handled).containsExactly("cs-55", "cs-56", "cs-57", "cs-55");
    }

    /** Each vendor's event with its duration, attempt and end time set to what no call has. */
    private static final Map<String, String[]> ABSURD = Map.of(
            "callkaro", new String[] {CALLKARO, "\"call_duration\": 83", "\"try_count\": 2", "\"time\": \"2025-12-19 16:01:07\""},
            "ravan", new String[] {RAVAN, "\"duration_sec\": 0", "\"attempt\": 2", "\"ended_at\": \"2026-03-01T10:00:05Z\""},
            "mrassistant", new String[] {"{\"call_id\": \"c1\", \"to_number\": \"+14155550100\", \"status\": \"completed\","
                    + " \"duration_seconds\": 12, \"attempt\": 1, \"ended_at\": \"2026-03-01T10:00:05Z\"}",
                    "\"duration_seconds\": 12", "\"attempt\": 1", "\"ended_at\": \"2026-03-01T10:00:05Z\""});

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: duration {1}, attempt {2}, ended {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "callkaro    | 1e999999999 | -65         | +999999999-12-31T23:59:59Z",
        "callkaro    | -65         | 10000000000 | 1066-10-14T12:00:00Z",
        "callkaro    | 86401       | 1.5         | 1969-12-31T23:59:59Z",
        "ravan       | 1e999999999 | -65         | +999999999-12-31T23:59:59Z",
        "ravan       | -65         | 10000000000 | 1066-10-14T12:00:00Z",
        "mrassistant | 1e999999999 | -65         | +999999999-12-31T23:59:59Z",
        "mrassistant | -0.5        | 10000000000 | 2201-01-01T00:00:00Z"})
    void a_number_no_call_can_have_gives_an_empty_field_not_a_292_million_year_duration(String provider, String duration,
            String attempt, String endedAt) {
        String[] v = ABSURD.get(provider);
        String key = v[1].substring(0, v[1].indexOf(':') + 1);
        String attemptKey = v[2].substring(0, v[2].indexOf(':') + 1);
        String endKey = v[3].substring(0, v[3].indexOf(':') + 1);
        String body = v[0].replace(v[1], key + " " + duration).replace(v[2], attemptKey + " " + attempt)
                .replace(v[3], endKey + " \"" + endedAt + "\"");

        CallEvent e = CallEvents.parse(provider, Map.of(), bytes(body));

        assertThat(e.duration()).as(duration).isEmpty();
        assertThat(e.attempt()).as(attempt).isEmpty();
        assertThat(e.endedAt()).as(endedAt).isEmpty();
    }

    @Test
    void a_call_of_a_day_at_most_keeps_its_duration() {
        CallEvent e = CallEvents.parse("ravan", Map.of(), bytes(RAVAN.replace("\"duration_sec\": 0", "\"duration_sec\": 86400")));
        assertThat(e.duration()).hasValue(Duration.ofHours(24));
    }
}
