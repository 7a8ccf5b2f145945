package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;

/**
 * Kore.ai's v1 campaign APIs for app {@link #APP_ID}: create (agentless voice), get,
 * {@code getAllCampaignDetails}, {@code trigger=play|stop}, {@code view=status|contacts},
 * delete, {@code createContactList} and {@code addContacts}. Every request needs
 * {@code iid} and {@code accountId} headers and an {@code auth} JWT signed HS256 with


 * from the start. A new campaign is {@code Preparing}, then {@code Ready} when read again.
 */
public final class KoreSimulator extends VendorSimulator {
    /** The app (stream) id. */
    public static final String APP_ID = "st-0603182c-7ffb-53c3-b307-47ca14b9sim1";
    /** The account id. */
    public static final String ACCOUNT_ID = "67777ce93e25326494e9sim1";
    /** The JWT app's client id. */
    public static final String CLIENT_ID = "cs-sim-client";
    /** The JWT app's client secret. */
    public static final String CLIENT_SECRET = "sim-kore-client-secret";
    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private final Map<String, ObjectNode> campaigns = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> lists = new ConcurrentHashMap<>();
    /** Each campaign's contacts with their outcomes, taken from its lists when first needed. */
    private final Map<String, ArrayNode> outcomes = new ConcurrentHashMap<>();

    KoreSimulator() {}

    /**
     * Adds a contact list, as one made in Kore.ai's dashboard, so that campaigns can name it.
     * The simulator starts with none.
     *
     * @param name the list's name
     * @param phones its contacts' numbers
     * @return this simulator
     */
    public KoreSimulator addContactList(String name, String... phones) {
        ArrayNode contacts = JSON.createArrayNode();
        for (String phone : phones) {
            contacts.add(object().put("phoneNumber", Objects.requireNonNull(phone, "phone")));
        }
        lists.put(Objects.requireNonNull(name, "name"), contacts);
        return this;
    }

    /**
     * Finishes a campaign, as Kore.ai would once every contact was called: its status becomes
     * {@code Completed}, so that a test can wait for {@code CampaignStatus.COMPLETED}. Kore's
     * pages show no finished status; {@code Completed} is the SDK's reading, labelled as an
     * assumption in the Kore page of the docs, and the simulator uses the same word.
     *
     * @param campaignId the campaign's id
     * @return this simulator
     * @throws IllegalArgumentException if there is no such campaign
     */
    public KoreSimulator completeCampaign(String campaignId) {
        ObjectNode c = campaigns.get(campaignId);
        if (c == null) {
            throw new IllegalArgumentException("no campaign " + campaignId);
        }
        c.put("status", "Completed");
        return this;
    }

    @Override
    protected void forget() {
        campaigns.clear();
        lists.clear();
        outcomes.clear();
    }

    @Override
    protected List<SimulatorAssumption> vendorAssumptions() {
        return List.of(
                new SimulatorAssumption("Errors are `{\"msg\",\"code\"}`, `{\"errors\":[{\"msg\"}]}` or `{\"status\":\"failure\",\"message\"}`",
                        "not documented for these APIs; a community thread shows the first"),
                new SimulatorAssumption("`completeCampaign` makes a campaign `Completed`",
                        "the pages show only `Preparing`, `Ready`, `Active` and `Stopped`"),
                new SimulatorAssumption("A contact list whose name exists already is accepted, and contacts are added to it",
                        "the pages are silent (`allowDuplicates` is about contacts)"));
    }

    @Override
    public String provider() {
        return "kore";
    }

    @Override
    public Map<String, String> settings() {
        // The simulator answers every request at once, so a client of it need not pace itself.
        return Map.of("KORE_BASE_URL", baseUrl(), "KORE_APP_ID", APP_ID, "KORE_ACCOUNT_ID", ACCOUNT_ID,
                "KORE_CLIENT_ID", CLIENT_ID, "KORE_CLIENT_SECRET", CLIENT_SECRET, "KORE_REQUESTS_PER_MINUTE", "0");
    }

    /** {@return every campaign created, by id} */
    public Map<String, JsonNode> campaigns() {
        return Map.copyOf(campaigns);
    }

    /** {@return contact lists by name, with the contacts added to each} */
    public Map<String, JsonNode> contactLists() {
        return Map.copyOf(lists);
    }

    /**
     * Plays calls of a campaign: the next {@code count} contacts not yet called get this
     * {@code dialerOutcome} (Kore does not list its values; {@code COMPLETED}, {@code NO_ANSWER},
     * {@code BUSY}… are what the SDK maps) and one attempt.
     *
     * @param campaignId the campaign
     * @param dialerOutcome the outcome to report for them
     * @param count how many contacts
     * @return this simulator
     * @throws IllegalArgumentException if there is no such campaign
     */
    public KoreSimulator completeCalls(String campaignId, String dialerOutcome, int count) {
        ArrayNode contacts = outcomesOf(campaignId);
        int done = 0;
        for (JsonNode contact : contacts) {
            if (done < count && contact.path("dialerOutcome").asText().isEmpty()) {
                ((ObjectNode) contact).put("dialerOutcome", dialerOutcome).put("numberOfAttemptsSoFar", 1)
                        .put("botSessionId", "bs-" + nextId());
                done++;
            }
        }
        return this;
    }

    private ArrayNode outcomesOf(String campaignId) {
        ObjectNode c = campaigns.get(campaignId);
        if (c == null) {
            throw new IllegalArgumentException("no campaign " + campaignId);
        }
        return outcomes.computeIfAbsent(campaignId, id -> {
            ArrayNode contacts = JSON.createArrayNode();
            c.path("contactLists").forEach(l -> lists.getOrDefault(l.asText(), JSON.createArrayNode()).forEach(contact ->
                    // As the contacts page's sample: digits without the '+', a blank outcome until called.
                    contacts.add(object().put("phoneNumber", contact.path("phoneNumber").asText().replace("+", ""))
                            .put("uniqueId", "u-" + contacts.size()).put("dialerOutcome", "")
                            .put("numberOfAttemptsSoFar", 0))));
            return contacts;
        });
    }

    @Override
    protected MockResponse error(int status, String message) {
        return json(status, object().put("msg", message).put("code", status == 401 ? 4002 : status));
    }

    private static MockResponse errors(List<String> messages) {
        ObjectNode body = object();
        ArrayNode list = body.putArray("errors");
        messages.forEach(m -> list.add(object().put("msg", m)));
        return json(400, body);
    }

    private static MockResponse success(String message, JsonNode data) {
        ObjectNode body = object().put("status", "success").put("message", message);
        body.set("data", data);
        return json(200, body);
    }

    @Override
    protected MockResponse route(SimulatedRequest r) {
        if (!validJwt(r.header("auth").orElse(""))) {
            return error(401, "Invalid SDK credentials");
        }
        if (!APP_ID.equals(r.header("iid").orElse(null))) {
            return error(401, "The iid header must be the app id");
        }
        boolean accountInQuery = r.query("accountId").filter(ACCOUNT_ID::equals).isPresent();
        if (!ACCOUNT_ID.equals(r.header("accountId").orElse(null)) && !accountInQuery) {
            return error(401, "Unknown accountId");
        }
        String v1 = "/agentassist/api/v1/public/" + APP_ID;
        String path = r.path();
        JsonNode body = jsonBody(r);
        if (r.method().equals("POST") && path.equals(v1 + "/campaign")) {
            return r.query("campaignType").filter("voice"::equals).isPresent() ? create(body)
                    : errors(List.of("campaignType must be voice"));
        }
        if (r.method().equals("POST") && path.equals(v1 + "/campaign/getAllCampaignDetails")) {
            int limit = body == null ? 10 : Math.max(1, body.path("limit").asInt(10));
            int skip = body == null ? 0 : Math.max(0, body.path("skip").asInt(0));
            List<ObjectNode> all = campaigns.values().stream()
                    .sorted(Comparator.comparing(c -> c.path("id").asText())).toList();
            ObjectNode data = object();
            ArrayNode results = data.putArray("results");
            all.stream().skip(skip).limit(limit).forEach(c -> {
                ObjectNode copy = c.deepCopy();
                copy.put("_id", c.path("id").asText());
                copy.remove("id");
                results.add(copy);
            });
            data.put("skip", skip).put("limit", limit).put("hasMore", skip + limit < all.size())
                    .put("totalPages", (all.size() + limit - 1) / limit).put("totalResults", all.size());
            return success("ok", data);
        }
        if (r.method().equals("POST") && path.equals(v1 + "/campaign/contactList/createContactList")) {
            return createList(body);
        }
        if (r.method().equals("POST") && path.equals("/api/1.1/public/" + APP_ID + "/campaign/contactList/addContacts")) {
            ArrayNode target = body == null ? null : lists.get(body.path("contact_list_name").asText());
            if (target == null) {
                return errors(List.of("Contact list not found"));
            }
            body.path("data").forEach(target::add);
            return json(200, object().put("message", "Adding contacts to public list is in progress"));
        }
        if (path.startsWith("/campaign/api/v1/public/" + APP_ID + "/campaign/")) {
            return trigger(path.substring(("/campaign/api/v1/public/" + APP_ID + "/campaign/").length()), r);
        }
        if (path.startsWith(v1 + "/campaign/")) {
            String rest = path.substring((v1 + "/campaign/").length());
            String id = rest.replaceAll("/status$", "");
            ObjectNode c = campaigns.get(id);
            if (c == null) {
                return error(404, "Campaign not found");
            }
            if (rest.endsWith("/status")) {
                if (r.query("view").filter("contacts"::equals).isPresent()) {
                    return contacts(id, body);
                }
                return success("ok", object().put("id", id).put("status", c.path("status").asText()).put("name", c.path("name").asText()));
            }
            if (r.method().equals("DELETE")) {
                campaigns.remove(id);
                outcomes.remove(id);
                return success("Campaign deleted", object().put("_id", id));
            }
            if (r.method().equals("GET")) {
                if (c.path("status").asText().equals("Preparing")) {
                    c.put("status", "Ready");
                }
                ObjectNode copy = c.deepCopy();
                copy.put("_id", id);
                copy.remove("id");
                return success("ok", copy);
            }
        }
        return error(404, "Not found");
    }

    private MockResponse create(JsonNode b) {
        if (b == null) {
            return errors(List.of("Body must be a JSON object"));
        }
        List<String> problems = problems();
        String name = b.path("name").asText("");
        if (name.isBlank() || name.codePointCount(0, name.length()) > 48) {
            problems.add("name is required, at most 48 characters");
        }
        String description = b.path("description").asText("");
        if (description.isBlank() || description.codePointCount(0, description.length()) > 256) {
            problems.add("description is required, at most 256 characters");
        }
        JsonNode lists = b.path("contactLists");
        if (!lists.isArray() || lists.isEmpty()) {
            problems.add("contactLists is required");
        } else {
            lists.forEach(l -> {
                if (!this.lists.containsKey(l.asText())) {
                    problems.add("Contact list '" + l.asText() + "' does not exist");
                }
            });
        }
        // The page types priority as a string ("5"); a JSON number is not what it documents.
        if (!b.path("priority").isTextual() || !Set.of("1", "2", "3", "4", "5").contains(b.path("priority").asText())) {
            problems.add("priority must be a string, one of \"1\", \"2\", \"3\", \"4\", \"5\"");
        }
        String mode = b.path("dialingMode").asText("");
        if (!Set.of("Agentless", "Progressive", "Preview").contains(mode)) {
            problems.add("dialingMode must be Agentless, Progressive or Preview");
        }
        JsonNode s = b.path("dialingStrategy");
        if (!isE164(s.path("callerId").path("phoneNumber").asText(""))) {
            problems.add("dialingStrategy.callerId.phoneNumber is required");
        }
        JsonNode hours = s.path("callingHours");
        if (!Set.of("WEEKLY", "DAILY", "CUSTOM").contains(hours.path("frequency").asText(""))) {
            problems.add("callingHours.frequency must be WEEKLY, DAILY or CUSTOM");
        }
        try {
            ZoneId.of(hours.path("timezone").asText(""));
        } catch (RuntimeException e) {
            problems.add("callingHours.timezone must be a time zone");
        }
        if (!hours.path("days").isArray() || hours.path("days").isEmpty()) {
            problems.add("callingHours.days is required");
        }
        hours.path("days").forEach(d -> {
            if (!DAYS.contains(d.path("day").asText()) || !isTwelveHour(d.path("start").asText())
                    || !isTwelveHour(d.path("end").asText())) {
                problems.add("callingHours.days entries need day MO..SU and start/end like 9:00 AM");
            }
        });
        if (!Set.of("FIFO", "LIFO").contains(s.path("dialingOrder").asText(""))) {
            problems.add("dialingOrder must be FIFO or LIFO");
        }
        range(s, "maxAttemptsPerRecord", 1, 100, problems);
        range(s, "defaultRetryPeriod", 1, 1440, problems);
        range(s, "maxRingTime", 5, 120, problems);
        if (mode.equals("Agentless") && b.path("experienceFlowName").asText("").isBlank()) {
            problems.add("experienceFlowName is required for Agentless campaigns");
        }
        if (!b.path("enableMachineDetect").isBoolean()) {
            problems.add("enableMachineDetect must be true or false");
        }
        if (!b.path("campaignType").asText("").equals("voice")) {
            problems.add("campaignType must be voice");
        }
        if (!problems.isEmpty()) {
            return errors(problems);
        }
        String id = String.format("cd-%08x-sim", nextId());
        ObjectNode c = b.deepCopy();
        c.remove("experienceFlowName");
        c.put("lname", name.toLowerCase(Locale.ROOT)).put("experienceFlow", "cf-sim-flow")
                .put("status", "Preparing").put("createdAt", Instant.now().toString())
                .put("updatedAt", Instant.now().toString()).put("id", id);
        campaigns.put(id, c);
        return success("Campaign " + name + " creation in progress", c);
    }

    private MockResponse createList(JsonNode b) {
        String name = b == null ? "" : b.path("name").asText("");
        if (name.isBlank() || name.length() > 48) {
            return errors(List.of("name is required, at most 48 characters"));
        }
        // Kore's pages say nothing of a list whose name exists already (allowDuplicates is about
        // contacts), so the simulator accepts it and keeps adding to that list.
        lists.putIfAbsent(name, JSON.createArrayNode());
        return success("ok", object().put("_id", String.format("cl-%08x", nextId())).put("name", name)
                .put("status", "Ready").put("listType", "call").put("source", "passiveApi"));
    }

    private MockResponse trigger(String rest, SimulatedRequest r) {
        ObjectNode c = campaigns.get(rest);
        if (c == null) {
            return error(404, "Campaign not found");
        }
        String trigger = r.query("trigger").orElse("");
        String now = Instant.now().toString();
        if (trigger.equals("play")) {
            c.put("status", "Active");
            return json(200, object().put("status", "Active").put("message", "Campaign Started")
                    .put("totalCallsCompleted", 0).put("updatedAt", now).put("campaignInstanceId", "cid-" + nextId()));
        }
        if (trigger.equals("stop")) {
            c.put("status", "Stopped");
            return json(200, object().put("status", "Stopped").put("message", "Campaign Stopped")
                    .put("updatedAt", now).put("campaignInstanceId", "cid-" + nextId()));
        }
        return errors(List.of("trigger must be play or stop"));
    }

    private MockResponse contacts(String campaignId, JsonNode body) {
        int page = body == null ? 1 : body.path("page").asInt(1);
        int limit = body == null ? 100 : body.path("limit").asInt(100);
        if (page < 1 || limit < 1 || limit > 100) {
            return errors(List.of("page must be 1 or more and limit 1 to 100"));
        }
        ArrayNode all = outcomesOf(campaignId);
        ObjectNode data = object();
        ArrayNode results = data.putArray("results");
        for (int i = (page - 1) * limit; i < Math.min(all.size(), page * limit); i++) {
            results.add(all.get(i).deepCopy());
        }
        data.put("page", page).put("limit", limit).put("totalPages", Math.max(1, (all.size() + limit - 1) / limit))
                .put("totalResults", all.size());
        return success("ok", data);
    }

    private static void range(JsonNode s, String field, int min, int max, List<String> problems) {
        JsonNode n = s.path(field);
        if (!n.isInt() || n.asInt() < min || n.asInt() > max) {
            problems.add("dialingStrategy." + field + " must be between " + min + " and " + max);
        }
    }

    private static boolean isTwelveHour(String t) {
        return t.matches("^(1[0-2]|[1-9]):[0-5]\\d (AM|PM)$");
    }

    private static boolean validJwt(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            byte[] given = Base64.getUrlDecoder().decode(parts[2]);
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return MessageDigest.isEqual(expected, given) && "HS256".equals(header.path("alg").asText())
                    && CLIENT_ID.equals(payload.path("appId").asText());
        } catch (Exception e) {
            return false;
        }
    }
}
