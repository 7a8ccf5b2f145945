package dev.unidial.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.http.Json;
import dev.unidial.http.TransportSettings;
import dev.unidial.kore.KoreClient;
import dev.unidial.kore.KoreOptions;
import dev.unidial.mrassistant.MrAssistantClient;
import dev.unidial.ravan.RavanClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
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
    private static final Duration CALL_TIMEOUT = TransportSettings.defaults().callTimeout();

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
            // The local server is not Kore: no per-minute budget to keep to.
            case "kore" -> KoreClient.builder().baseUrl(baseUrl).appId("st-bench").accountId("acc-bench").jwt(KEY)
                    .requestsPerMinute(0).build();
            default -> throw new IllegalArgumentException(vendor);
        };
    }

    /**
     * The hand-written request: the body written straight to bytes with Jackson's streaming
     * generator (no tree, no intermediate objects: the leanest a careful developer would
     * write), sent with OkHttp.
     */
    public static Request baselineRequest(String vendor, String baseUrl, Campaign c) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(vendor.equals("mrassistant") ? 64 * 1024 : 1024);
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(bytes)) {
                g.writeStartObject();
                switch (vendor) {
                    case "mrassistant" -> {
                        g.writeStringField("agent_id", c.agentId().orElseThrow());
                        g.writeStringField("name", c.name());
                        g.writeArrayFieldStart("targets");
                        for (Target t : c.audience().orElseThrow().targets()) {
                            g.writeStartObject();
                            g.writeStringField("to_number", t.phone());
                            g.writeObjectFieldStart("context");
                            for (Map.Entry<String, Object> v : t.variables().entrySet()) {
                                g.writeObjectField(v.getKey(), v.getValue());
                            }
                            g.writeEndObject();
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeNumberField("concurrent_calls", c.maxConcurrentCalls().getAsInt());
                        g.writeBooleanField("retry_failed", true);
                        g.writeNumberField("retry_attempts", c.retryPolicy().orElseThrow().retries());
                    }
                    case "ravan" -> {
                        g.writeStringField("name", c.name());
                        g.writeStringField("agentId", c.agentId().orElseThrow());
                        g.writeStringField("phoneNumberId", c.callerId().orElseThrow().phoneNumberId().orElseThrow());
                        g.writeStringField("fromPhoneNumber", c.callerId().orElseThrow().number().orElseThrow());
                        g.writeArrayFieldStart("contactIds");
                        for (String id : c.audience().orElseThrow().contactIds()) {
                            g.writeString(id);
                        }
                        g.writeEndArray();
                        CallingWindow w = c.schedule().windows().get(0);
                        g.writeObjectFieldStart("schedule");
                        g.writeStringField("windowStart", w.start().toString());
                        g.writeStringField("windowEnd", w.end().toString());
                        g.writeArrayFieldStart("windowDays");
                        for (DayOfWeek d : w.days()) {
                            g.writeNumber(d.getValue());
                        }
                        g.writeEndArray();
                        g.writeStringField("timezone", c.schedule().timeZone().orElseThrow().getId());
                        g.writeNumberField("maxConcurrent", c.maxConcurrentCalls().getAsInt());
                        g.writeNumberField("retryAttempts", c.retryPolicy().orElseThrow().retries());
                        g.writeNumberField("retryGapMin", c.retryPolicy().orElseThrow().gap().orElseThrow().toMinutes());
                        g.writeEndObject();
                    }
                    case "kore" -> {
                        g.writeStringField("name", c.name());
                        g.writeStringField("description", c.description().orElseThrow());
                        g.writeArrayFieldStart("contactLists");
                        for (String list : c.audience().orElseThrow().contactLists()) {
                            g.writeString(list);
                        }
                        g.writeEndArray();
                        g.writeStringField("priority", "5");
                        g.writeStringField("dialingMode", "Agentless");
                        g.writeObjectFieldStart("dialingStrategy");
                        g.writeObjectFieldStart("callerId");
                        g.writeStringField("phoneNumber", "+15101234567");
                        g.writeEndObject();
                        g.writeObjectFieldStart("callingHours");
                        g.writeStringField("frequency", "WEEKLY");
                        g.writeStringField("timezone", "Asia/Kolkata");
                        g.writeArrayFieldStart("days");
                        for (String d : KORE_DAYS) {
                            g.writeStartObject();
                            g.writeStringField("day", d);
                            g.writeStringField("start", "9:00 AM");
                            g.writeStringField("end", "6:00 PM");
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                        g.writeStringField("dialingOrder", "FIFO");
                        g.writeNumberField("maxAttemptsPerRecord", 3);
                        g.writeNumberField("defaultRetryPeriod", 10);
                        g.writeNumberField("maxRingTime", 30);
                        g.writeEndObject();
                        g.writeObjectFieldStart("schedule");
                        g.writeBooleanField("isSchedulingEnabled", false);
                        g.writeEndObject();
                        g.writeStringField("experienceFlowName", "Voice Survey Entry Flow");
                        g.writeBooleanField("enableMachineDetect", false);
                        g.writeStringField("campaignType", "voice");
                    }
                    default -> throw new IllegalArgumentException(vendor);
                }
                g.writeEndObject();
            }
            return switch (vendor) {
                case "mrassistant" -> post(baseUrl + "/campaigns", "Authorization", "Bearer " + KEY, bytes.toByteArray());
                case "ravan" -> post(baseUrl + "/api/v1/campaigns/", "X-Api-Key", KEY, bytes.toByteArray());
                default -> post(baseUrl + "/agentassist/api/v1/public/st-bench/campaign?campaignType=voice", "auth", KEY,
                        bytes.toByteArray()).newBuilder().header("iid", "st-bench").header("accountId", "acc-bench").build();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> KORE_DAYS = List.of("MO", "TU", "WE", "TH", "FR");

    private static Request post(String url, String authHeader, String authValue, byte[] body) {
        return new Request.Builder().url(url).header("User-Agent", "bench").header("Accept", "application/json")
                .header(authHeader, authValue).post(RequestBody.create(body, JSON_TYPE)).build();
    }

    /**
     * Sends the hand-written request and reads the id the way a careful hand-written client
     * would: with a deadline on the whole exchange, the SDK's default {@code callTimeout}, so
     * that both sides pay for OkHttp's timeout watchdog and the ratio measures the SDK's own work.
     */
    public static String baselineCreate(OkHttpClient http, String vendor, String baseUrl, Campaign c) {
        try (Response response = withCallTimeout(http.newCall(baselineRequest(vendor, baseUrl, c))).execute()) {
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
        return new OkHttpClient.Builder().socketFactory(new SocketFactory() {
            private final SocketFactory d = SocketFactory.getDefault();

            private Socket nd(Socket s) throws IOException {
                s.setTcpNoDelay(true);
                return s;
            }

            @Override
            public Socket createSocket() throws IOException {
                return nd(d.createSocket());
            }

            @Override
            public Socket createSocket(String h, int p) throws IOException {
                return nd(d.createSocket(h, p));
            }

            @Override
            public Socket createSocket(String h, int p, InetAddress l, int lp) throws IOException {
                return nd(d.createSocket(h, p, l, lp));
            }

            @Override
            public Socket createSocket(InetAddress h, int p) throws IOException {
                return nd(d.createSocket(h, p));
            }

            @Override
            public Socket createSocket(InetAddress h, int p, InetAddress l, int lp) throws IOException {
                return nd(d.createSocket(h, p, l, lp));
            }
        }).build();
    }

    /** The call with the deadline the SDK gives each of its own (its default {@code callTimeout}). */
    static okhttp3.Call withCallTimeout(okhttp3.Call call) {
        call.timeout().timeout(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return call;
    }

    /** The mapper the baseline uses. */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
