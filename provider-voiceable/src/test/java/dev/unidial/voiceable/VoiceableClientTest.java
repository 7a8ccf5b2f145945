package dev.unidial.voiceable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiException;
import dev.unidial.Audience;
import dev.unidial.AuthenticationException;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.InvalidRequestException;
import dev.unidial.NotFoundException;
import dev.unidial.Schedule;
import dev.unidial.ServerException;
import dev.unidial.Target;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.Violation;
import dev.unidial.http.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoiceableClientTest {
    private MockWebServer server;

    static Campaign.Builder campaign() {
        return Campaign.builder().name("Q1 Product Launch Campaign").agentId("123").callerId(CallerId.ofPhoneNumberId("1"))
                .audience(Audience.targets(Target.of("+14155550100"), Target.of("+919876543210")));
    }

    static String created(long id) {
        return """
            {"status": {"code": 201, "message": "Campaign created successfully"},
             "data": {"id": %d, "name": "Q1 Product Launch Campaign", "status": "pending",
                      "elevenlabs_batch_call_id": null, "recipients_count": 2, "scheduled_at": null,
                      "send_immediately": true, "created_at": "2024-01-15T10:30:00Z"}}
            """.formatted(id);
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

    private VoiceableClient client(String base) {
        return VoiceableClient.builder().apiKey("vk_test_123456").baseUrl(base).maxRetries(0).build();
    }

    private VoiceableClient client() {
        return client(server.url("/").toString());
    }

    private MultipartForm form(RecordedRequest r) throws Exception {
        return MultipartForm.parse(r.getHeaders().get("Content-Type"), r.getBody().toByteArray());
    }

    @Test
    void posts_every_field_and_the_csv_as_multipart() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body(created(1)).build());
        try (VoiceableClient client = client()) {
            CreatedCampaign c = client.create(campaign().build());
            assertThat(c.id()).isEqualTo("1");
            assertThat(c.status()).isEqualTo(CampaignStatus.PENDING);
            assertThat(c.targetCount()).hasValue(2);
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v1/campaigns");
        assertThat(r.getHeaders().get("X-API-Key")).isEqualTo("vk_test_123456");
        assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        MultipartForm form = form(r);
        assertThat(form.fields()).containsOnlyKeys("name", "phone_number_id", "agent_id", "send_immediately",
                "recipients_file");
        assertThat(form.fields()).containsEntry("name", "Q1 Product Launch Campaign").containsEntry("phone_number_id", "1")
                .containsEntry("agent_id", "123").containsEntry("send_immediately", "true");
        assertThat(form.fileNames()).containsEntry("recipients_file", "recipients.csv");
        assertThat(form.contentTypes()).containsEntry("recipients_file", "text/csv");
        assertThat(form.fields().get("recipients_file").split("\n")).containsExactly("phone_number", "+14155550100",
                "+919876543210");
    }

    @Test
    void a_scheduled_start_is_sent_as_its_local_date_and_time_or_converted_into_the_account_zone() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body(created(2)).build());
        server.enqueue(new MockResponse.Builder().code(201).body(created(3)).build());
        Campaign scheduled = campaign().schedule(Schedule.builder()
                .startAt(OffsetDateTime.parse("2030-02-01T10:00:00+05:30")).build()).build();
        try (VoiceableClient client = client();
             VoiceableClient inUtc = VoiceableClient.builder().apiKey("vk_test_123456").baseUrl(server.url("/").toString())
                     .accountZone(ZoneId.of("UTC")).build()) {
            client.create(scheduled);
            inUtc.create(scheduled);
        }
        MultipartForm asWritten = form(server.takeRequest());
        assertThat(asWritten.fields()).containsEntry("send_immediately", "false")
                .containsEntry("schedule_date", "2030-02-01").containsEntry("schedule_time", "10:00:00");
        MultipartForm converted = form(server.takeRequest());
        assertThat(converted.fields()).containsEntry("schedule_date", "2030-02-01").containsEntry("schedule_time", "04:30:00");
    }

    @Test
    void a_base_url_that_already_ends_in_api_v1_is_not_doubled() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body(created(1)).build());
        try (VoiceableClient client = client(server.url("/api/v1").toString())) {
            client.create(campaign().build());
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/campaigns");
    }

    @Test
    void a_csv_of_your_own_is_sent_as_is() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body(created(1)).build());
        byte[] csv = "phone_number\n+14155550199\n".getBytes(StandardCharsets.UTF_8);
        Campaign c = campaign().option(VoiceableOptions.builder()
                .recipients(VoiceableRecipients.csvStream(() -> new ByteArrayInputStream(csv))).build()).build();
        try (VoiceableClient client = client()) {
            client.create(c);
        }
        assertThat(form(server.takeRequest()).fields().get("recipients_file")).isEqualTo("phone_number\n+14155550199\n");
    }

    @Test
    void voiceables_rules_are_reported_together() {
        Campaign bad = Campaign.builder().name("x").callerId(CallerId.ofPhoneNumberId("pn-one")).build();
        try (VoiceableClient client = client()) {
            assertThatThrownBy(() -> client.create(bad)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path)
                            .containsExactlyInAnyOrder("agentId", "callerId.phoneNumberId", "audience.targets"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void errors_map_to_their_types_with_every_message() {
        server.enqueue(new MockResponse.Builder().code(401).body(
                "{\"status\":{\"code\":401,\"message\":\"Unauthorized\"},\"error\":\"Invalid API key\"}").build());
        server.enqueue(new MockResponse.Builder().code(404).body(
                "{\"status\":{\"code\":404,\"message\":\"Phone number not found\"}}").build());
        server.enqueue(new MockResponse.Builder().code(422)
                .addHeader("X-RateLimit-Limit", "100").addHeader("X-RateLimit-Remaining", "97").addHeader("X-RateLimit-Reset", "1700000000")
                .body("{\"status\":{\"code\":422,\"message\":\"Validation failed\"},\"errors\":[\"Invalid CSV header\",\"Row 3: invalid number\"]}").build());
        server.enqueue(new MockResponse.Builder().code(502).body(
                "{\"status\":{\"code\":502,\"message\":\"Bad gateway\"},\"details\":\"ElevenLabs API error\"}").build());
        try (VoiceableClient client = VoiceableClient.builder().apiKey("vk_1234567").baseUrl(server.url("/").toString()).build()) {
            assertThatThrownBy(() -> client.create(campaign().build())).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("Invalid API key");
            assertThatThrownBy(() -> client.create(campaign().build())).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("Phone number not found");
            Throwable invalid = catchThrowable(() -> client.create(campaign().build()));
            assertThat(invalid).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("Invalid CSV header").hasMessageContaining("Row 3: invalid number");
            assertThat(VoiceableRateLimit.from(((ApiException) invalid).headers())).contains(
                    new VoiceableRateLimit(Optional.of(100L), Optional.of(97L), Optional.of("1700000000")));
            assertThatThrownBy(() -> client.create(campaign().build())).isInstanceOf(ServerException.class)
                    .hasMessageContaining("ElevenLabs API error");
        }
        assertThat(server.getRequestCount()).as("a 502 on a create is not retried").isEqualTo(4);
    }

    @Test
    void lists_and_gets_campaigns_and_agents() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":{\"code\":200},\"data\":["
                + created(1).replaceAll("(?s).*\"data\": ", "").replaceAll("}\\s*$", "") + "]}").build());
        server.enqueue(new MockResponse.Builder().code(200).body(created(7).replace("pending", "completed")).build());
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"data\":[{\"id\":\"agent_x\",\"name\":\"Sales\",\"tags\":[\"en\"],\"conversation_config\":{}}]}").build());
        try (VoiceableClient client = client()) {
            assertThat(client.api().listCampaigns()).extracting(VoiceableCampaign::id).containsExactly(1L);
            assertThat(client.api().getCampaign("7").campaignStatus()).isEqualTo(CampaignStatus.COMPLETED);
            List<VoiceableAgent> agents = client.api().searchAgents("Sa", 30);
            assertThat(agents.get(0).other()).containsKey("conversation_config");
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/campaigns");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/campaigns/7");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/agents?page_size=30&search=Sa");
    }

    @Test
    void needs_a_base_url_and_a_key() {
        assertThatThrownBy(() -> VoiceableClient.builder().apiKey("k-123456").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("VOICEABLE_BASE_URL");
        assertThatThrownBy(() -> CampaignClients.create("voiceable", Map.of("VOICEABLE_BASE_URL", "https://v.example.com")))
                .hasMessageContaining("VOICEABLE_API_KEY");
    }

    @Test
    void a_listed_campaign_without_a_usable_id_is_a_typed_error_not_a_null_or_the_text_true() {
        for (String id : List.of("", "\"id\": null,", "\"id\": true,", "\"id\": 1e999999999,", "\"id\": 1.5,")) {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{\"data\": [{" + id + " \"name\": \"x\"}]}").build());
            try (var client = client(); Stream<CampaignSnapshot> all = client.list()) {
                Assertions.assertThatThrownBy(all::toList).as(id)
                        .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("no usable id");
            }
        }
    }

    @Test
    void a_recipient_count_voiceable_left_out_or_sent_negative_gives_no_total() {
        for (String count : List.of("", "\"recipients_count\": -65,", "\"recipients_count\": null,")) {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
                    .body("{\"data\": {\"id\": 7, " + count + " \"name\": \"x\", \"status\": \"draft\"}}").build());
            try (var client = client()) {
                assertThat(client.get("7").progress().flatMap(p -> p.total().isPresent()
                        ? Optional.of(p.total().getAsLong()) : Optional.empty())).as(count).isEmpty();
            }
        }
    }

    @Test
    void a_read_keeps_the_json_voiceable_sent_as_its_raw_not_the_wire_record_written_again() throws Exception {
        String data = "{\"id\":7,\"name\":\"Renewals\",\"status\":\"running\",\"note\":null,\"rate\":1.50}";
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":" + data + "}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[" + data + "]}").build());
        try (VoiceableClient client = client()) {
            assertThat(client.get("7").raw()).isEqualTo(Json.newMapper().readTree(data));
            assertThat(client.list().toList()).singleElement()
                    .satisfies(s -> assertThat(s.raw()).isEqualTo(Json.newMapper().readTree(data)));
        }
    }

    @Test
    void a_zone_less_time_is_read_in_the_account_zone_when_the_client_knows_it_and_in_utc_otherwise() {
        String body = "{\"data\":{\"id\":7,\"name\":\"R\",\"status\":\"scheduled\",\"created_at\":\"2024-01-15 10:30:00\"}}";
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
        try (VoiceableClient inKolkata = VoiceableClient.builder().apiKey("vk_test_123456").baseUrl(server.url("/").toString())
                .accountZone(ZoneId.of("Asia/Kolkata")).build();
             VoiceableClient unknown = client()) {
            assertThat(inKolkata.get("7").createdAt()).contains(Instant.parse("2024-01-15T05:00:00Z"));
            assertThat(unknown.get("7").createdAt()).contains(Instant.parse("2024-01-15T10:30:00Z"));
        }
    }
}
