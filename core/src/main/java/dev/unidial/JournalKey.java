package dev.unidial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.internal.Violations;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One key's state in the in-process and file journals, rebuilt from its events: each
 * operation of {@link CampaignJournal} decides on the state as it is and returns the events
 * that record its effect; {@link #apply} folds an event in. The file journal appends the
 * events before it applies them, so that reading its file back gives the same state.
 */
final class JournalKey {
    static final ObjectMapper JSON = new ObjectMapper();

    private final String key;
    private String fingerprint;
    private CampaignJournal.State state;
    private String owner;
    private Instant leaseUntil;
    private final Map<String, String> steps = new LinkedHashMap<>();
    private CampaignJournal.JournaledCampaign campaign;
    private Long audienceSize;
    private final TreeMap<Long, Chunk> chunks = new TreeMap<>();

    /** A chunk's lease. */
    private static final class Chunk {
        String owner;
        Instant until;
        boolean done;
    }

    JournalKey(String key) {
        this.key = key;
    }

    boolean exists() {
        return state != null;
    }

    /** What {@link #begin} decided, with the events to record. */
    record Decision<T>(T answer, List<ObjectNode> events) {}

    /** {@return whether every chunk of a known audience is done} */
    boolean allChunksDone() {
        if (audienceSize == null) {
            return false;
        }
        long chunkCount = (audienceSize + CampaignJournal.CHUNK_SIZE - 1) / CampaignJournal.CHUNK_SIZE;
        for (long n = 0; n < chunkCount; n++) {
            Chunk c = chunks.get(n);
            if (c == null || !c.done) {
                return false;
            }
        }
        return true;
    }

    Decision<CampaignJournal.Claim> begin(String fp, String caller, Instant now, Duration lease) {
        if (state == null) {
            return new Decision<>(new CampaignJournal.Claim(CampaignJournal.ClaimResult.NEW, Optional.empty()),
                    List.of(event("begin").put("fp", fp).put("owner", caller).put("until", now.plus(lease).toString())));
        }
        CampaignJournal.Entry entry = entry();
        if (!fingerprint.equals(fp)) {
            return answer(CampaignJournal.ClaimResult.MISMATCH, entry);
        }
        if (state == CampaignJournal.State.DONE) {
            return answer(CampaignJournal.ClaimResult.DONE, entry);
        }
        if (state == CampaignJournal.State.CREATED) {
            return answer(CampaignJournal.ClaimResult.CREATED, entry);
        }
        if (owner != null && !owner.equals(caller) && leaseUntil != null && leaseUntil.isAfter(now)) {
            return answer(CampaignJournal.ClaimResult.IN_FLIGHT, entry);
        }
        return new Decision<>(new CampaignJournal.Claim(CampaignJournal.ClaimResult.TAKEN_OVER, Optional.of(entry)),
                List.of(event("lease").put("owner", caller).put("until", now.plus(lease).toString())));
    }

    private Decision<CampaignJournal.Claim> answer(CampaignJournal.ClaimResult r, CampaignJournal.Entry entry) {
        return new Decision<>(new CampaignJournal.Claim(r, Optional.of(entry)), List.of());
    }

    List<ObjectNode> step(String caller, String name, String value, Instant now, Duration lease) {
        requireOwner(caller);
        return List.of(event("step").put("name", name).put("value", value).put("owner", caller)
                .put("until", now.plus(lease).toString()));
    }

    List<ObjectNode> created(String caller, CampaignJournal.JournaledCampaign c) {
        requireOwner(caller);
        return List.of(event("created").set("campaign", toJson(c)));
    }

    List<ObjectNode> done(CampaignJournal.JournaledCampaign c) {
        return List.of(event("done").set("campaign", toJson(c)));
    }

    List<ObjectNode> settle(String campaignId) {
        CampaignJournal.JournaledCampaign c = new CampaignJournal.JournaledCampaign(campaignId, "", "",
                CampaignStatus.UNKNOWN, "", OptionalLong.empty(), List.of());
        ObjectNode e = event("done").set("campaign", toJson(c));
        if (state == null) {
            e.put("fp", "");
        }
        return List.of(e);
    }

    List<ObjectNode> release(String caller) {
        return state == CampaignJournal.State.SENDING && caller.equals(owner) ? List.of(event("release")) : List.of();
    }

    Decision<OptionalLong> claimChunk(String caller, Instant now, Duration lease) {
        long last = audienceSize == null ? Long.MAX_VALUE : (audienceSize + CampaignJournal.CHUNK_SIZE - 1)
                / CampaignJournal.CHUNK_SIZE - 1;
        for (long n = 0; n <= last; n++) {
            Chunk c = chunks.get(n);
            if (c == null || (!c.done && (c.until == null || !c.until.isAfter(now)))) {
                return new Decision<>(OptionalLong.of(n), List.of(event("chunk").put("n", n).put("owner", caller)
                        .put("until", now.plus(lease).toString())));
            }
        }
        return new Decision<>(OptionalLong.empty(), List.of());
    }

    Decision<Boolean> renewChunk(long n, String caller, Instant now, Duration lease) {
        Chunk c = chunks.get(n);
        if (c == null || c.done || !caller.equals(c.owner)) {
            return new Decision<>(false, List.of());
        }
        return new Decision<>(true, List.of(event("chunk").put("n", n).put("owner", caller)
                .put("until", now.plus(lease).toString())));
    }

    List<ObjectNode> chunkDone(long n, String caller) {
        Chunk c = chunks.get(n);
        return c == null || !caller.equals(c.owner) || c.done ? List.of() : List.of(event("chunkDone").put("n", n));
    }

    List<ObjectNode> releaseChunk(long n, String caller) {
        Chunk c = chunks.get(n);
        return c == null || c.done || !caller.equals(c.owner) ? List.of() : List.of(event("chunkRelease").put("n", n));
    }

    List<ObjectNode> reopenChunk(long n) {
        Chunk c = chunks.get(n);
        return c == null || !c.done ? List.of() : List.of(event("chunkReopen").put("n", n));
    }

    List<ObjectNode> audienceEnd(long size) {
        return audienceSize != null && audienceSize == size ? List.of() : List.of(event("end").put("size", size));
    }

    private void requireOwner(String caller) {
        if (state != CampaignJournal.State.SENDING || !caller.equals(owner)) {
            throw new IllegalStateException("The claim on idempotency key '" + Violations.printable(key)
                    + "' was lost (its lease ran out and another process took it over): nothing more is sent.");
        }
    }

    private static ObjectNode event(String type) {
        return JSON.createObjectNode().put("t", type);
    }

    /** Folds one recorded event into the state. */
    void apply(JsonNode e) {
        switch (e.path("t").asText()) {
            case "begin" -> {
                fingerprint = e.path("fp").asText();
                state = CampaignJournal.State.SENDING;
                owner = e.path("owner").asText();
                leaseUntil = Instant.parse(e.path("until").asText());
            }
            case "lease" -> {
                owner = e.path("owner").asText();
                leaseUntil = Instant.parse(e.path("until").asText());
            }
            case "step" -> {
                steps.put(e.path("name").asText(), e.path("value").asText());
                leaseUntil = Instant.parse(e.path("until").asText());
            }
            case "created" -> {
                campaign = campaignOf(e);
                state = CampaignJournal.State.CREATED;
                owner = null;
                leaseUntil = null;
            }
            case "done" -> {
                if (state == null) {
                    fingerprint = e.path("fp").asText("");
                }
                campaign = campaignOf(e);
                state = CampaignJournal.State.DONE;
                owner = null;
                leaseUntil = null;
            }
            case "release" -> {
                if (steps.isEmpty()) {
                    state = null;
                    fingerprint = null;
                }
                owner = null;
                leaseUntil = null;
            }
            case "chunk" -> {
                Chunk c = chunks.computeIfAbsent(e.path("n").asLong(), n -> new Chunk());
                c.owner = e.path("owner").asText();
                c.until = Instant.parse(e.path("until").asText());
            }
            case "chunkDone" -> chunks.computeIfAbsent(e.path("n").asLong(), n -> new Chunk()).done = true;
            case "chunkRelease" -> {
                Chunk c = chunks.computeIfAbsent(e.path("n").asLong(), n -> new Chunk());
                c.owner = null;
                c.until = null;
            }
            case "chunkReopen" -> {
                Chunk c = chunks.computeIfAbsent(e.path("n").asLong(), n -> new Chunk());
                c.done = false;
                c.owner = null;
                c.until = null;
            }
            case "end" -> audienceSize = e.path("size").asLong();
            default -> throw new UnidialException("The journal of idempotency key '" + Violations.printable(key)
                    + "' holds an event this version does not know: " + Violations.printable(e.path("t").asText()));
        }
    }

    /** The record of a target before its request is sent, written without a tree: one is written per call. */
    static byte[] intentBytes(long index, String phone) {
        StringBuilder b = new StringBuilder(48).append("{\"i\":").append(index).append(",\"p\":");
        quote(b, phone);
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The record of a target's outcome, written without a tree: one is written per call. */
    static byte[] outcomeBytes(TargetOutcome o) {
        StringBuilder b = new StringBuilder(96).append("{\"i\":").append(o.index()).append(",\"p\":");
        quote(b, o.target().phone());
        b.append(",\"s\":\"").append(o.state().name()).append('"');
        if (o.callId().isPresent()) {
            quote(b.append(",\"c\":"), o.callId().get());
        }
        if (o.error().isPresent()) {
            UnidialException e = o.error().get();
            quote(b.append(",\"et\":"), e instanceof RecordedFailure r ? r.type() : e.getClass().getSimpleName());
            quote(b.append(",\"em\":"), String.valueOf(e.getMessage()));
        }
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                b.append('"').append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
                return;
            }
        }
        // A number or an id of plain characters, as nearly every one is: nothing to escape.
        b.append('"').append(s).append('"');
    }

    /** Folds target records into what each index holds: its last record wins. */
    static void foldTarget(JsonNode n, Map<Long, CampaignJournal.TargetRecord> into) {
        long i = n.path("i").asLong();
        Optional<TargetOutcome.State> state = n.has("s") ? Optional.of(TargetOutcome.State.valueOf(n.path("s").asText()))
                : Optional.empty();
        into.put(i, new CampaignJournal.TargetRecord(i, n.path("p").asText(), state,
                Optional.ofNullable(n.path("c").textValue()), Optional.ofNullable(n.path("et").textValue()),
                Optional.ofNullable(n.path("em").textValue())));
    }

    static ObjectNode toJson(CampaignJournal.JournaledCampaign c) {
        ObjectNode n = JSON.createObjectNode().put("id", c.id()).put("provider", c.provider()).put("name", c.name())
                .put("status", c.status().name()).put("rawStatus", c.rawStatus());
        c.targetCount().ifPresent(t -> n.put("targetCount", t));
        c.warnings().forEach(n.putArray("warnings")::add);
        return n;
    }

    private static CampaignJournal.JournaledCampaign campaignOf(JsonNode e) {
        return campaign(e.path("campaign"));
    }

    static CampaignJournal.JournaledCampaign campaign(JsonNode c) {
        List<String> warnings = new ArrayList<>();
        c.path("warnings").forEach(w -> warnings.add(w.asText()));
        CampaignStatus status;
        try {
            status = CampaignStatus.valueOf(c.path("status").asText("UNKNOWN"));
        } catch (IllegalArgumentException unknown) {
            status = CampaignStatus.UNKNOWN;
        }
        return new CampaignJournal.JournaledCampaign(c.path("id").asText(), c.path("provider").asText(),
                c.path("name").asText(), status, c.path("rawStatus").asText(),
                c.has("targetCount") ? OptionalLong.of(c.path("targetCount").asLong()) : OptionalLong.empty(), warnings);
    }

    CampaignJournal.Entry entry() {
        return new CampaignJournal.Entry(key, fingerprint == null ? "" : fingerprint, state, Optional.ofNullable(owner),
                Optional.ofNullable(leaseUntil), steps, Optional.ofNullable(campaign),
                audienceSize == null ? OptionalLong.empty() : OptionalLong.of(audienceSize));
    }
}
