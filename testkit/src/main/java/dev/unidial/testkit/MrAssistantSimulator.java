package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;

/**
 * MrAssistant: {@code POST /auth/token}, {@code POST /auth/refresh} (tokens rotate),
 * {@code POST /campaigns}, {@code POST /calls/outbound}, {@code GET /calls/{id}} and the
 * agent phone-number endpoints. Bearer auth with the fixed {@link #API_KEY} or an issued
 * token; FastAPI errors ({@code {"detail": …}}, 422 with {@code [{loc, msg, type}]}).
 */
public final class MrAssistantSimulator extends VendorSimulator {
    /** A fixed bearer token this simulator accepts. */
    public static final String API_KEY = "sim_mrassistant_token";
    /** The login this simulator accepts. */
    public static final String USERNAME = "ops@example.com";
    /** See {@link #USERNAME}. */
    public static final String PASSWORD = "sim-password";
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");

    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> campaigns = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> calls = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();

    MrAssistantSimulator() {
        accessTokens.add(API_KEY);
    }

    @Override
    protected List<SimulatorAssumption> vendorAssumptions() {
        return List.of(
                new SimulatorAssumption("Errors are FastAPI's `{\"detail\": …}`, 422 with `[{loc, msg, type}]`",
                        "not documented; the pages look FastAPI-generated"),
                new SimulatorAssumption("A new campaign is `pending`, or `scheduled` when it has `schedule_at`",
                        "the page gives no status values"),
                new SimulatorAssumption("A call's webhook has the fields of its call record plus `campaign_id`, `transcript`, `summary` and `context`",
                        "no payload is documented"),
                new SimulatorAssumption("Webhooks are signed `sha256=<hex>` with HMAC-SHA256 of the body in `X-Webhook-Signature`",
                        "only \"secret for webhook signature verification\" is documented"),
                new SimulatorAssumption("A webhook not answered 2xx within 10 s is delivered again 1 minute, then 5 minutes later, then no more",
                        "no delivery schedule is documented"),
                new SimulatorAssumption("Tokens last a day, and a refresh token is used once (tokens rotate)",
                        "the login page shows `expires_in` and `refresh_token` without saying whether a refresh token is reused"));
    }

    @Override
    public String provider() {
        return "mrassistant";
    }

    /** Settings with the fixed token; see {@link #loginSettings()} for the username/password flow. */
    @Override
    public Map<String, String> settings() {
        return Map.of("MRASSISTANT_API_KEY", API_KEY, "MRASSISTANT_BASE_URL", baseUrl());
    }

    /** {@return settings that make the client log in with {@link #USERNAME} and {@link #PASSWORD}} */
    public Map<String, String> loginSettings() {
        return Map.of("MRASSISTANT_USERNAME", USERNAME, "MRASSISTANT_PASSWORD", PASSWORD, "MRASSISTANT_BASE_URL", baseUrl());
    }

    /** Revokes every issued access token, as if they had expired. */
    public void revokeAccessTokens() {
        accessTokens.removeIf(t -> !t.equals(API_KEY));
    }

    /** {@return how many logins succeeded} */
    public int logins() {
        return logins.get();
    }

    private final Map<String, Integer> played = new ConcurrentHashMap<>();
    private volatile String webhookOverride;

    /**
     * Delivers campaigns' webhooks to this URL instead of the one each campaign names:
     * The SDK sends only https webhook URLs (its own rule: MrAssistant types {@code webhook_url}
     * as a string), which a test's local server is not.
     *
     * @param url where to POST the events, such as {@code http://127.0.0.1:8080/hooks}; null
     *     delivers to the URL each campaign names again
     * @return this simulator
     */
    public MrAssistantSimulator deliverWebhooksTo(String url) {
        this.webhookOverride = url;
        return this;
    }

    @Override
    protected void forget() {
        accessTokens.clear();
        accessTokens.add(API_KEY);
        refreshTokens.clear();
        campaigns.clear();
        calls.clear();
        logins.set(0);
        played.clear();
        webhookOverride = null;
    }

    /**
     * Plays calls of a campaign: the next {@code count} targets end with this status, and, when
     * the campaign asked for it ({@code webhook_url} with {@code notify_on_call_complete}), each
     * is POSTed to its webhook URL with redeliveries on a non-2xx answer. MrAssistant documents
     * no payload: the simulator sends the fields the SDK assumes (see docs/webhooks.md), signed with
     * HMAC-SHA256 of the body in {@value #SIGNATURE_HEADER} when the campaign has a
     * {@code webhook_secret} (also an assumption).
     *
     * @param campaignId the campaign
     * @param status each call's status, such as {@code completed} or {@code no_answer}
     * @param count how many targets
     * @return this simulator
     * @throws IllegalArgumentException if there is no such campaign
     */
    public MrAssistantSimulator completeCalls(String campaignId, String status, int count) {
        JsonNode c = campaigns.get(campaignId);
        if (c == null) {
            throw new IllegalArgumentException("no campaign " + campaignId);
        }
        JsonNode targets = c.path("targets");
        int from = played.getOrDefault(campaignId, 0);
        int to = Math.min(targets.size(), from + count);
        played.put(campaignId, to);
        String url = webhookOverride != null && !c.path("webhook_url").asText("").isBlank() ? webhookOverride
                : c.path("webhook_url").asText("");
        boolean notify = c.path("notify_on_call_complete").asBoolean(false);
        for (int i = from; i < to; i++) {
            JsonNode t = targets.get(i);
            String now = Instant.now().toString();
            ObjectNode event = object().put("event", "call.completed").put("call_id", "call_" + nextId())
                    .put("campaign_id", campaignId).put("agent_id", c.path("agent_id").asText())
                    .put("to_number", t.path("to_number").asText()).put("from_number", t.path("from_number").asText(""))
                    .put("status", status).put("duration_seconds", status.equals("completed") ? 37 : 0)
                    .put("ended_at", now).put("recording_url", "https://recordings.mrassistant.invalid/" + i + ".ogg")
                    .put("transcript", "Agent: Hello. Customer: Hi.").put("summary", "Short call.");
            event.set("context", t.path("context").isObject() ? t.path("context") : object());
            if (notify && !url.isBlank()) {
                deliver(url, event, c.path("webhook_secret").asText(""));
            }
        }
        return this;
    }

    /** The header the simulator signs webhooks in (an assumption: MrAssistant documents none). */
    public static final String SIGNATURE_HEADER = "X-Webhook-Signature";

    private boolean deliver(String url, JsonNode event, String secret) {
        if (secret.isBlank()) {
            return deliver(url, event);
        }
        try {
            byte[] body = JSON.writeValueAsBytes(event);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return deliver(url, body, Map.of(SIGNATURE_HEADER, "sha256=" + HexFormat.of().formatHex(mac.doFinal(body))));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return every campaign accepted, by id, as received} */
    public Map<String, JsonNode> campaigns() {
        return Map.copyOf(campaigns);
    }

    @Override
    protected MockResponse error(int status, String message) {
        return json(status, object().put("detail", message));
    }

    @Override
    protected MockResponse route(SimulatedRequest r) {
        String path = r.path();
        JsonNode body = jsonBody(r);
        if (r.method().equals("POST") && path.equals("/auth/token")) {
            if (body == null || !USERNAME.equals(body.path("username").asText()) || !PASSWORD.equals(body.path("password").asText())) {
                return error(401, "Incorrect username or password");
            }
            logins.incrementAndGet();
            return tokens();
        }
        if (r.method().equals("POST") && path.equals("/auth/refresh")) {
            if (body == null || !refreshTokens.remove(body.path("refresh_token").asText())) {
                return error(401, "Invalid refresh token");
            }
            return tokens();
        }
        String auth = r.header("Authorization").orElse("");
        if (!auth.startsWith("Bearer ") || !accessTokens.contains(auth.substring(7))) {
            return error(401, "Could not validate credentials");
        }
        if (r.method().equals("POST") && path.equals("/campaigns")) {
            return createCampaign(body);
        }
        if (r.method().equals("POST") && path.equals("/calls/outbound")) {
            return createCall(body);
        }
        if (r.method().equals("GET") && path.startsWith("/calls/")) {
            ObjectNode call = calls.get(path.substring("/calls/".length()));
            return call == null ? error(404, "Call not found") : json(200, call);
        }
        if (path.matches("/agents/[^/]+/phone-numbers")) {
            if (r.method().equals("POST")) {
                ObjectNode number = body == null ? object() : body.deepCopy();
                number.put("id", "pn_" + nextId()).put("sip_uri", "sip:" + number.path("phone_number").asText() + "@sim")
                        .put("outbound_enabled", true).put("status", "active");
                return json(201, number);
            }
            return json(200, JSON.createArrayNode());
        }
        if (r.method().equals("GET") && path.equals("/phone-numbers/all")) {
            return json(200, JSON.createArrayNode());
        }
        return error(404, "Not Found");
    }

    private MockResponse tokens() {
        String access = "at_" + nextId() + "_" + Long.toHexString(System.nanoTime());
        String refresh = "rt_" + nextId() + "_" + Long.toHexString(System.nanoTime());
        accessTokens.add(access);
        refreshTokens.add(refresh);
        return json(200, object().put("access_token", access).put("refresh_token", refresh)
                .put("token_type", "bearer").put("expires_in", 86_400));
    }

    private MockResponse createCampaign(JsonNode b) {
        if (b == null) {
            return error(422, "Body must be a JSON object");
        }
        ArrayNode detail = JSON.createArrayNode();
        if (!UUID.matcher(b.path("agent_id").asText("")).matches()) {
            problem(detail, "agent_id", "Input should be a valid UUID", "uuid_parsing");
        }
        int nameLength = b.path("name").asText("").codePointCount(0, b.path("name").asText("").length());
        if (!b.path("name").isTextual() || nameLength < 1 || nameLength > 255) {
            problem(detail, "name", "String should have 1 to 255 characters", "string_too_long");
        }
        JsonNode targets = b.path("targets");
        if (!targets.isArray() || targets.isEmpty() || targets.size() > 1000) {
            problem(detail, "targets", "List should have 1 to 1000 items", "too_long");
        } else {
            for (int i = 0; i < targets.size() && detail.size() < 20; i++) {
                if (!isE164(targets.get(i).path("to_number").asText(""))) {
                    problem(detail, "targets." + i + ".to_number", "Invalid phone number", "value_error");
                }
            }
        }
        if (b.has("concurrent_calls") && (b.path("concurrent_calls").asInt(0) < 1 || b.path("concurrent_calls").asInt() > 10)) {
            problem(detail, "concurrent_calls", "Input should be between 1 and 10", "less_than_equal");
        }
        if (b.has("retry_attempts") && (b.path("retry_attempts").asInt(-1) < 0 || b.path("retry_attempts").asInt() > 3)) {
            problem(detail, "retry_attempts", "Input should be between 0 and 3", "less_than_equal");
        }
        for (String f : List.of("retry_failed", "notify_on_call_complete")) {
            if (b.has(f) && !b.path(f).isBoolean()) {
                problem(detail, f, "Input should be a valid boolean", "bool_type");
            }
        }
        if (!detail.isEmpty()) {
            ObjectNode body = object();
            body.set("detail", detail);
            return json(422, body);
        }
        String id = "cmp_" + nextId();
        campaigns.put(id, b);
        ObjectNode answer = object().put("campaign_id", id).put("agent_id", b.path("agent_id").asText())
                .put("name", b.path("name").asText()).put("total_targets", targets.size())
                .put("status", b.has("schedule_at") ? "scheduled" : "pending");
        if (b.has("schedule_at")) {
            answer.put("scheduled_at", b.path("schedule_at").asText());
        } else {
            answer.putNull("scheduled_at");
        }
        answer.putNull("started_at");
        answer.put("calls_initiated", 0).put("calls_completed", 0).put("calls_failed", 0);
        return json(200, answer);
    }

    private MockResponse createCall(JsonNode b) {
        if (b == null || !UUID.matcher(b.path("agent_id").asText("")).matches() || !isE164(b.path("to_number").asText("").replace(" ", ""))) {
            ArrayNode detail = JSON.createArrayNode();
            problem(detail, "agent_id", "agent_id must be a UUID and to_number E.164", "value_error");
            ObjectNode body = object();
            body.set("detail", detail);
            return json(422, body);
        }
        String id = "call_" + nextId();
        ObjectNode call = object().put("call_id", id).put("session_id", "sess_" + id).put("room_name", "room_" + id)
                .put("agent_id", b.path("agent_id").asText()).put("direction", "outbound")
                .put("to_number", b.path("to_number").asText()).put("status", "dialing");
        calls.put(id, call);
        return json(200, call);
    }

    private static void problem(ArrayNode detail, String loc, String msg, String type) {
        ObjectNode p = object().put("msg", msg).put("type", type);
        ArrayNode l = p.putArray("loc").add("body");
        for (String part : loc.split("\\.")) {
            l.add(part);
        }
        detail.add(p);
    }
}
