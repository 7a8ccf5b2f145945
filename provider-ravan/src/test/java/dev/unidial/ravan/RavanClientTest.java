package dev.unidial.ravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.CallEvent;
import dev.unidial.CallEvents;
import dev.unidial.CallOutcome;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignProgress;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.Violation;
import dev.unidial.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RavanClientTest {
    private static final ObjectMapper JSON = Json.newMapper();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RavanClient client(String base) {
        return RavanClient.builder().apiKey("rv_test_key_0001").baseUrl(base).maxRetries(0).build();
    }

    private void enqueue(String body) {
        server.enqueue(new MockResponse.Builder().code(201).body(body).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void posts_to_the_trailing_slash_path_whatever_the_base_url(String suffix) throws Exception {
        enqueue(RavanFixtures.created("c-1"));
        String base = server.url("/").toString().replaceAll("/$", "") + suffix;
        try (RavanClient client = client(base)) {
            client.create(RavanFixtures.campaign());
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v1/campaigns/");
        assertThat(r.getHeaders().get("X-Api-Key")).isEqualTo("rv_test_key_0001");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void a_base_url_with_a_path_keeps_it_and_the_trailing_slash() throws Exception {
        enqueue(RavanFixtures.created("c-1"));
        try (RavanClient client = client(server.url("/gateway/ravan").toString())) {
            client.create(RavanFixtures.campaign());
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/gateway/ravan/api/v1/campaigns/");
    }

    @Test
    void sends_every_field_in_camel_case_with_the_schedule() throws Exception {
        enqueue(RavanFixtures.created("c-1"));
        Campaign campaign = RavanFixtures.campaign().toBuilder()
                .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                        .window(CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.SUNDAY),
                                LocalTime.of(9, 0), LocalTime.of(17, 30)))
                        .build())
                .maxConcurrentCalls(3)
                .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(45)))
                .build();
        try (RavanClient client = client(server.url("/").toString())) {
            client.create(campaign);
        }
        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(body).isEqualTo(JSON.readTree("""
            {"name": "Q4 Outreach", "agentId": "%s", "phoneNumberId": "%s", "fromPhoneNumber": "%s",
             "contactIds": ["c-101", "c-102"],
             "schedule": {"windowStart": "09:00", "windowEnd": "17:30", "windowDays": [1, 6, 7],
                          "timezone": "Asia/Kolkata", "maxConcurrent": 3, "retryAttempts": 2, "retryGapMin": 45}}
            """.formatted(RavanFixtures.AGENT, RavanFixtures.PHONE_ID, RavanFixtures.FROM)));
    }

    @Test
    void a_scheduled_start_is_sent_as_the_schedules_start_with_its_offset_and_read_back() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body(RavanFixtures.created("c-1")
                .replace("\"schedule\": {", "\"schedule\": {\"start\": \"2030-01-07T09:30:00+05:30\", ")).build());
        OffsetDateTime start = OffsetDateTime.parse("2030-01-07T09:30:00+05:30");
        CreatedCampaign created;
        try (RavanClient client = client(server.url("/").toString())) {
            assertThat(client.capabilities().supports(Feature.SCHEDULED_START)).isTrue();
            created = client.create(RavanFixtures.campaign().toBuilder()
                    .schedule(Schedule.builder().startAt(start).build()).build());
        }
        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.path("schedule")).isEqualTo(JSON.readTree("{\"start\": \"2030-01-07T09:30:00+05:30\"}"));
        assertThat(created.scheduledAt()).contains(start);
    }

    @Test
    void leaves_out_the_schedule_when_nothing_in_it_is_set() throws Exception {
        enqueue(RavanFixtures.created("c-1"));
        try (RavanClient client = client(server.url("/").toString())) {
            client.create(RavanFixtures.campaign());
        }
        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.has("schedule")).isFalse();
        assertThat(body.size()).isEqualTo(5);
    }

    @Test
    void maps_the_response_to_a_created_campaign_keeping_everything_sent() {
        enqueue(RavanFixtures.created("019ebbef-48d7-7ebc-a751-4a10362a3bbf"));
        try (RavanClient client = client(server.url("/").toString())) {
            CreatedCampaign created = client.create(RavanFixtures.campaign());

            assertThat(created.id()).isEqualTo("019ebbef-48d7-7ebc-a751-4a10362a3bbf");
            assertThat(created.status()).isEqualTo(CampaignStatus.DRAFT);
            assertThat(created.rawStatus()).isEqualTo("draft");
            assertThat(created.name()).isEqualTo("Q4 Outreach");
            assertThat(created.targetCount()).hasValue(2);
            assertThat(created.createdAt()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2026-06-12T13:04:41Z"));
            assertThat(created.raw().path("data").path("launchNote").asText()).isEqualTo("kept");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft:DRAFT", "active:RUNNING", "paused:PAUSED", "completed:COMPLETED", "archived:UNKNOWN"})
    void maps_each_documented_status_and_keeps_unknown_ones_raw(String pair) {
        String[] p = pair.split(":");
        assertThat(RavanCampaignMapper.status(p[0])).isEqualTo(CampaignStatus.valueOf(p[1]));
    }

    @Test
    void success_false_on_a_200_is_an_error_with_ravans_message() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"success\": false, \"message\": \"Agent is not published\"}").build());
        try (RavanClient client = client(server.url("/").toString())) {
            assertThatThrownBy(() -> client.create(RavanFixtures.campaign()))
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("Agent is not published");
        }
    }

    @Test
    void a_success_without_data_id_is_an_unexpected_response_not_an_npe() {
        enqueue("{\"success\": true, \"data\": {}}");
        try (RavanClient client = client(server.url("/").toString())) {
            assertThatThrownBy(() -> client.create(RavanFixtures.campaign()))
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("data.id");
        }
    }

    @Test
    void ravans_rules_are_reported_together_before_any_request() {
        Campaign bad = Campaign.builder().name("x")
                .callerId(CallerId.ofNumber("+918035088113"))
                .retryPolicy(RetryPolicy.of(1, Duration.ofSeconds(90)))
                .build();
        try (RavanClient client = client(server.url("/").toString())) {
            assertThatThrownBy(() -> client.create(bad)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                            "agentId", "callerId.phoneNumberId", "audience.contactIds", "retryPolicy.gap"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void windows_with_the_same_hours_on_different_days_send_the_union_of_their_days() throws Exception {
        enqueue(RavanFixtures.created("c-1"));
        Campaign campaign = RavanFixtures.campaign().toBuilder()
                .schedule(Schedule.builder()
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)))
                        .window(CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                        .build())
                .build();
        try (RavanClient client = client(server.url("/").toString())) {
            assertThat(client.create(campaign).warnings()).isEmpty();
        }
        JsonNode schedule = JSON.readTree(server.takeRequest().getBody().utf8()).path("schedule");
        assertThat(schedule.path("windowStart").asText()).isEqualTo("09:00");
        assertThat(schedule.path("windowEnd").asText()).isEqualTo("17:00");
        assertThat(schedule.path("windowDays").toString()).as("Saturday is not lost").isEqualTo("[1,2,3,4,5,6]");
    }

    @ParameterizedTest
    @CsvSource({"active,running,RUNNING", "active,paused,PAUSED", "paused,,PAUSED", "draft,draft,DRAFT",
            "active,completed,COMPLETED", "Active,,RUNNING"})
    void the_status_comes_from_execution_status_when_present_else_from_status(String status, String execution,
            CampaignStatus expected) throws Exception {
        enqueue("""
            {"success": true, "message": "Campaign created", "data": {"id": "c-9", "name": "Q4", "status": "%s"%s}}
            """.formatted(status, execution == null ? "" : ", \"executionStatus\": \"" + execution + "\""));
        try (RavanClient client = client(server.url("/").toString())) {
            CreatedCampaign created = client.create(RavanFixtures.campaign());
            assertThat(created.status()).isEqualTo(expected);
            assertThat(created.rawStatus()).isEqualTo(execution == null ? status : execution);
        }
    }

    @Test
    void lenient_sends_the_first_window_when_days_have_different_hours_and_says_so() throws Exception {
        enqueue(RavanFixtures.created("c-1"));
        Campaign campaign = RavanFixtures.campaign().toBuilder()
                .schedule(Schedule.builder()
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                        .window(CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0)))
                        .build())
                .build();
        try (RavanClient client = RavanClient.builder().apiKey("k-123456").baseUrl(server.url("/").toString())
                .mappingPolicy(MappingPolicy.LENIENT).build()) {
            CreatedCampaign created = client.create(campaign);
            assertThat(created.warnings()).containsExactly(
                    "Different hours on different days were not sent: ravan cannot express them.",
                    "Ravan takes one daily window, so these windows were not sent: schedule.windows[1] ([SATURDAY] 10:00–14:00).");
        }
        JsonNode schedule = JSON.readTree(server.takeRequest().getBody().utf8()).path("schedule");
        assertThat(schedule.path("windowStart").asText()).isEqualTo("09:00");
        assertThat(schedule.path("windowDays").toString()).isEqualTo("[1,2,3,4,5]");
    }

    @Test
    void inline_targets_are_refused_because_ravan_calls_existing_contacts() {
        Campaign campaign = RavanFixtures.campaign().toBuilder()
                .audience(Audience.targets(Target.of("+919876543210"))).build();
        try (RavanClient client = client(server.url("/").toString())) {
            assertThatThrownBy(() -> client.create(campaign)).hasMessageContaining("inline targets");
        }
    }

    @Test
    void a_count_ravan_left_out_or_sent_negative_is_empty_not_zero() {
        server.enqueue(new MockResponse.Builder().code(200).body("""
            {"success": true, "data": {"id": "c-9", "status": "active",
                      "contactStats": {"total": 10, "successful": -65}}}
            """).build());
        try (RavanClient client = client(server.url("/").toString())) {
            CampaignProgress p = client.get("c-9").progress().orElseThrow();

            assertThat(p.total()).hasValue(10);
            assertThat(p.completed()).as("negative").isEmpty();
            assertThat(p.failed()).as("left out").isEmpty();
            assertThat(p.pending()).isEmpty();
        }
    }

    @Test
    void a_listed_campaign_without_a_usable_id_is_a_typed_error_not_a_null_or_the_text_true() {
        for (String id : List.of("", "\"id\": null,", "\"id\": true,", "\"id\": 1e999999999,", "\"id\": 1.5,")) {
            server.enqueue(new MockResponse.Builder().code(200).body("{\"success\": true, \"data\": [{" + id
                    + " \"name\": \"x\"}], \"meta\": {\"total\": 1}}").build());
            try (RavanClient client = client(server.url("/").toString());
                 Stream<CampaignSnapshot> all = client.list()) {
                assertThatThrownBy(all::toList).as(id).isInstanceOf(UnexpectedResponseException.class)
                        .hasMessageContaining("no usable id");
            }
        }
    }

    @Test
    void gets_a_campaign_read_in_snake_case_too() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("""
            {"success": true, "message": "Campaign fetched successfully",
             "data": {"id": "c-9", "agent_id": "a-1", "execution_status": "running",
                      "schedule": {"window_start": "10:00", "window_days": [1]},
                      "contact_stats": {"total": 10, "no_answer": 3, "in_progress": 1}}}
            """).build());
        try (RavanClient client = client(server.url("/").toString())) {
            RavanCampaign c = client.api().getCampaign("c-9");

            assertThat(c.agentId()).contains("a-1");
            assertThat(c.executionStatus()).contains("running");
            assertThat(c.schedule().flatMap(RavanSchedule::windowStart)).contains("10:00");
            assertThat(c.contactStats().flatMap(RavanContactStats::noAnswer)).contains(3L);
            assertThat(c.contactStats().flatMap(RavanContactStats::inProgress)).contains(1L);
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v1/campaigns/c-9");
    }

    @Test
    void updates_only_the_fields_set_with_patch() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"success\": true, \"data\": {\"id\": \"c/9\", \"status\": \"paused\"}}").build());
        try (RavanClient client = client(server.url("/").toString())) {
            RavanCampaign c = client.api().updateCampaign("c/9",
                    RavanUpdateCampaignRequest.builder().status("paused").executionStatus("paused").build());
            assertThat(c.status()).contains("paused");
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getTarget()).as("the update page's actual endpoint, with its slash").isEqualTo("/api/v1/campaigns/c%2F9/");
        assertThat(JSON.readTree(r.getBody().utf8()))
                .isEqualTo(JSON.readTree("{\"status\":\"paused\",\"executionStatus\":\"paused\"}"));
    }

    @Test
    void an_agents_webhooks_are_set_with_a_patch_of_webhook_urls_on_the_agent_pages_slashed_path() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("""
            {"success": true, "message": "Agent updated successfully",
             "data": {"id": "ag/1", "agentName": "Sales", "status": "ACTIVE", "webhookUrls": ["https://hooks.example.com/ravan"]}}
            """).build());
        try (RavanClient client = client(server.url("/").toString())) {
            RavanAgent agent = client.api().setAgentWebhooks("ag/1", List.of("https://hooks.example.com/ravan"));
            assertThat(agent.id()).isEqualTo("ag/1");
            assertThat(agent.other().get("webhookUrls").get(0).asText()).isEqualTo("https://hooks.example.com/ravan");
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getTarget()).isEqualTo("/api/v1/agents/ag%2F1/");
        assertThat(JSON.readTree(r.getBody().utf8()))
                .isEqualTo(JSON.readTree("{\"webhookUrls\": [\"https://hooks.example.com/ravan\"]}"));
    }

    @Test
    void an_agent_webhook_that_is_not_an_absolute_http_url_is_refused_with_its_index_before_sending() {
        try (RavanClient client = client(server.url("/").toString())) {
            assertThatThrownBy(() -> client.api().setAgentWebhooks("ag-1", List.of("https://ok.example.com/h", "/relative")))
                    .isInstanceOfSatisfying(CampaignValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("webhookUrls[1]"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void lists_contacts_and_agents_with_their_paging() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("""
            {"success": true, "data": [{"id": "ct-1", "first_name": "Asha", "phone": "+919876543210",
              "created_at": "2026-01-01T00:00:00Z", "tags": ["vip"]}], "meta": {"total": "41", "limit": 1, "offset": 0}}
            """).build());
        server.enqueue(new MockResponse.Builder().code(200).body("""
            {"success": true, "data": [{"id": "ag-1", "name": "Sales", "status": "AGENT_STATUS_ACTIVE"}],
             "meta": {"total": 1, "limit": 10, "offset": 0}}
            """).build());
        try (RavanClient client = client(server.url("/").toString())) {
            RavanPage<RavanContact> contacts = client.api().searchContacts("Asha K", 1, 0);
            RavanPage<RavanAgent> agents = client.api().listAgents(10, 0);

            assertThat(contacts.total()).contains(41L);
            assertThat(contacts.data().get(0).firstName()).contains("Asha");
            assertThat(contacts.data().get(0).other()).containsKey("tags");
            assertThat(agents.data()).extracting(RavanAgent::name).containsExactly(Optional.of("Sales"));
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/contacts/?limit=1&offset=0&search=Asha%20K");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/agents/?limit=10&offset=0");
    }

    @Test
    void the_typed_view_of_a_call_completed_webhook_binds_what_the_neutral_parser_kept() {
        CallEvent call = CallEvents.parse("ravan", Map.of(), """
            {"event": "call.completed", "org_id": "org-1",
             "data": {"campaign_id": "c-1", "contact_id": "ct-1", "phone": "+919876543210", "status": "no_answer",
                      "duration_sec": 0, "call_session_id": "cs-77", "attempt": 2, "channel": "voice",
                      "disconnect_reason": "customer_hangup", "cost_total": 0.12,
                      "post_call_analysis": {"sentiment": "neutral", "disposition": "callback", "goals_met": false},
                      "transcripts": [{"role": "agent", "text": "Hello", "timestamp_ms": 10}],
                      "brand_new_field": 1}}
            """.getBytes(StandardCharsets.UTF_8));
        RavanWebhookEvent event = RavanWebhookEvent.of(call);

        assertThat(event.isCallCompleted()).isTrue();
        assertThat(event.orgId()).contains("org-1");
        assertThat(event.data().callSessionId()).contains("cs-77");
        assertThat(event.data().status()).contains("no_answer");
        assertThat(event.data().attempt()).contains(2);
        assertThat(event.data().postCallAnalysis().flatMap(RavanWebhookEvent.PostCallAnalysis::disposition))
                .contains("callback");
        assertThat(event.data().transcripts()).hasSize(1);
        assertThat(event.data().other()).containsKey("brand_new_field");
        CallEvent other = CallEvent.builder().provider("callkaro").eventId("e-1").to("+919876543210").outcome(CallOutcome.COMPLETED, "completed")
                .raw(JSON.createObjectNode()).build();
        assertThatThrownBy(() -> RavanWebhookEvent.of(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callkaro");
    }

    @Test
    void is_found_by_name_and_needs_a_key() {
        try (CampaignClient client = CampaignClients.create("ravan",
                Map.of("RAVAN_API_KEY", "rv_k_123456", "RAVAN_BASE_URL", server.url("/").toString()))) {
            assertThat(client).isInstanceOf(RavanClient.class);
            assertThat(client.toString()).doesNotContain("rv_k_123456");
        }
        assertThatThrownBy(() -> RavanClient.builder().build()).hasMessageContaining("RAVAN_API_KEY");
    }

    @Test
    void native_calls_check_ravans_documented_rules_before_sending() {
        try (RavanClient client = client(server.url("/").toString())) {
            RavanCreateCampaignRequest bad = RavanCreateCampaignRequest.builder("Q4", "agent-1", "line-1", "8035088113")
                    .contactIds(List.of("c-1", " "))
                    .schedule(RavanSchedule.empty().withWindow("9:00", "25:00", List.of(0, 1)).withTimezone("India"))
                    .build();
            assertThatThrownBy(() -> client.api().createCampaign(bad)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                            "fromPhoneNumber", "contactIds[1]", "schedule.window", "schedule.window", "schedule.windowDays",
                            "schedule.timezone"));
            assertThatThrownBy(() -> client.api().updateCampaign("c-1",
                    RavanUpdateCampaignRequest.builder().fromPhoneNumber("12345").build()))
                    .isInstanceOf(CampaignValidationException.class).hasMessageContaining("fromPhoneNumber");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_read_keeps_the_json_ravan_sent_as_its_raw_not_the_wire_record_written_again() throws Exception {
        String data = "{\"id\":42,\"name\":\"Renewals\",\"status\":\"active\",\"note\":null,\"rate\":1.50}";
        enqueue("{\"success\":true,\"data\":" + data + "}");
        enqueue("{\"success\":true,\"data\":[" + data + "],\"meta\":{\"total\":1}}");
        try (RavanClient client = client(server.url("/").toString())) {
            assertThat(client.get("42").raw()).isEqualTo(JSON.readTree(data));
            assertThat(client.list().toList()).singleElement().satisfies(s -> assertThat(s.raw()).isEqualTo(JSON.readTree(data)));
        }
    }

    @Test
    void every_contact_stat_is_one_progress_count_no_answer_included() {
        enqueue("{\"success\":true,\"data\":{\"id\":\"c-1\",\"status\":\"active\",\"contactStats\":{\"total\":10,"
                + "\"contacted\":6,\"successful\":3,\"failed\":1,\"noAnswer\":2,\"pending\":3,\"inProgress\":1}}}");
        try (RavanClient client = client(server.url("/").toString())) {
            CampaignProgress p = client.get("c-1").progress().orElseThrow();
            assertThat(p.total()).hasValue(10);
            assertThat(p.completed()).hasValue(3);
            assertThat(p.failed()).hasValue(1);
            assertThat(p.noAnswer()).hasValue(2);
            assertThat(p.pending()).hasValue(3);
            assertThat(p.inProgress()).hasValue(1);
            assertThat(p.completed().getAsLong() + p.failed().getAsLong() + p.noAnswer().getAsLong() + p.pending().getAsLong()
                    + p.inProgress().getAsLong()).as("each contact counted once").isEqualTo(p.total().getAsLong());
        }
    }

    @Test
    void a_single_call_posts_the_documented_body_and_keeps_the_rooms_token_secret() throws Exception {
        enqueue("{\"success\":true,\"message\":\"Call created\",\"session_id\":\"cs-1\",\"room_id\":\"room-1\","
                + "\"access_token\":\"eyJ.room.token\",\"url\":\"wss://rooms.example\"}");
        RavanCallSession session;
        try (RavanClient client = client(server.url("/").toString())) {
            session = client.api().createCall(RavanCallRequest.outbound("agent-1", "+919876543210").from("+918035088113")
                    .variable("name", "Asha").build());
        }
        assertThat(session.sessionId()).isEqualTo("cs-1");
        assertThat(session.accessToken().map(Secret::reveal)).contains("eyJ.room.token");
        assertThat(session.toString()).doesNotContain("eyJ.room.token");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v1/calling/create-call");
        assertThat(JSON.readTree(r.getBody().utf8())).isEqualTo(JSON.readTree("{\"type\":\"outbound_call\",\"agent_id\":\"agent-1\","
                + "\"from_phone_number\":\"+918035088113\",\"to_phone_number\":\"+919876543210\",\"metadata\":{},"
                + "\"prompt_dynamic_variables\":{\"name\":\"Asha\"}}"));
    }

    @Test
    void a_single_call_to_a_number_that_is_not_e164_is_refused_before_sending() {
        try (RavanClient client = client(server.url("/").toString())) {
            assertThatThrownBy(() -> client.api().createCall(RavanCallRequest.outbound("agent-1", "98765").build()))
                    .isInstanceOf(CampaignValidationException.class).hasMessageContaining("to_phone_number");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_status_reads_the_same_in_any_case_and_an_unlisted_one_is_unknown() {
        assertThat(RavanCallEventParser.outcome("completed")).isEqualTo(CallOutcome.COMPLETED);
        assertThat(RavanCallEventParser.outcome("NO_ANSWER")).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(RavanCallEventParser.outcome("Busy")).isEqualTo(CallOutcome.BUSY);
        assertThat(RavanCallEventParser.outcome("voicemail")).isEqualTo(CallOutcome.VOICEMAIL);
        assertThat(RavanCallEventParser.outcome("FAILED")).isEqualTo(CallOutcome.FAILED);
        assertThat(RavanCallEventParser.outcome("no-answer")).isEqualTo(CallOutcome.UNKNOWN);
        assertThat(RavanCallEventParser.outcome("")).isEqualTo(CallOutcome.UNKNOWN);
    }
}
