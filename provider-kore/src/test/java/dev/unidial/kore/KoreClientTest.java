package dev.unidial.kore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.CallOutcome;
import dev.unidial.CallResult;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.RateLimitException;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.Violation;
import dev.unidial.http.Json;
import dev.unidial.tck.RecordingSleeper;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreClientTest {
    private static final ObjectMapper JSON = Json.newMapper();
    private MockWebServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private KoreClient.Builder builder() {
        return KoreClient.builder().baseUrl(server.url("/").toString()).appId(KoreFixtures.APP_ID)
                .accountId(KoreFixtures.ACCOUNT_ID).sleeper(sleeper);
    }

    private KoreClient client() {
        return builder().jwt("jwt.token.value").build();
    }

    private void ok(String body) {
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    }

    @Test
    void sends_the_create_pages_sample_body_path_query_and_three_headers() throws Exception {
        ok(KoreFixtures.created("cd-34696b5"));
        try (KoreClient client = client()) {
            client.create(KoreFixtures.sample());
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/agentassist/api/v1/public/" + KoreFixtures.APP_ID + "/campaign?campaignType=voice");
        assertThat(r.getHeaders().get("auth")).isEqualTo("jwt.token.value");
        assertThat(r.getHeaders().get("iid")).isEqualTo(KoreFixtures.APP_ID);
        assertThat(r.getHeaders().get("accountId")).isEqualTo(KoreFixtures.ACCOUNT_ID);
        try (InputStream sample = getClass().getResourceAsStream("/kore/create-voice-campaign-sample.json")) {
            assertThat(JSON.readTree(r.getBody().utf8())).isEqualTo(JSON.readTree(sample));
        }
    }

    @Test
    void maps_the_create_answer_keeping_the_raw_status() {
        ok(KoreFixtures.created("cd-34696b5"));
        try (KoreClient client = client()) {
            CreatedCampaign created = client.create(KoreFixtures.sample());
            assertThat(created.id()).isEqualTo("cd-34696b5");
            assertThat(created.status()).isEqualTo(CampaignStatus.PENDING);
            assertThat(created.rawStatus()).isEqualTo("Preparing");
            assertThat(created.createdAt()).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource({"Preparing,PENDING", "Ready,DRAFT", "Active,RUNNING", "Stopped,PAUSED", "Archived,UNKNOWN"})
    void maps_kore_statuses(String raw, CampaignStatus status) {
        assertThat(KoreCampaignMapper.status(raw)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"00:00,12:00 AM", "00:30,12:30 AM", "09:00,9:00 AM", "11:59,11:59 AM", "12:00,12:00 PM",
            "12:45,12:45 PM", "13:05,1:05 PM", "18:00,6:00 PM", "23:59,11:59 PM"})
    void writes_times_on_a_twelve_hour_clock_including_midnight_and_noon(String time, String expected) {
        assertThat(KoreCampaignMapper.twelveHour(LocalTime.parse(time))).isEqualTo(expected);
    }

    @Test
    void one_window_on_every_day_is_weekly_as_the_sample_shows_with_a_block_per_day() {
        var hours = KoreCampaignMapper.callingHours("UTC", List.of(CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(20, 0))));
        assertThat(hours.frequency()).isEqualTo("WEEKLY");
        assertThat(hours.days()).extracting(d -> d.day()).containsExactly("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    }

    @Test
    void different_hours_on_different_days_are_weekly_blocks_in_day_order() {
        var hours = KoreCampaignMapper.callingHours("Asia/Kolkata", List.of(
                CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0)),
                CallingWindow.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(14, 0), LocalTime.of(18, 0)),
                CallingWindow.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(0, 0), LocalTime.of(12, 0))));
        assertThat(hours.frequency()).isEqualTo("WEEKLY");
        assertThat(hours.days()).extracting(d -> d.day() + " " + d.start() + "-" + d.end()).containsExactly(
                "MO 12:00 AM-12:00 PM", "MO 2:00 PM-6:00 PM", "SA 10:00 AM-2:00 PM");
    }

    @Test
    void every_kore_rule_is_reported_together_before_sending() {
        Campaign bad = Campaign.builder().name("x".repeat(49))
                .audience(Audience.contactLists(List.of("L")))
                .priority(6)
                .retryPolicy(RetryPolicy.of(100, Duration.ofMinutes(1441)))
                .maxRingTime(Duration.ofSeconds(4))
                .schedule(Schedule.builder().window(CallingWindow.everyDay(LocalTime.of(9, 0, 30), LocalTime.of(17, 0))).build())
                .build();
        try (KoreClient client = client()) {
            assertThatThrownBy(() -> client.create(bad)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                            "name", "description", "priority", "retryPolicy.retries", "retryPolicy.gap", "maxRingTime",
                            "schedule.timeZone", "schedule.windows[0]", "callerId.number",
                            "options.kore.experienceFlowName"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void signs_its_own_token_from_client_credentials() throws Exception {
        ok(KoreFixtures.created("cd-1"));
        try (KoreClient client = builder().clientCredentials("cs-client-1", "secret-for-hmac").build()) {
            client.create(KoreFixtures.sample());
        }
        String jwt = server.takeRequest().getHeaders().get("auth");
        String[] parts = jwt.split("\\.");
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(payload.path("appId").asText()).isEqualTo("cs-client-1");
        assertThat(payload.has("sub")).isTrue();
        assertThat(payload.has("jti")).isFalse();
        assertThat(parts[2]).isEqualTo(KoreJwtTest.hmac(parts[0] + "." + parts[1], "secret-for-hmac"));
    }

    @Test
    void with_enforced_jti_every_request_gets_a_fresh_token() throws Exception {
        ok(KoreFixtures.created("cd-1"));
        ok(KoreFixtures.created("cd-2"));
        try (KoreClient client = builder().clientCredentials("cs-client-1", "secret-for-hmac").enforceJti(true).build()) {
            client.create(KoreFixtures.sample());
            client.create(KoreFixtures.sample());
        }
        String jti1 = jti(server.takeRequest().getHeaders().get("auth"));
        String jti2 = jti(server.takeRequest().getHeaders().get("auth"));
        assertThat(jti1).isNotBlank().isNotEqualTo(jti2);
    }

    private static String jti(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).path("jti").asText();
    }

    @Test
    void the_rate_limit_message_is_a_rate_limit_error_and_is_retried() {
        String limited = "{\"msg\": \"You've exceeded the per-minute rate limit. Please wait for sometime before retrying.\"}";
        server.enqueue(new MockResponse.Builder().code(400).body(limited).build());
        ok(KoreFixtures.created("cd-1"));
        server.enqueue(new MockResponse.Builder().code(429).body(limited).build());
        server.enqueue(new MockResponse.Builder().code(429).body(limited).build());
        server.enqueue(new MockResponse.Builder().code(429).body(limited).build());
        try (KoreClient client = client()) {
            assertThat(client.create(KoreFixtures.sample()).id()).isEqualTo("cd-1");
            assertThatThrownBy(() -> client.create(KoreFixtures.sample())).isInstanceOf(RateLimitException.class)
                    .hasMessageContaining("per-minute rate limit");
        }
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(sleeper.waits()).hasSize(3);
    }

    @Test
    void lifecycle_calls_use_their_documented_paths() throws Exception {
        ok("{\"status\":\"success\",\"data\":{\"_id\":\"cd-1\",\"name\":\"N\",\"status\":\"Ready\"}}");
        ok("{\"status\":\"success\",\"data\":{\"results\":[{\"_id\":\"cd-1\",\"status\":\"Ready\"}],\"hasMore\":false,\"totalPages\":1,\"totalResults\":1}}");
        ok("{\"status\":\"Active\",\"message\":\"Campaign Started\",\"totalCallsCompleted\":0,\"campaignInstanceId\":\"cid-9\"}");
        ok("{\"status\":\"Stopped\",\"message\":\"Campaign Stopped\",\"campaignInstanceId\":\"cid-9\"}");
        ok("{\"status\":\"success\",\"data\":{\"id\":\"cd-1\",\"status\":\"Active\",\"name\":\"N\"}}");
        ok("{\"status\":\"success\",\"data\":{\"results\":[{\"phoneNumber\":\"+919876543210\",\"dialerOutcome\":\"ANSWERED\",\"numberOfAttemptsSoFar\":1}],\"page\":1,\"limit\":50,\"totalPages\":1,\"totalResults\":1}}");
        ok("{\"status\":\"success\",\"message\":\"deleted\",\"data\":{\"_id\":\"cd-1\"}}");
        try (KoreClient client = client()) {
            assertThat(client.api().getCampaign("cd-1").status()).contains("Ready");
            assertThat(client.api().listCampaigns(1, 20).results()).extracting(KoreCampaign::id).containsExactly("cd-1");
            assertThat(client.api().startCampaign("cd-1").campaignInstanceId()).contains("cid-9");
            assertThat(client.api().stopCampaign("cd-1").status()).contains("Stopped");
            assertThat(client.api().campaignStatus("cd-1").status()).contains("Active");
            assertThat(client.api().campaignContacts("cd-1", 1, 50).results().get(0).dialerOutcome()).contains("ANSWERED");
            client.api().deleteCampaign("cd-1");
        }
        String base = "/agentassist/api/v1/public/" + KoreFixtures.APP_ID + "/campaign";
        assertThat(line(server.takeRequest())).isEqualTo("GET " + base + "/cd-1");
        RecordedRequest list = server.takeRequest();
        assertThat(line(list)).isEqualTo("POST " + base + "/getAllCampaignDetails?accountId=" + KoreFixtures.ACCOUNT_ID);
        assertThat(JSON.readTree(list.getBody().utf8())).isEqualTo(JSON.readTree("{\"limit\":20,\"skip\":0,\"page\":1,\"type\":\"voice\"}"));
        assertThat(line(server.takeRequest())).isEqualTo("POST /campaign/api/v1/public/" + KoreFixtures.APP_ID
                + "/campaign/cd-1?campaignType=voice&trigger=play");
        assertThat(line(server.takeRequest())).isEqualTo("POST /campaign/api/v1/public/" + KoreFixtures.APP_ID
                + "/campaign/cd-1?campaignType=voice&trigger=stop");
        assertThat(line(server.takeRequest())).isEqualTo("POST " + base + "/cd-1/status?view=status");
        RecordedRequest contacts = server.takeRequest();
        assertThat(line(contacts)).isEqualTo("POST " + base + "/cd-1/status?view=contacts");
        assertThat(JSON.readTree(contacts.getBody().utf8())).isEqualTo(JSON.readTree("{\"page\":1,\"limit\":50}"));
        assertThat(line(server.takeRequest())).isEqualTo("DELETE " + base + "/cd-1?campaignType=voice");
    }

    @Test
    void create_on_inline_targets_makes_a_list_adds_contacts_then_creates_the_campaign() throws Exception {
        ok("{\"status\":\"success\",\"data\":{\"_id\":\"cl-1\",\"name\":\"Renewals\",\"status\":\"Ready\"}}");
        ok("{\"message\":\"Adding contacts to public list is in progress\"}");
        ok(KoreFixtures.created("cd-7"));
        Campaign campaign = KoreFixtures.sample().toBuilder().name("Renewals")
                .audience(Audience.targets(Target.of("+919876543210", Map.of("firstName", "Asha")))).build();
        try (KoreClient client = client()) {
            CreatedCampaign created = client.create(campaign);
            assertThat(created.id()).isEqualTo("cd-7");
            assertThat(created.warnings()).anySatisfy(w -> assertThat(w).contains("asynchronously"));
        }
        RecordedRequest list = server.takeRequest();
        assertThat(list.getTarget()).endsWith("/campaign/contactList/createContactList");
        assertThat(JSON.readTree(list.getBody().utf8()).path("source").asText()).isEqualTo("passiveApiIntegration");
        RecordedRequest add = server.takeRequest();
        assertThat(add.getTarget()).isEqualTo("/api/1.1/public/" + KoreFixtures.APP_ID + "/campaign/contactList/addContacts");
        assertThat(JSON.readTree(add.getBody().utf8())).isEqualTo(JSON.readTree(
                "{\"contact_list_name\":\"Renewals\",\"data\":[{\"phoneNumber\":\"+919876543210\",\"firstName\":\"Asha\"}]}"));
        JsonNode campaignBody = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(campaignBody.path("contactLists").toString()).isEqualTo("[\"Renewals\"]");
    }

    @Test
    void the_preview_of_inline_targets_shows_the_list_the_contacts_and_the_campaign_and_async_does_the_same() throws Exception {
        Campaign campaign = KoreFixtures.sample().toBuilder().name("Renewals")
                .audience(Audience.targets(Target.of("+919876543210"), Target.of("+919876543211"))).build();
        try (KoreClient client = client()) {
            assertThat(client.preview(campaign).requests()).extracting(r -> r.url().replaceAll("^https?://[^/]+", ""))
                    .containsExactly("/agentassist/api/v1/public/" + KoreFixtures.APP_ID + "/campaign/contactList/createContactList",
                            "/api/1.1/public/" + KoreFixtures.APP_ID + "/campaign/contactList/addContacts",
                            "/agentassist/api/v1/public/" + KoreFixtures.APP_ID + "/campaign?campaignType=voice");
            ok("{\"status\":\"success\",\"data\":{\"_id\":\"cl-1\",\"name\":\"Renewals\",\"status\":\"Ready\"}}");
            ok("{\"message\":\"Adding contacts to public list is in progress\"}");
            ok(KoreFixtures.created("cd-8"));
            assertThat(client.createAsync(campaign).get(10, TimeUnit.SECONDS).id()).isEqualTo("cd-8");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void create_on_inline_targets_validates_everything_before_the_first_request() {
        Campaign campaign = KoreFixtures.sample().toBuilder().description("x".repeat(300))
                .audience(Audience.targets(Target.of("+919876543210"))).build();
        try (KoreClient client = client()) {
            assertThatThrownBy(() -> client.create(campaign)).isInstanceOf(CampaignValidationException.class)
                    .hasMessageContaining("description");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void needs_app_account_and_a_jwt_source_named_together() {
        assertThatThrownBy(() -> KoreClient.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KORE_APP_ID").hasMessageContaining("KORE_ACCOUNT_ID").hasMessageContaining("KORE_JWT");
        assertThat(Optional.of(KoreDescriptor.DEFAULT_BASE_URL)).contains("https://platform.kore.ai");
    }

    private static String line(RecordedRequest r) {
        return r.getMethod() + " " + r.getTarget();
    }

    @Test
    void a_listed_campaign_without_a_usable_id_is_a_typed_error_not_a_null_or_the_text_true() {
        for (String id : List.of("", "\"id\": null,", "\"id\": true,", "\"id\": 1e999999999,", "\"id\": 1.5,")) {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{\"data\": {\"page\": 1, \"hasMore\": false, \"results\": [{" + id + " \"name\": \"x\"}]}}").build());
            try (var client = client(); Stream<CampaignSnapshot> all = client.list()) {
                Assertions.assertThatThrownBy(all::toList).as(id)
                        .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("no usable id");
            }
        }
    }

    @Test
    void bad_numeric_settings_fail_naming_the_setting() {
        Map<String, String> settings = new HashMap<>(Map.of("KORE_APP_ID", "st-1",
                "KORE_ACCOUNT_ID", "acc-1", "KORE_JWT", "a.b.c", "KORE_BASE_URL", server.url("/").toString()));
        settings.put("KORE_REQUESTS_PER_MINUTE", "abc");
        Assertions.assertThatThrownBy(() -> CampaignClients.create("kore", settings))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("KORE_REQUESTS_PER_MINUTE");
        settings.put("KORE_REQUESTS_PER_MINUTE", "-5");
        Assertions.assertThatThrownBy(() -> CampaignClients.create("kore", settings))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("KORE_REQUESTS_PER_MINUTE");
        settings.put("KORE_REQUESTS_PER_MINUTE", "10");
        settings.put("UNIDIAL_MAX_RETRIES", "-1");
        Assertions.assertThatThrownBy(() -> CampaignClients.create("kore", settings))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("UNIDIAL_MAX_RETRIES");
    }

    @Test
    void a_read_keeps_the_json_kore_sent_as_its_raw_not_the_wire_record_written_again() throws Exception {
        String data = "{\"_id\":\"cd-1\",\"name\":\"Renewals\",\"status\":\"running\",\"note\":null,\"rate\":1.50}";
        ok("{\"data\":" + data + "}");
        ok("{\"data\":{\"results\":[" + data + "],\"hasMore\":false}}");
        try (KoreClient client = client()) {
            assertThat(client.get("cd-1").raw()).isEqualTo(Json.newMapper().readTree(data));
            assertThat(client.list().toList()).singleElement()
                    .satisfies(s -> assertThat(s.raw()).isEqualTo(Json.newMapper().readTree(data)));
        }
    }

    @Test
    void a_contact_reads_as_the_contacts_page_shows_it_digits_without_plus_and_a_blank_outcome_in_progress() {
        ok("{\"status\":\"success\",\"data\":{\"results\":[{\"phoneNumber\":\"919876543210\",\"uniqueId\":\"u-1\","
                + "\"dialerOutcome\":\"\",\"numberOfAttemptsSoFar\":0}],\"page\":1,\"limit\":100,\"totalPages\":1,\"totalResults\":1}}");
        try (KoreClient client = client()) {
            CallResult result = client.results("cd-1").findFirst().orElseThrow();
            assertThat(result.phone()).isEqualTo("+919876543210");
            assertThat(result.outcome()).isEqualTo(CallOutcome.IN_PROGRESS);
            assertThat(result.raw().path("phoneNumber").asText()).isEqualTo("919876543210");
        }
    }

    @Test
    void the_status_view_is_a_post_without_a_body_as_the_pages_curl_sends_it() throws Exception {
        ok("{\"status\":\"success\",\"data\":{\"id\":\"cd-1\",\"status\":\"Active\",\"name\":\"R\"}}");
        try (KoreClient client = client()) {
            client.api().campaignStatus("cd-1");
        }
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().query()).isEqualTo("view=status");
        assertThat(sent.getBody().size()).isZero();
    }

    @Test
    void the_documented_update_is_a_put_of_the_create_body_on_the_campaigns_path() throws Exception {
        ok("{\"status\":\"success\",\"message\":\"updated\",\"id\":\"cd-1\",\"data\":{\"_id\":\"cd-1\",\"name\":\"R\","
                + "\"status\":\"Ready\"}}");
        try (KoreClient client = client()) {
            KoreCampaign updated = client.api().updateCampaign("cd-1", KoreCampaignMapper.toRequest(client.plan(KoreFixtures.sample())));
            assertThat(updated.id()).isEqualTo("cd-1");
        }
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("PUT");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/agentassist/api/v1/public/" + KoreFixtures.APP_ID + "/campaign/cd-1");
        assertThat(sent.getUrl().query()).isEqualTo("campaignType=voice");
        assertThat(JSON.readTree(sent.getBody().utf8()).path("name").asText()).isEqualTo(KoreFixtures.sample().name());
    }

    @Test
    void the_contact_lists_are_read_from_get_all_list_details() throws Exception {
        ok("{\"status\":\"success\",\"data\":[{\"_id\":\"cl-1\",\"name\":\"Recent buyers\",\"status\":\"Ready\"}]}");
        try (KoreClient client = client()) {
            assertThat(client.api().listContactLists()).extracting(KoreContactList::name).containsExactly(Optional.of("Recent buyers"));
        }
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getUrl().encodedPath()).endsWith("/campaign/contactList/getAllListDetails");
        assertThat(sent.getUrl().queryParameter("accountId")).isEqualTo(KoreFixtures.ACCOUNT_ID);
    }
}
