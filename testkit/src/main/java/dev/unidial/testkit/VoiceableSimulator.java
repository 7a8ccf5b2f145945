package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * Voiceable: {@code POST /api/v1/campaigns} as {@code multipart/form-data} with a
 * recipients CSV, {@code GET /api/v1/campaigns}, {@code GET /api/v1/campaigns/{id}} and
 * {@code GET /api/v1/agents}. Auth {@code X-API-Key} (or a bearer key); errors
 * {@code {status:{code,message}, error, errors[]}}. Records each campaign with its parsed
 * CSV rows.
 */
public final class VoiceableSimulator extends VendorSimulator {
    /** The API key this simulator accepts. */
    public static final String API_KEY = "sim_voiceable_key";

    /**
     * A campaign as received.
     *
     * @param data what Voiceable answers for it
     * @param fields the text fields
     * @param recipients the phone numbers of the CSV, header removed
     * @param fileName the file part's name
     */
    public record Received(JsonNode data, Map<String, String> fields, List<String> recipients, String fileName) {}

    private final Map<Long, Received> campaigns = new ConcurrentHashMap<>();
    private volatile ZoneId accountZone = ZoneOffset.UTC;

    @Override
    protected void forget() {
        campaigns.clear();
        accountZone = ZoneOffset.UTC;
    }

    VoiceableSimulator() {}

    /**
     * {@return the zone this simulated account reads {@code schedule_date}/{@code schedule_time} in, as
     * the vendor would read them in the account's (Voiceable's page names no zone); default
     * UTC} {@code scheduled_at} in the answer is that moment in UTC, so a client that sent
     * its times in another zone sees the difference in {@code scheduledAt()}.
     *
     * @param zone the account's zone
     */
    public VoiceableSimulator accountZone(ZoneId zone) {
        this.accountZone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    @Override
    protected List<SimulatorAssumption> vendorAssumptions() {
        return List.of(
                new SimulatorAssumption("A new campaign's status is `pending`", "the only status the create answer shows"),
                new SimulatorAssumption("The recipients CSV may start with a `phone_number` header row or not",
                        "the text says one number per line; the example has the header"),
                new SimulatorAssumption("`schedule_date`/`schedule_time` are read in the simulator's `accountZone(…)`, UTC by default",
                        "no page names the zone"));
    }

    @Override
    public String provider() {
        return "voiceable";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("VOICEABLE_API_KEY", API_KEY, "VOICEABLE_BASE_URL", baseUrl());
    }

    /** {@return every campaign accepted, by id} */
    public Map<Long, Received> campaigns() {
        return Map.copyOf(campaigns);
    }

    @Override
    protected MockResponse error(int status, String message) {
        return errors(status, message, List.of());
    }

    private static MockResponse errors(int status, String message, List<String> errors) {
        ObjectNode body = object();
        body.set("status", object().put("code", status).put("message", message));
        body.put("error", message);
        ArrayNode list = JSON.createArrayNode();
        errors.forEach(list::add);
        body.set("errors", list);
        return json(status, body);
    }

    @Override
    protected MockResponse route(SimulatedRequest r) {
        String key = r.header("X-API-Key").orElse(r.header("Authorization").map(a -> a.replaceFirst("^Bearer ", "")).orElse(null));
        if (!API_KEY.equals(key)) {
            return error(401, "Unauthorized: invalid or missing API key");
        }
        String path = r.path();
        if (r.method().equals("POST") && path.equals("/api/v1/campaigns")) {
            return create(r);
        }
        if (r.method().equals("GET") && path.equals("/api/v1/campaigns")) {
            ArrayNode data = JSON.createArrayNode();
            campaigns.values().forEach(c -> data.add(c.data()));
            return ok(200, "OK", data);
        }
        if (r.method().equals("GET") && path.startsWith("/api/v1/campaigns/")) {
            try {
                Received c = campaigns.get(Long.parseLong(path.substring("/api/v1/campaigns/".length())));
                return c == null ? error(404, "Campaign not found") : ok(200, "OK", c.data());
            } catch (NumberFormatException e) {
                return error(404, "Campaign not found");
            }
        }
        if (r.method().equals("GET") && path.equals("/api/v1/agents")) {
            ArrayNode data = JSON.createArrayNode();
            data.add(object().put("id", "123").put("name", "Launch agent").set("tags", JSON.createArrayNode().add("en")));
            return ok(200, "OK", data);
        }
        return error(404, "Not found");
    }

    private static MockResponse ok(int status, String message, JsonNode data) {
        ObjectNode body = object();
        body.set("status", object().put("code", status).put("message", message));
        body.set("data", data);
        return json(status, body);
    }

    private MockResponse create(SimulatedRequest r) {
        String type = r.header("Content-Type").orElse("");
        if (!type.startsWith("multipart/form-data")) {
            return errors(422, "Validation error", List.of("Content-Type must be multipart/form-data"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String csv = null;
        String fileName = null;
        try (MultipartReader reader = new MultipartReader(new Buffer().write(r.body()), MediaType.get(type).parameter("boundary"))) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = part.headers().get("Content-Disposition");
                String name = attribute(disposition, "name");
                String file = attribute(disposition, "filename");
                String value = part.body().readUtf8();
                if (file != null) {
                    csv = value;
                    fileName = file;
                } else {
                    fields.put(name, value);
                }
            }
        } catch (IOException | RuntimeException e) {
            return errors(422, "Validation error", List.of("The body is not valid multipart/form-data"));
        }
        List<String> errors = problems();
        for (String f : List.of("name", "phone_number_id", "agent_id", "send_immediately")) {
            if (fields.getOrDefault(f, "").isBlank()) {
                errors.add(f + " is required");
            }
        }
        if (fields.containsKey("phone_number_id") && !fields.get("phone_number_id").matches("\\d+")) {
            errors.add("phone_number_id must be an integer");
        }
        String immediately = fields.getOrDefault("send_immediately", "");
        if (!immediately.isEmpty() && !immediately.equals("true") && !immediately.equals("false")) {
            errors.add("send_immediately must be true or false");
        }
        if (immediately.equals("false")) {
            if (!fields.getOrDefault("schedule_date", "").matches("\\d{4}-\\d{2}-\\d{2}")) {
                errors.add("schedule_date is required as YYYY-MM-DD when send_immediately is false");
            }
            if (!fields.getOrDefault("schedule_time", "").matches("\\d{2}:\\d{2}:\\d{2}")) {
                errors.add("schedule_time is required as HH:MM:SS when send_immediately is false");
            }
        }
        List<String> recipients = new ArrayList<>();
        if (csv == null) {
            errors.add("recipients_file is required");
        } else {
            String[] lines = csv.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.isEmpty() || (i == 0 && line.equalsIgnoreCase("phone_number"))) {
                    continue;
                }
                if (isE164(line)) {
                    recipients.add(line);
                } else if (errors.size() < 20) {
                    errors.add("recipients_file line " + (i + 1) + ": '" + line + "' is not a phone number");
                }
            }
            if (recipients.isEmpty()) {
                errors.add("recipients_file has no recipients");
            }
        }
        if (!errors.isEmpty()) {
            return errors(422, "Validation error", errors);
        }
        long id = nextId();
        // The page's answer shows "pending"; it documents no other status for a new campaign.
        ObjectNode data = object().put("id", id).put("name", fields.get("name")).put("status", "pending");
        data.putNull("elevenlabs_batch_call_id");
        data.put("recipients_count", recipients.size());
        if (immediately.equals("false")) {
            data.put("scheduled_at", LocalDateTime.parse(fields.get("schedule_date") + "T"
                    + fields.get("schedule_time")).atZone(accountZone).toInstant().toString());
        } else {
            data.putNull("scheduled_at");
        }
        data.put("send_immediately", immediately.equals("true")).put("created_at", Instant.now().toString());
        campaigns.put(id, new Received(data, Map.copyOf(fields), List.copyOf(recipients), fileName));
        return ok(201, "Campaign created successfully", data);
    }

    private static String attribute(String disposition, String key) {
        if (disposition == null) {
            return null;
        }
        for (String piece : disposition.split(";")) {
            String p = piece.trim();
            if (p.startsWith(key + "=\"")) {
                return p.substring(key.length() + 2, p.length() - 1);
            }
        }
        return null;
    }
}
