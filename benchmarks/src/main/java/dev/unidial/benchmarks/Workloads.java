package dev.unidial.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.http.Json;
import dev.unidial.kore.KoreClient;
import dev.unidial.kore.KoreOptions;
import dev.unidial.mrassistant.MrAssistantClient;
import dev.unidial.ravan.RavanClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The campaigns each benchmark sends, the Unidial client for each vendor, and the
 * hand-written OkHttp + Jackson equivalent that sends the same bytes (a test checks they
 * are the same) and reads the id back.
 */
public final class Workloads {
    static final String KEY = "bench_key_123456";
    static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper MAPPER = Json.newMapper();

    private Workloads() {}

    /** The campaign for a vendor. */
    public static Campaign campaign(String vendor) {
        return switch (vendor) {
            case "mrassistant" -> {
                List<Target> targets = new ArrayList<>(1000);
                for (int i = 0; i < 1000; i++) {
                    targets.add(Target.of("+1415" + (5_000_000 + i), Map.of("name", "Customer " + i)));
                }
                yield Campaign.builder().name("Bench").agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
                        .audience(Audience.targets(targets)).maxConcurrentCalls(5).retryPolicy(RetryPolicy.of(2)).build();
            }
            case "ravan" -> Campaign.builder().name("Bench").agentId("019e92f8-f032-7fb7-b294-508f4167618e")
                    .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                    .audience(Audience.contactIds(List.of("c-101", "c-102", "c-103")))
                    .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())
                    .maxConcurrentCalls(2).retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30))).build();
            case "kore" -> Campaign.builder().name("Bench").description("Benchmark campaign")
                    .audience(Audience.contactLists(List.of("Recent buyers"))).priority(5)
                    .callerId(CallerId.ofNumber("+15101234567"))
                    .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))).build())
                    .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(10))).maxRingTime(Duration.ofSeconds(30))
                    .machineDetection(false)
                    .option(KoreOptions.builder().experienceFlowName("Voice Survey Entry Flow").build()).build();
            default -> throw new IllegalArgumentException(vendor);
        };
    }

    /** The Unidial client for a vendor. */
    public static CampaignClient unidial(String vendor, String baseUrl) {
        return switch (vendor) {
            case "mrassistant" -> MrAssistantClient.builder().apiKey(KEY).baseUrl(baseUrl).build();
            case "ravan" -> RavanClient.builder().apiKey(KEY).baseUrl(baseUrl).build();
            case "kore" -> KoreClient.builder().baseUrl(baseUrl).appId("st-bench").accountId("acc-bench").jwt(KEY).build();
            default -> throw new IllegalArgumentException(vendor);
        };
    }

    /** The hand-written request: the body built with Jackson from the same data, sent with OkHttp. */
    public static Request baselineRequest(String vendor, String baseUrl, Campaign c) {
        try {
            return switch (vendor) {
                case "mrassistant" -> {
                    ObjectNode body = MAPPER.createObjectNode().put("agent_id", c.agentId().orElseThrow()).put("name", c.name());
                    ArrayNode targets = body.putArray("targets");
                    for (Target t : c.audience().orElseThrow().targets()) {
                        ObjectNode target = targets.addObject().put("to_number", t.phone());
                        target.set("context", MAPPER.valueToTree(t.variables()));
                    }
                    body.put("concurrent_calls", c.maxConcurrentCalls().getAsInt()).put("retry_failed", true)
                            .put("retry_attempts", c.retryPolicy().orElseThrow().retries());
                    yield post(baseUrl + "/campaigns", "Authorization", "Bearer " + KEY, body);
                }
                case "ravan" -> {
                    ObjectNode body = MAPPER.createObjectNode().put("name", c.name()).put("agentId", c.agentId().orElseThrow())
                            .put("phoneNumberId", c.callerId().orElseThrow().phoneNumberId().orElseThrow())
                            .put("fromPhoneNumber", c.callerId().orElseThrow().number().orElseThrow());
                    ArrayNode ids = body.putArray("contactIds");
                    c.audience().orElseThrow().contactIds().forEach(ids::add);
                    CallingWindow w = c.schedule().windows().get(0);
                    ObjectNode schedule = body.putObject("schedule").put("windowStart", w.start().toString())
                            .put("windowEnd", w.end().toString());
                    ArrayNode days = schedule.putArray("windowDays");
                    w.days().forEach(d -> days.add(d.getValue()));
                    schedule.put("timezone", c.schedule().timeZone().orElseThrow().getId())
                            .put("maxConcurrent", c.maxConcurrentCalls().getAsInt())
                            .put("retryAttempts", c.retryPolicy().orElseThrow().retries())
                            .put("retryGapMin", c.retryPolicy().orElseThrow().gap().orElseThrow().toMinutes());
                    yield post(baseUrl + "/api/v1/campaigns/", "X-Api-Key", KEY, body);
                }
                case "kore" -> {
                    ObjectNode body = MAPPER.createObjectNode().put("name", c.name()).put("description", c.description().orElseThrow());
                    ArrayNode lists = body.putArray("contactLists");
                    c.audience().orElseThrow().contactLists().forEach(lists::add);
                    body.put("priority", "5").put("dialingMode", "Agentless");
                    ObjectNode strategy = body.putObject("dialingStrategy");
                    strategy.putObject("callerId").put("phoneNumber", "+15101234567");
                    ObjectNode hours = strategy.putObject("callingHours").put("frequency", "WEEKLY").put("timezone", "Asia/Kolkata");
                    ArrayNode days = hours.putArray("days");
                    for (String d : List.of("MO", "TU", "WE", "TH", "FR")) {
                        days.addObject().put("day", d).put("start", "9:00 AM").put("end", "6:00 PM");
                    }
                    strategy.put("dialingOrder", "FIFO").put("maxAttemptsPerRecord", 3).put("defaultRetryPeriod", 10)
                            .put("maxRingTime", 30);
                    body.putObject("schedule").put("isSchedulingEnabled", false);
                    body.put("experienceFlowName", "Voice Survey Entry Flow").put("enableMachineDetect", false)
                            .put("campaignType", "voice");
                    Request r = post(baseUrl + "/agentassist/api/v1/public/st-bench/campaign?campaignType=voice", "auth", KEY, body);
                    yield r.newBuilder().header("iid", "st-bench").header("accountId", "acc-bench").build();
                }
                default -> throw new IllegalArgumentException(vendor);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Request post(String url, String authHeader, String authValue, JsonNode body) throws IOException {
        return new Request.Builder().url(url).header("User-Agent", "bench").header("Accept", "application/json")
                .header(authHeader, authValue).post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON_TYPE)).build();
    }

    /** Sends the hand-written request and reads the id the way a careful hand-written client would. */
    public static String baselineCreate(OkHttpClient http, String vendor, String baseUrl, Campaign c) {
        try (Response response = http.newCall(baselineRequest(vendor, baseUrl, c)).execute()) {
            JsonNode root = MAPPER.readTree(response.body().bytes());
            JsonNode id = switch (vendor) {
                case "mrassistant" -> root.path("campaign_id");
                default -> root.path("data").path("id");
            };
            if (!response.isSuccessful() || id.isMissingNode()) {
                throw new IllegalStateException("baseline create failed: " + response.code());
            }
            return id.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The baseline's OkHttp client: plain, but with {@code TCP_NODELAY} like the SDK's own, so
     * that the ratios measure the SDK's work rather than a socket option (without it, a
     * 60 KB body stalls ~45 ms on a delayed ACK, which both sides showed in a first run).
     */
    public static OkHttpClient baselineHttp() {
        return new OkHttpClient.Builder().socketFactory(new javax.net.SocketFactory() {
            private final javax.net.SocketFactory d = javax.net.SocketFactory.getDefault();

            private java.net.Socket nd(java.net.Socket s) throws IOException {
                s.setTcpNoDelay(true);
                return s;
            }

            @Override
            public java.net.Socket createSocket() throws IOException {
                return nd(d.createSocket());
            }

            @Override
            public java.net.Socket createSocket(String h, int p) throws IOException {
                return nd(d.createSocket(h, p));
            }

            @Override
            public java.net.Socket createSocket(String h, int p, java.net.InetAddress l, int lp) throws IOException {
                return nd(d.createSocket(h, p, l, lp));
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress h, int p) throws IOException {
                return nd(d.createSocket(h, p));
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress h, int p, java.net.InetAddress l, int lp) throws IOException {
                return nd(d.createSocket(h, p, l, lp));
            }
        }).build();
    }

    /** The mapper the baseline uses. */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
