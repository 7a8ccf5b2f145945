package dev.unidial.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Each simulator against its vendor's documented samples, sent as raw HTTP. */
class SimulatorDocSamplesTest {
    private static final ObjectMapper JSON = Json.newMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    private record Answer(int status, JsonNode body, String retryAfter) {}

    private Answer send(Request.Builder request) throws IOException {
        try (Response r = http.newCall(request.build()).execute()) {
            String text = r.body().string();
            return new Answer(r.code(), text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text), r.header("Retry-After"));
        }
    }

    private static RequestBody json(String body) {
        return RequestBody.create(body, APPLICATION_JSON);
    }

    @Test
    void callkaro_accepts_the_documented_workflow_and_refuses_what_it_documents() throws Exception {
        try (CallKaroSimulator sim = VendorSimulator.callkaro()) {
            Answer batch = send(new Request.Builder().url(sim.baseUrl() + "/v2/call/campaign")
                    .header("X-API-KEY", CallKaroSimulator.API_KEY).post(json("{\"name\": \"Inspection Campaign\"}")));
            assertThat(batch.status()).isEqualTo(200);
            assertThat(batch.body().path("status").asText()).isEqualTo("success");
            String id = batch.body().path("batch_id").asText();

            Answer call = send(new Request.Builder().url(sim.baseUrl() + "/call/outbound").header("X-API-KEY", CallKaroSimulator.API_KEY)
                    .post(json("{\"to_number\":\"+919876543210\",\"batch_id\":\"" + id + "\",\"agent_id\":\"agent_sales_id\",\"metadata\":{\"name\":\"Customer 1\"}}")));
            assertThat(call.body().path("status").asText()).isEqualTo("done");
            assertThat(call.body().path("call_sid").asText()).isNotBlank();
            assertThat(sim.calls(id)).hasSize(1);

            Answer noKey = send(new Request.Builder().url(sim.baseUrl() + "/v2/call/campaign").post(json("{\"name\":\"x\"}")));
            assertThat(noKey.status()).isEqualTo(403);
            assertThat(noKey.body().path("message").asText()).isEqualTo("Missing X-API-KEY in headers");
            Answer noAgent = send(new Request.Builder().url(sim.baseUrl() + "/call/outbound").header("X-API-KEY", CallKaroSimulator.API_KEY)
                    .post(json("{\"to_number\":\"+919876543210\"}")));
            assertThat(noAgent.status()).isEqualTo(400);
            assertThat(noAgent.body().path("message").asText()).isEqualTo("Missing agent_id");
            Answer badRetries = send(new Request.Builder().url(sim.baseUrl() + "/call/outbound").header("X-API-KEY", CallKaroSimulator.API_KEY)
                    .post(json("{\"to_number\":\"+919876543210\",\"agent_id\":\"a\",\"number_of_retries\":11}")));
            assertThat(badRetries.status()).isEqualTo(400);
        }
    }

    @Test
    void voiceable_accepts_the_documented_multipart_and_parses_the_csv() throws Exception {
        try (VoiceableSimulator sim = VendorSimulator.voiceable()) {
            MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
                    .addFormDataPart("name", "Q1 Product Launch Campaign").addFormDataPart("phone_number_id", "1")
                    .addFormDataPart("agent_id", "123").addFormDataPart("send_immediately", "false")
                    .addFormDataPart("schedule_date", "2024-02-01").addFormDataPart("schedule_time", "10:00:00")
                    .addFormDataPart("recipients_file", "recipients.csv", RequestBody.create(
                            "phone_number\n+1234567890\n+19876543210\n", MediaType.get("text/csv")))
                    .build();
            Answer created = send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns")
                    .header("X-API-Key", VoiceableSimulator.API_KEY).post(form));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body().path("status").path("code").asInt()).isEqualTo(201);
            assertThat(created.body().path("data").path("recipients_count").asInt()).isEqualTo(2);
            assertThat(sim.campaigns().values().iterator().next().recipients()).containsExactly("+1234567890", "+19876543210");

            MultipartBody bad = new MultipartBody.Builder().setType(MultipartBody.FORM).addFormDataPart("name", "x")
                    .addFormDataPart("phone_number_id", "one").addFormDataPart("agent_id", "123")
                    .addFormDataPart("send_immediately", "false")
                    .addFormDataPart("recipients_file", "r.csv", RequestBody.create("phone_number\n12345\n", MediaType.get("text/csv")))
                    .build();
            Answer refused = send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns")
                    .header("X-API-Key", VoiceableSimulator.API_KEY).post(bad));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().path("errors").toString()).contains("phone_number_id must be an integer")
                    .contains("schedule_date").contains("line 2");
            assertThat(send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns")).status()).isEqualTo(401);
        }
    }

    @Test
    void mrassistant_logs_in_rotates_tokens_and_validates_like_fastapi() throws Exception {
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant()) {
            Answer login = send(new Request.Builder().url(sim.baseUrl() + "/auth/token").post(json(
                    "{\"username\":\"" + MrAssistantSimulator.USERNAME + "\",\"password\":\"" + MrAssistantSimulator.PASSWORD + "\"}")));
            String access = login.body().path("access_token").asText();
            String refresh = login.body().path("refresh_token").asText();
            Answer refreshed = send(new Request.Builder().url(sim.baseUrl() + "/auth/refresh")
                    .post(json("{\"refresh_token\":\"" + refresh + "\"}")));
            assertThat(refreshed.body().path("refresh_token").asText()).isNotEqualTo(refresh);
            assertThat(send(new Request.Builder().url(sim.baseUrl() + "/auth/refresh")
                    .post(json("{\"refresh_token\":\"" + refresh + "\"}"))).status()).as("refresh tokens rotate").isEqualTo(401);

            Answer created = send(new Request.Builder().url(sim.baseUrl() + "/campaigns").header("Authorization", "Bearer " + access)
                    .post(json("{\"agent_id\":\"3c90c3cc-0d44-4b50-8888-8dd25736052a\",\"name\":\"Feedback\","
                            + "\"targets\":[{\"to_number\":\"+919876543210\",\"context\":{}}],\"concurrent_calls\":1}")));
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body().path("campaign_id").asText()).isNotBlank();

            Answer invalid = send(new Request.Builder().url(sim.baseUrl() + "/campaigns").header("Authorization", "Bearer " + access)
                    .post(json("{\"agent_id\":\"nope\",\"name\":\"\",\"targets\":[],\"concurrent_calls\":11}")));
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.body().path("detail")).hasSize(4);
            assertThat(send(new Request.Builder().url(sim.baseUrl() + "/campaigns").post(json("{}"))).body().path("detail").asText())
                    .isEqualTo("Could not validate credentials");
        }
    }

    @Test
    void kore_accepts_the_create_pages_sample_with_a_signed_jwt_and_runs_the_lifecycle() throws Exception {
        try (KoreSimulator sim = VendorSimulator.kore().addContactList("Recent buyers", "+919876543210")) {
            String sample = new String(SimulatorDocSamplesTest.class.getResourceAsStream("/kore-sample.json").readAllBytes(),
                    StandardCharsets.UTF_8);
            Request.Builder create = new Request.Builder()
                    .url(sim.baseUrl() + "/agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign?campaignType=voice")
                    .header("auth", jwt()).header("iid", KoreSimulator.APP_ID).header("accountId", KoreSimulator.ACCOUNT_ID)
                    .post(json(sample));
            Answer created = send(create);
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body().path("data").path("status").asText()).isEqualTo("Preparing");
            String id = created.body().path("data").path("id").asText();

            Answer started = send(new Request.Builder().url(sim.baseUrl() + "/campaign/api/v1/public/" + KoreSimulator.APP_ID
                    + "/campaign/" + id + "?campaignType=voice&trigger=play").header("auth", jwt())
                    .header("iid", KoreSimulator.APP_ID).header("accountId", KoreSimulator.ACCOUNT_ID).post(json("{}")));
            assertThat(started.body().path("message").asText()).isEqualTo("Campaign Started");

            Answer badSignature = send(create.header("auth", jwt().replaceAll(".$", "A").replaceAll("A$", "B")));
            assertThat(badSignature.status()).isEqualTo(401);
            assertThat(badSignature.body().path("msg").asText()).isEqualTo("Invalid SDK credentials");
            Answer invalid = send(create.header("auth", jwt()).post(json(sample.replace("\"5\"", "\"9\"")
                    .replace("9:00 AM", "09:00"))));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.body().path("errors").toString()).contains("priority").contains("start/end like 9:00 AM");
        }
    }

    @Test
    void a_malformed_list_request_gets_a_400_in_ravans_envelope_never_a_simulator_error() throws Exception {
        try (RavanSimulator sim = VendorSimulator.ravan()) {
            for (String query : List.of("limit=-1&offset=-9", "limit=0", "offset=-1", "limit=abc", "offset=1e3",
                    "limit=99999999999")) {
                Answer answer = send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns/?" + query)
                        .header("X-Api-Key", RavanSimulator.API_KEY).get());
                assertThat(answer.status()).as(query).isEqualTo(400);
                assertThat(answer.body().path("success").asBoolean(true)).as(query).isFalse();
                assertThat(answer.body().toString()).as(query).doesNotContain("Simulator error");
            }
            assertThat(send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns/?limit=10&offset=0")
                    .header("X-Api-Key", RavanSimulator.API_KEY).get()).status()).isEqualTo(200);
        }
    }

    @Test
    void ravan_needs_the_trailing_slash_and_answers_its_envelope() throws Exception {
        try (RavanSimulator sim = VendorSimulator.ravan()) {
            String body = "{\"name\":\"Q4 Outreach\",\"agentId\":\"019e92f8\",\"phoneNumberId\":\"019e92f4\","
                    + "\"fromPhoneNumber\":\"+918035088113\",\"contactIds\":[\"contact-1\"],"
                    + "\"schedule\":{\"windowStart\":\"09:00\",\"windowEnd\":\"17:00\",\"windowDays\":[1,2,3,4,5],"
                    + "\"timezone\":\"Asia/Kolkata\",\"maxConcurrent\":1,\"retryAttempts\":2,\"retryGapMin\":30}}";
            Answer created = send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns/")
                    .header("X-Api-Key", RavanSimulator.API_KEY).post(json(body)));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body().path("success").asBoolean()).isTrue();
            assertThat(created.body().path("data").path("status").asText()).isEqualTo("draft");

            assertThat(send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns")
                    .header("X-Api-Key", RavanSimulator.API_KEY).post(json(body))).status()).isEqualTo(404);
            Answer invalid = send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns/")
                    .header("X-Api-Key", RavanSimulator.API_KEY).post(json(body.replace("[1,2,3,4,5]", "[0,8]"))));
            assertThat(invalid.body().path("success").asBoolean()).isFalse();
            assertThat(invalid.body().path("message").asText()).contains("windowDays");
            assertThat(send(new Request.Builder().url(sim.baseUrl() + "/api/v1/campaigns/").post(json(body))).status()).isEqualTo(401);
        }
    }

    @Test
    void faults_are_played_for_the_next_requests_then_the_simulator_recovers() throws Exception {
        try (RavanSimulator sim = VendorSimulator.ravan()) {
            sim.failNext(1, Fault.rateLimited(Duration.ofSeconds(7))).failNext(1, Fault.status(503)).failNext(1, Fault.disconnect());
            Request.Builder get = new Request.Builder().url(sim.baseUrl() + "/api/v1/agents/").header("X-Api-Key", RavanSimulator.API_KEY);
            Answer limited = send(get);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.retryAfter()).isEqualTo("7");
            assertThat(limited.body().path("success").asBoolean(true)).isFalse();
            assertThat(send(get).status()).isEqualTo(503);
            assertThatThrownBy(() -> send(get)).isInstanceOf(IOException.class);
            assertThat(send(get).status()).isEqualTo(200);
            assertThat(sim.requestCount()).isEqualTo(4);
        }
    }

    private static RequestBody plainText(String body) {
        return RequestBody.create(body, MediaType.get("text/plain"));
    }

    /** Each vendor's page shows Content-Type: application/json for its JSON creates; the simulators hold them to it. */
    @Test
    void every_json_create_is_refused_without_the_json_content_type_its_page_shows() throws Exception {
        try (CallKaroSimulator sim = VendorSimulator.callkaro()) {
            Request.Builder r = new Request.Builder().url(sim.baseUrl() + "/v2/call/campaign").header("X-API-KEY", CallKaroSimulator.API_KEY);
            assertThat(send(r.post(plainText("{\"name\":\"x\"}"))).status()).isEqualTo(400);
            assertThat(send(r.post(json("{\"name\":\"x\"}"))).status()).isEqualTo(200);
        }
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant()) {
            String body = "{\"agent_id\":\"3c90c3cc-0d44-4b50-8888-8dd25736052a\",\"name\":\"Feedback\","
                    + "\"targets\":[{\"to_number\":\"+919876543210\",\"context\":{}}]}";
            Request.Builder r = new Request.Builder().url(sim.baseUrl() + "/campaigns")
                    .header("Authorization", "Bearer " + MrAssistantSimulator.API_KEY);
            assertThat(send(r.post(plainText(body))).status()).isEqualTo(422);
            assertThat(send(r.post(json(body))).status()).isEqualTo(200);
        }
        try (KoreSimulator sim = VendorSimulator.kore().addContactList("Recent buyers", "+919876543210")) {
            String sample = new String(SimulatorDocSamplesTest.class.getResourceAsStream("/kore-sample.json").readAllBytes(),
                    StandardCharsets.UTF_8);
            Request.Builder r = new Request.Builder()
                    .url(sim.baseUrl() + "/agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign?campaignType=voice")
                    .header("auth", jwt()).header("iid", KoreSimulator.APP_ID).header("accountId", KoreSimulator.ACCOUNT_ID);
            assertThat(send(r.post(plainText(sample))).status()).isEqualTo(400);
            assertThat(send(r.post(json(sample))).status()).isEqualTo(200);
            Answer numeric = send(r.post(json(sample.replace("\"priority\": \"5\"", "\"priority\": 5"))));
            assertThat(numeric.status()).as("Kore types priority as a string").isEqualTo(400);
            assertThat(numeric.body().path("errors").toString()).contains("priority must be a string");
        }
    }

    static String jwt() throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"1234567890\",\"appId\":\"" + KoreSimulator.CLIENT_ID + "\"}").getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KoreSimulator.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
