package dev.unidial.ravan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CallEvent;
import dev.unidial.CallOutcome;
import dev.unidial.WebhookException;
import dev.unidial.spi.CallEventParser;
import dev.unidial.spi.WebhookJson;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Ravan's {@code call.completed} webhook: {@code {"event","org_id","data":{…}}}, snake_case.
 * Ravan signs nothing; its docs advise de-duplicating on {@code call_session_id}.
 */
final class RavanCallEventParser implements CallEventParser {

    @Override
    public CallEvent parse(Map<String, String> headers, byte[] body, Optional<ZoneId> accountZone) {
        JsonNode root = WebhookJson.object(body, "Ravan");
        if (!"call.completed".equals(root.path("event").asText())) {
            throw new WebhookException("Not a Ravan call event: event is not call.completed.");
        }
        JsonNode d = root.path("data");
        return details(call(d), d, accountZone).raw(root).build();
    }

    /** The call: the fields every event has, and how it ended. */
    private static CallEvent.Builder call(JsonNode d) {
        // callee_number when the event has one, else phone.
        String to = WebhookJson.text(d, "callee_number", "").isEmpty() ? WebhookJson.phone(d, "phone", "")
                : WebhookJson.phone(d, "callee_number", "");
        if (to.isEmpty()) {
            throw new WebhookException("Not a Ravan call event: neither data.callee_number nor data.phone is a phone number.");
        }
        String session = WebhookJson.text(d, "call_session_id", "");
        if (session.isEmpty()) {
            throw new WebhookException("Not a Ravan call event: it has no data.call_session_id.");
        }
        String rawOutcome = WebhookJson.text(d, "status", "");
        CallEvent.Builder event = CallEvent.builder()
                .provider(RavanDescriptor.PROVIDER)
                .eventId(session)
                .callId(session)
                .to(to)
                .outcome(outcome(rawOutcome), rawOutcome);
        WebhookJson.text(d, "campaign_id", event, CallEvent.Builder::campaignId);
        WebhookJson.phone(d, "caller_number", event, CallEvent.Builder::from);
        return event;
    }

    /**
     * The fields an event may lack. Reading an event is split in methods this size: through
     * one method, the compiler stopped inlining part-way.
     */
    private static CallEvent.Builder details(CallEvent.Builder event, JsonNode d, Optional<ZoneId> accountZone) {
        WebhookJson.seconds(d, "duration_sec", event, CallEvent.Builder::duration);
        WebhookJson.time(d, "ended_at", accountZone, event, CallEvent.Builder::endedAt);
        WebhookJson.count(d, "attempt", event, CallEvent.Builder::attempt);
        WebhookJson.text(d, "recording_url", event, CallEvent.Builder::recordingUrl);
        WebhookJson.text(d, "summary", event, CallEvent.Builder::summary);
        // Not on Ravan's page: the variables are guessed to be in data.metadata (labelled in docs/webhooks.md).
        return event.transcript(transcript(d.path("transcripts")))
                .variables(WebhookJson.variables(d.path("metadata")));
    }

    /** Ravan's statuses, all five documented, in any case. */
    static CallOutcome outcome(String status) {
        // Ravan lists them in lower case: the word is rewritten only when it is not.
        CallOutcome listed = spelled(status);
        return listed != CallOutcome.UNKNOWN ? listed : spelled(status.toLowerCase(Locale.ROOT));
    }

    private static CallOutcome spelled(String word) {
        return switch (word) {
            case "completed" -> CallOutcome.COMPLETED;
            case "failed" -> CallOutcome.FAILED;
            case "no_answer" -> CallOutcome.NO_ANSWER;
            case "busy" -> CallOutcome.BUSY;
            case "voicemail" -> CallOutcome.VOICEMAIL;
            default -> CallOutcome.UNKNOWN;
        };
    }

    /** The transcript entries in order, one line each: {@code role: text} where they have those. */
    private static Optional<String> transcript(JsonNode entries) {
        if (!entries.isArray() || entries.isEmpty()) {
            return Optional.empty();
        }
        String text = StreamSupport.stream(entries.spliterator(), false).map(e -> {
            String said = e.path("text").isTextual() ? e.path("text").asText() : e.path("content").asText(e.toString());
            String who = e.path("role").isTextual() ? e.path("role").asText() : e.path("speaker").asText("");
            return who.isBlank() ? said : who + ": " + said;
        }).collect(Collectors.joining("\n"));
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
