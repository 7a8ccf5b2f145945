package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;

/**
 * CallKaro: {@code POST /v2/call/campaign}, {@code POST /call/campaign} (v1) and
 * {@code POST /call/outbound}, with the documented add-call rules. Auth {@code X-API-KEY};
 * errors {@code {"status":"error","message":…}} (400, 403, 404). Records every call per batch.
 */
public final class CallKaroSimulator extends VendorSimulator {
    /** The API key this simulator accepts. */
    public static final String API_KEY = "sim_callkaro_key";
    private static final Set<String> LANGUAGES = Set.of("hi", "en", "kn", "mr", "ta", "te", "bn", "gu", "ml");

    private final Map<String, List<JsonNode>> batches = new ConcurrentHashMap<>();
    private final Map<String, String> batchNames = new ConcurrentHashMap<>();
    private final Map<String, String> refusedNumbers = new ConcurrentHashMap<>();

    CallKaroSimulator() {}

    /** CallKaro's documented answer deadline, 5 s; it names no redelivery delays, so the assumed ones. */
    @Override
    protected WebhookSchedule webhookSchedule() {
        return new WebhookSchedule(Duration.ofSeconds(5), WebhookSchedule.ASSUMED.redeliveryDelays());
    }

    @Override
    protected List<SimulatorAssumption> vendorAssumptions() {
        return List.of(
                new SimulatorAssumption("Errors are `{\"status\":\"error\",\"message\"}` with 400, 403, 404 or 500",
                        "the page's Errors section was not captured; an older copy lists these"),
                new SimulatorAssumption("`schedule_at` and the trigger times are accepted in any zone",
                        "no page names the zone they are read in"),
                new SimulatorAssumption("`call_ended` is delivered again 1 minute, then 5 minutes after a try not answered 2xx within 5 s, then no more",
                        "the page asks for an answer within 5 s and for duplicates to be handled, but gives no schedule"),
                new SimulatorAssumption("`call_metadata` echoes the call's `metadata`; `time` is when the call ended, in the account's zone (`accountZone(…)`, UTC by default)",
                        "the page names both fields and shows `time` without a zone, without saying what either holds"),
                new SimulatorAssumption("`try_count` counts a call's tries from 1; a try is made again only while `number_of_retries` allows",
                        "the page names `try_count` without saying how it counts"));
    }

    @Override
    public String provider() {
        return "callkaro";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("CALLKARO_API_KEY", API_KEY, "CALLKARO_BASE_URL", baseUrl());
    }

    /**
     * Calls to this number are refused with a 400 and this message (such as {@code DND_NUMBER}).
     *
     * @param phone the number to call, in E.164 form
     * @param message the message, with secrets removed
     * @return this simulator
     */
    public CallKaroSimulator refuseNumber(String phone, String message) {
        refusedNumbers.put(phone, message);
        return this;
    }

    /**
     * Calls to this number are accepted again.
     *
     * @param phone the number to call, in E.164 form
     * @return this simulator
     */
    public CallKaroSimulator acceptNumber(String phone) {
        refusedNumbers.remove(phone);
        return this;
    }

    private volatile String webhookUrl;
    private volatile ZoneId accountZone = ZoneOffset.UTC;
    private final Map<String, List<String>> sids = new ConcurrentHashMap<>();

    /**
     * Sets the zone the simulated account reads and writes times in ({@code call_ended}'s
     * {@code time} has no zone, as CallKaro's sample shows); UTC by default.
     *
     * @param zone the account's zone
     * @return this simulator
     */
    public CallKaroSimulator accountZone(ZoneId zone) {
        this.accountZone = Objects.requireNonNull(zone, "zone");
        return this;
    }
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> tries = new ConcurrentHashMap<>();

    /**
     * Sets the webhook URL, as CallKaro's dashboard holds it (user or agent level).
     *
     * @param url where {@code call_ended} events go; null stops deliveries
     * @return this simulator
     */
    public CallKaroSimulator webhookUrl(String url) {
        this.webhookUrl = url;
        return this;
    }

    @Override
    protected void forget() {
        batches.clear();
        batchNames.clear();
        refusedNumbers.clear();
        sids.clear();
        ended.clear();
        tries.clear();
        webhookUrl = null;
        accountZone = ZoneOffset.UTC;
    }

    /**
     * Plays the calls of a batch not yet played: each ends with this {@code hangup_reason} and
     * duration, and its {@code call_ended} event is POSTed to the webhook URL, if one is set,
     * with redeliveries on a non-2xx answer.
     *
     * @param batchId the batch
     * @param hangupReason the reason each call ended, such as {@code CLIENT_INITIATED}
     * @param durationSeconds how long each call lasted
     * @return this simulator
     */
    public CallKaroSimulator completeCalls(String batchId, String hangupReason, int durationSeconds) {
        List<JsonNode> calls = calls(batchId);
        List<String> callSids = sids.getOrDefault(batchId, List.of());
        for (int i = 0; i < calls.size(); i++) {
            if (ended.add(callSids.get(i))) {
                tries.put(callSids.get(i), 1);
                play(batchId, calls.get(i), callSids.get(i), 1, hangupReason, durationSeconds);
            }
        }
        return this;
    }

    /**
     * Redials the batch's calls already played that have retries left ({@code number_of_retries}
     * of their request): each try ends with this reason and duration and is reported with its
     * own {@code try_count}, as CallKaro reports each try.
     *
     * @param batchId the batch
     * @param hangupReason the reason each try ended
     * @param durationSeconds how long each try lasted
     * @return this simulator
     */
    public CallKaroSimulator retryCalls(String batchId, String hangupReason, int durationSeconds) {
        List<JsonNode> calls = calls(batchId);
        List<String> callSids = sids.getOrDefault(batchId, List.of());
        for (int i = 0; i < calls.size(); i++) {
            String callSid = callSids.get(i);
            int done = tries.getOrDefault(callSid, 0);
            if (done > 0 && done <= calls.get(i).path("number_of_retries").asInt(0)) {
                tries.put(callSid, done + 1);
                play(batchId, calls.get(i), callSid, done + 1, hangupReason, durationSeconds);
            }
        }
        return this;
    }

    private void play(String batchId, JsonNode call, String callSid, int tryCount, String hangupReason, int durationSeconds) {
        ObjectNode data = object().put("callSid", callSid).put("name", "outbound")
                .put("agent", call.path("agent_id").asText()).put("versionId", "v1")
                .put("from", "918035088113").put("to", call.path("to_number").asText().replace("+", ""))
                .put("recordingUrl", "https://recordings.callkaro.invalid/" + callSid + ".mp3")
                .put("call_duration", durationSeconds)
                // As the page's sample: the account's local time, with no zone.
                .put("time", LocalDateTime.now(accountZone).withNano(0).toString().replace('T', ' '))
                .put("transcription", "Agent: Hello! User: Hi.").put("batchId", batchId)
                .put("hangup_reason", hangupReason).put("try_count", tryCount);
        data.set("call_metadata", call.path("metadata").isObject() ? call.path("metadata") : object());
        data.set("post_call", object());
        data.put("disposition_reason", "").put("conversion_status", false).put("next_call_scheduled", false)
                .put("call_link", "https://callkaro.invalid/calls/" + callSid);
        ObjectNode event = object().put("event", "call_ended");
        event.set("data", data);
        if (webhookUrl != null) {
            deliver(webhookUrl, event);
        }
    }

    /** {@return batch ids with the calls added to each, in arrival order} */
    public Map<String, List<JsonNode>> batches() {
        return Map.copyOf(batches);
    }

    /**
     * {@return the calls added to one batch}
     *
     * @param batchId CallKaro's batch id
     */
    public List<JsonNode> calls(String batchId) {
        return List.copyOf(batches.getOrDefault(batchId, List.of()));
    }

    /**
     * {@return a batch's name}
     *
     * @param batchId CallKaro's batch id
     */
    public String batchName(String batchId) {
        return batchNames.get(batchId);
    }

    @Override
    protected MockResponse error(int status, String message) {
        return json(status, object().put("status", "error").put("message", message));
    }

    @Override
    protected MockResponse route(SimulatedRequest r) {
        String key = r.header("X-API-KEY").orElse(null);
        if (key == null) {
            return error(403, "Missing X-API-KEY in headers");
        }
        if (!API_KEY.equals(key)) {
            return error(403, "Invalid API key");
        }
        if (!r.method().equals("POST")) {
            return error(404, "Not found");
        }
        JsonNode body = jsonBody(r);
        if (body == null) {
            return error(400, "Body must be a JSON object");
        }
        return switch (r.path()) {
            case "/v2/call/campaign" -> campaign(body, false);
            case "/call/campaign" -> campaign(body, true);
            case "/call/outbound" -> call(body);
            default -> error(404, "Not found");
        };
    }

    private MockResponse campaign(JsonNode body, boolean v1) {
        String name = body.path("name").asText("");
        if (name.isBlank()) {
            return error(400, "Missing required field: name");
        }
        if (name.codePointCount(0, name.length()) > 200) {
            return error(400, "name must be at most 200 characters");
        }
        if (v1 && body.path("agent_id").asText("").isBlank()) {
            return error(400, "Missing agent_id");
        }
        String id = String.format("68433b7b0dee98e5%08x", nextId());
        batches.put(id, new CopyOnWriteArrayList<>());
        batchNames.put(id, name);
        return json(200, object().put("batch_id", id).put("message", "Campaign created successfully").put("status", "success"));
    }

    private MockResponse call(JsonNode body) {
        String to = body.path("to_number").asText("");
        if (to.isBlank()) {
            return error(400, "Missing required field: to_number");
        }
        if (!isE164(to)) {
            return error(400, "to_number must be E.164");
        }
        if (body.path("agent_id").asText("").isBlank()) {
            return error(400, "Missing agent_id");
        }
        if (body.path("agent_id").asText().equals("unknown-agent")) {
            return error(404, "Agent does not exist");
        }
        String batch = body.path("batch_id").asText(null);
        if (batch != null && !batches.containsKey(batch)) {
            return error(404, "Batch not found");
        }
        String problem = callProblem(body);
        if (problem != null) {
            return error(400, problem);
        }
        if (refusedNumbers.containsKey(to)) {
            return error(400, refusedNumbers.get(to));
        }
        String callSid = String.format("CA%012x", nextId());
        if (batch != null) {
            batches.get(batch).add(body);
            sids.computeIfAbsent(batch, b -> new CopyOnWriteArrayList<>()).add(callSid);
        }
        ObjectNode answer = object().put("status", "done").put("message", "Call queued successfully")
                .put("call_sid", callSid);
        return json(200, answer);
    }

    private static String callProblem(JsonNode b) {
        if (b.has("schedule_at") && !b.path("schedule_at").asText().matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$")) {
            return "schedule_at must be YYYY-MM-DDTHH:MM:SS";
        }
        for (String f : List.of("min_trigger_time", "max_trigger_time")) {
            if (b.has(f) && !b.path(f).asText().matches("^([0-1]?[0-9]|2[0-3]):[0-5][0-9]$")) {
                return f + " must be HH:MM";
            }
        }
        if (b.has("number_of_retries") && (b.path("number_of_retries").asInt(-1) < 0 || b.path("number_of_retries").asInt() > 10)) {
            return "number_of_retries must be 0 to 10";
        }
        JsonNode gap = b.path("gap_between_retries");
        if (!gap.isMissingNode() && !gap.isInt() && !(gap.isArray() && allInts(gap))) {
            return "gap_between_retries must be minutes or a list of minutes";
        }
        if (b.has("priority") && (!b.path("priority").isInt() || Math.abs(b.path("priority").asInt()) > 100)) {
            return "priority must be -100 to 100";
        }
        if (b.has("language") && !LANGUAGES.contains(b.path("language").asText())) {
            return "language must be one of " + LANGUAGES;
        }
        if (b.has("metadata") && !b.path("metadata").isObject()) {
            return "metadata must be an object";
        }
        return null;
    }

    private static boolean allInts(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isInt()) {
                return false;
            }
        }
        return true;
    }
}
