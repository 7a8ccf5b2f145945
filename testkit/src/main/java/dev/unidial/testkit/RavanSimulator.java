package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;

/**
 * Ravan's Agni API: {@code POST /api/v1/campaigns/} (only with the trailing slash),
 * {@code GET} and {@code PATCH /api/v1/campaigns/{id}}, {@code GET /api/v1/contacts/},
 * {@code GET /api/v1/agents/}, {@code PATCH /api/v1/agents/{id}/}. Auth {@code X-Api-Key}; errors {@code {success:false, message}}.
 */
public final class RavanSimulator extends VendorSimulator {
    /** The API key this simulator accepts. */
    public static final String API_KEY = "sim_ravan_key";

    private final Map<String, ObjectNode> campaigns = new ConcurrentHashMap<>();
    private final List<ObjectNode> contacts = new ArrayList<>();
    private final Map<String, ObjectNode> agents = new LinkedHashMap<>();

    RavanSimulator() {}

    @Override
    protected List<SimulatorAssumption> vendorAssumptions() {
        return List.of(
                new SimulatorAssumption("Campaigns are listed with `GET /api/v1/campaigns/?limit=&offset=`; a `limit` under 1 or a negative `offset` is answered 400",
                        "no page documents a list; third-party code uses this"),
                new SimulatorAssumption("A PATCH of a campaign or an agent without the trailing slash is answered 307",
                        "the pages give the actual endpoints with the slash; a server that redirects slashes answers the other form so"),
                new SimulatorAssumption("`contacted` counts every call played, whatever its outcome",
                        "the page calls it \"contacts successfully reached\" without saying whether the unanswered are in it"),
                new SimulatorAssumption("A window may end before it starts; `maxConcurrent`, `retryAttempts` and `retryGapMin` have no range",
                        "the page gives their types, not their ranges"),
                new SimulatorAssumption("A PATCH sets `status` and `executionStatus` as sent; `startedAt` is set when `executionStatus` becomes `running`",
                        "no page says how a campaign is started"),
                new SimulatorAssumption("`schedule.start` is accepted in the create body",
                        "the create page's schedule lists no start, but the campaign it returns has one and the update page accepts it"),
                new SimulatorAssumption("An agent's `webhookUrls`, set with `PATCH /api/v1/agents/{id}/`, are where its campaigns' calls are posted",
                        "the create-agent page's body shows `webhookUrls`; the webhooks guide spells it `webhook_urls`"),
                new SimulatorAssumption("After the documented 30 s and 2 minutes, a webhook is not delivered again",
                        "the page's schedule stops there"));
    }

    @Override
    public String provider() {
        return "ravan";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("RAVAN_API_KEY", API_KEY, "RAVAN_BASE_URL", baseUrl());
    }

    /** {@return every campaign created, by id, as Ravan would return it} */
    public Map<String, JsonNode> campaigns() {
        return Map.copyOf(campaigns);
    }

    @Override
    protected MockResponse error(int status, String message) {
        return json(status, object().put("success", false).put("message", message));
    }

    private static MockResponse ok(int status, String message, JsonNode data) {
        ObjectNode body = object().put("success", true).put("message", message);
        body.set("data", data);
        return json(status, body);
    }

    /**
     * Plays calls of a campaign: moves contacts from {@code pending} to {@code successful} and
     * {@code noAnswer} in its {@code contactStats} ({@code contacted} counts both: an assumption,
     * as the page does not say); when none is pending any more, the campaign
     * is {@code completed}, as Ravan's statuses describe.
     *
     * @param campaignId the campaign
     * @param successful how many calls succeed
     * @param noAnswer how many are not answered: {@code no_answer} in the webhook, and in
     *     {@code contactStats.noAnswer}, the one count that says so
     * @return this simulator
     * @throws IllegalArgumentException if there is no such campaign, or fewer contacts are pending
     */
    public RavanSimulator completeCalls(String campaignId, int successful, int noAnswer) {
        ObjectNode c = campaigns.get(campaignId);
        if (c == null) {
            throw new IllegalArgumentException("no campaign " + campaignId);
        }
        long done = c.path("contactStats").path("contacted").asLong();
        Set<String> urls = webhookUrls(c.path("agentId").asText());
        for (int i = 0; i < successful + noAnswer; i++) {
            ObjectNode event = callCompleted(c, (int) done + i, i < successful ? "completed" : "no_answer");
            urls.forEach(url -> deliver(url, event));
        }
        ObjectNode stats = (ObjectNode) c.path("contactStats");
        long pending = stats.path("pending").asLong();
        if (successful + noAnswer > pending) {
            throw new IllegalArgumentException("only " + pending + " contacts are pending");
        }
        stats.put("pending", pending - successful - noAnswer)
                .put("contacted", stats.path("contacted").asLong() + successful + noAnswer)
                .put("successful", stats.path("successful").asLong() + successful)
                .put("noAnswer", stats.path("noAnswer").asLong() + noAnswer);
        if (pending - successful - noAnswer == 0) {
            c.put("status", "completed").put("executionStatus", "completed").put("completedAt", Instant.now().toString());
        }
        return this;
    }

    private volatile String webhookUrl;

    /** Where a call of this agent's campaign is posted: the agent's {@code webhookUrls}, and {@link #webhookUrl}. */
    private Set<String> webhookUrls(String agentId) {
        Set<String> urls = new LinkedHashSet<>();
        synchronized (agents) {
            ObjectNode agent = agents.get(agentId);
            if (agent != null) {
                agent.path("webhookUrls").forEach(u -> urls.add(u.asText()));
            }
        }
        if (webhookUrl != null) {
            urls.add(webhookUrl);
        }
        return urls;
    }

    /** Ravan's documented webhook answer deadline (30 s) and first two redelivery delays; it gives up after them (assumed). */
    @Override
    protected WebhookSchedule webhookSchedule() {
        return new WebhookSchedule(Duration.ofSeconds(30), List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)));
    }

    /**
     * Adds an agent, as one made in Ravan's dashboard: {@code GET /api/v1/agents/} lists it, and
     * {@code PATCH /api/v1/agents/{id}/} sets its {@code webhookUrls}, where its campaigns'
     * calls are posted. The simulator starts with none.
     *
     * @param id the agent's id, as campaigns name it
     * @param name its name
     * @return this simulator
     */
    public RavanSimulator addAgent(String id, String name) {
        synchronized (agents) {
            agents.put(Objects.requireNonNull(id, "id"), object().put("id", id)
                    .put("name", Objects.requireNonNull(name, "name")).put("status", "ACTIVE"));
        }
        return this;
    }

    /**
     * Sets a webhook URL for every agent, as a Ravan agent's webhook settings in the dashboard
     * hold it: each call that {@link #completeCalls} plays is then POSTed there as
     * {@code call.completed}, besides the URLs its agent has through the API, with redeliveries
     * on a non-2xx answer.
     *
     * @param url where {@code call.completed} events go; null stops deliveries
     * @return this simulator
     */
    public RavanSimulator webhookUrl(String url) {
        this.webhookUrl = url;
        return this;
    }

    /**
     * Adds a contact, as one made in Ravan's dashboard: {@code GET /api/v1/contacts/} lists it,
     * and calls to it use its number. The simulator starts with none.
     *
     * @param id the contact's id, as campaigns name it
     * @param phone its number
     * @return this simulator
     */
    public RavanSimulator addContact(String id, String phone) {
        synchronized (contacts) {
            contacts.add(object().put("id", Objects.requireNonNull(id, "id")).put("first_name", id)
                    .put("phone", Objects.requireNonNull(phone, "phone")).put("created_at", "2026-01-01T00:00:00Z"));
        }
        return this;
    }

    @Override
    protected void forget() {
        campaigns.clear();
        synchronized (contacts) {
            contacts.clear();
        }
        synchronized (agents) {
            agents.clear();
        }
        webhookUrl = null;
    }

    private ObjectNode callCompleted(ObjectNode campaign, int index, String status) {
        JsonNode ids = campaign.path("contactIds");
        String contactId = ids.path(index).asText("contact-" + index);
        String phone = contacts.stream().filter(k -> k.path("id").asText().equals(contactId))
                .map(k -> k.path("phone").asText()).findFirst().orElse(String.format("+1415555%04d", index));
        String now = Instant.now().toString();
        ObjectNode data = object().put("campaign_id", campaign.path("id").asText()).put("contact_id", contactId)
                .put("phone", phone).put("status", status).put("duration_sec", status.equals("completed") ? 42.5 : 0)
                .put("call_session_id", "cs-" + nextId()).put("attempt", 1)
                .put("summary", status.equals("completed") ? "The customer confirmed the appointment." : "")
                .put("recording_url", "https://recordings.ravan.invalid/" + index + ".mp3")
                .put("caller_number", campaign.path("fromPhoneNumber").asText()).put("callee_number", phone)
                .put("caller_name", "").put("caller_email", "").put("agent_name", "Sales").put("channel", "voice")
                .put("disconnect_reason", "customer_hangup").put("cost_total", 0.12).put("call_latency_ms", 640)
                .put("started_at", now).put("ended_at", now).put("created_at", now);
        data.set("post_call_analysis", object().put("sentiment", "positive").put("disposition", status));
        data.set("transcripts", JSON.createArrayNode()
                .add(object().put("role", "agent").put("text", "Hello!").put("timestamp_ms", 0))
                .add(object().put("role", "user").put("text", "Hi.").put("timestamp_ms", 900)));
        ObjectNode event = object().put("event", "call.completed").put("org_id", campaign.path("organizationId").asText());
        event.set("data", data);
        return event;
    }

    @Override
    protected MockResponse route(SimulatedRequest r) {
        if (!API_KEY.equals(r.header("X-Api-Key").orElse(null))) {
            return error(401, r.header("X-Api-Key").isEmpty() ? "Missing API key" : "Invalid or revoked API key");
        }
        String path = r.path();
        if (r.method().equals("POST") && path.equals("/api/v1/campaigns/")) {
            return create(r);
        }
        if (r.method().equals("GET") && path.equals("/api/v1/campaigns/")) {
            // Not on Ravan's pages: the list as third-party code uses it (limit, offset). Assumed: a limit
            // under 1 or a negative offset is answered 400, since no stored page says which 4xx.
            int limit = r.intQuery("limit", 50, 1);
            int offset = r.intQuery("offset", 0, 0);
            List<ObjectNode> all = campaigns.values().stream()
                    .sorted(Comparator.comparing(c -> c.path("id").asText())).toList();
            ArrayNode data = JSON.createArrayNode();
            all.stream().skip(offset).limit(limit).forEach(data::add);
            ObjectNode body = object().put("success", true);
            body.set("data", data);
            body.set("meta", object().put("total", all.size()).put("limit", limit).put("offset", offset));
            return json(200, body);
        }
        if (path.startsWith("/api/v1/campaigns/") && path.length() > "/api/v1/campaigns/".length()) {
            if (r.method().equals("PATCH") && !path.endsWith("/")) {
                // The update page's actual endpoint ends in a slash; a server that redirects
                // slashes answers the other form with a 307, which a client must not follow.
                return new MockResponse.Builder().code(307).setHeader("Location", path + "/").build();
            }
            String id = path.substring("/api/v1/campaigns/".length()).replaceAll("/$", "");
            ObjectNode c = campaigns.get(id);
            if (c == null) {
                return error(404, "Campaign not found");
            }
            if (r.method().equals("GET")) {
                return ok(200, "Campaign fetched successfully", c);
            }
            if (r.method().equals("PATCH")) {
                return update(c, r);
            }
        }
        if (r.method().equals("GET") && path.equals("/api/v1/contacts/")) {
            ArrayNode data = JSON.createArrayNode();
            contacts.forEach(data::add);
            ObjectNode body = object().put("success", true);
            body.set("data", data);
            body.set("meta", object().put("total", contacts.size()).put("limit", 50).put("offset", 0));
            return json(200, body);
        }
        if (r.method().equals("GET") && path.equals("/api/v1/agents/")) {
            ArrayNode data = JSON.createArrayNode();
            synchronized (agents) {
                agents.values().forEach(data::add);
            }
            ObjectNode body = object().put("success", true);
            body.set("data", data);
            body.set("meta", object().put("total", data.size()).put("limit", 50).put("offset", 0));
            return json(200, body);
        }
        if (r.method().equals("PATCH") && path.startsWith("/api/v1/agents/") && path.length() > "/api/v1/agents/".length()) {
            return updateAgent(r, path);
        }
        return error(404, "Not Found");
    }

    private MockResponse create(SimulatedRequest r) {
        JsonNode body = jsonBody(r);
        if (body == null) {
            return error(400, "Body must be a JSON object");
        }
        List<String> problems = problems();
        for (String field : List.of("name", "agentId", "phoneNumberId", "fromPhoneNumber")) {
            if (body.path(field).asText("").isBlank()) {
                problems.add(field + " is required");
            }
        }
        if (body.hasNonNull("fromPhoneNumber") && !isE164(body.path("fromPhoneNumber").asText())) {
            problems.add("fromPhoneNumber must be E.164");
        }
        JsonNode ids = body.path("contactIds");
        if (!ids.isArray()) {
            problems.add("contactIds is required, an array of contact ids");
        } else {
            ids.forEach(id -> {
                if (!id.isTextual()) {
                    problems.add("contactIds must be strings");
                }
            });
        }
        JsonNode schedule = body.path("schedule");
        if (!schedule.isMissingNode()) {
            checkSchedule(schedule, problems);
        }
        if (!problems.isEmpty()) {
            return error(400, "Validation failed: " + String.join("; ", problems));
        }
        String id = new UUID(0x019ebbef48d77ebcL, nextId()).toString();
        String now = Instant.now().toString();
        ObjectNode c = object().put("id", id).put("organizationId", "95a4e479-03a7-4f1b-834d-8705756e8e59");
        body.properties().forEach(e -> c.set(e.getKey(), e.getValue()));
        c.put("status", "draft").put("executionStatus", "draft");
        c.set("contactStats", object().put("total", ids.size()).put("contacted", 0).put("successful", 0)
                .put("failed", 0).put("noAnswer", 0).put("pending", ids.size()).put("inProgress", 0));
        c.put("createdAt", now).put("updatedAt", now).put("outboundMaxConcurrent", 5).put("outboundMaxCps", 1);
        campaigns.put(id, c);
        return ok(201, "Campaign created successfully", c);
    }

    private static void checkSchedule(JsonNode s, List<String> problems) {
        for (String f : List.of("windowStart", "windowEnd")) {
            if (s.has(f) && !s.path(f).asText().matches("^([01]\\d|2[0-3]):[0-5]\\d$")) {
                problems.add("schedule." + f + " must be HH:mm");
            }
        }
        // The page does not say whether a window may end before it starts (overnight): accepted.
        s.path("windowDays").forEach(d -> {
            if (!d.isInt() || d.asInt() < 1 || d.asInt() > 7) {
                problems.add("schedule.windowDays must be 1 to 7");
            }
        });
        if (s.has("timezone")) {
            try {
                ZoneId.of(s.path("timezone").asText());
            } catch (RuntimeException e) {
                problems.add("schedule.timezone must be an IANA zone");
            }
        }
        // The page gives these integers no range, so only their type is checked.
        for (String f : List.of("maxConcurrent", "retryAttempts", "retryGapMin")) {
            if (s.has(f) && !s.path(f).isInt()) {
                problems.add("schedule." + f + " must be an integer");
            }
        }
    }

    private MockResponse updateAgent(SimulatedRequest r, String path) {
        if (!path.endsWith("/")) {
            // The agent pages' curls end the path in a slash; a server that redirects slashes answers the other form with a 307.
            return new MockResponse.Builder().code(307).setHeader("Location", path + "/").build();
        }
        JsonNode body = jsonBody(r);
        if (body == null) {
            return error(400, "Body must be a JSON object");
        }
        JsonNode urls = body.path("webhookUrls");
        if (body.has("webhookUrls") && (!urls.isArray() || urls.valueStream().anyMatch(u -> !u.isTextual()))) {
            // The create-agent page types it string[]; which 4xx a wrong type gets is not documented.
            return error(400, "webhookUrls must be an array of strings");
        }
        String id = path.substring("/api/v1/agents/".length(), path.length() - 1);
        synchronized (agents) {
            ObjectNode agent = agents.get(id);
            if (agent == null) {
                return error(404, "Agent not found");
            }
            body.properties().forEach(e -> agent.set(e.getKey(), e.getValue()));
            agent.put("updatedAt", Instant.now().toString());
            return ok(200, "Agent updated successfully", agent.deepCopy());
        }
    }

    private MockResponse update(ObjectNode c, SimulatedRequest r) {
        JsonNode body = jsonBody(r);
        if (body == null) {
            return error(400, "Body must be a JSON object");
        }
        body.properties().forEach(e -> c.set(e.getKey(), e.getValue()));
        c.put("updatedAt", Instant.now().toString());
        if (c.path("executionStatus").asText().equals("running") && c.path("startedAt").isMissingNode()) {
            c.put("startedAt", Instant.now().toString());
        }
        return ok(200, "Campaign updated successfully", c);
    }
}
