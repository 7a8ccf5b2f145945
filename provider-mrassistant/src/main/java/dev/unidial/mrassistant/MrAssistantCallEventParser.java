package dev.unidial.mrassistant;

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

/**
 * MrAssistant's per-call webhook. <strong>Its payload is not documented</strong>: the fields
 * read are assumed to be those of its documented call record ({@code GET /calls/{call_id}}:
 * {@code call_id}, {@code to_number}, {@code from_number}, {@code status},
 * {@code disposition}, {@code duration_seconds}, {@code ended_at}, {@code recording_url}),
 * plus {@code campaign_id}, {@code transcript}, {@code summary} and {@code context}, at the top
 * level or under {@code data}. Labelled in docs/webhooks.md.
 */
final class MrAssistantCallEventParser implements CallEventParser {

    @Override
    public CallEvent parse(Map<String, String> headers, byte[] body, Optional<ZoneId> accountZone) {
        JsonNode root = WebhookJson.object(body, "MrAssistant");
        JsonNode data = root.get("data");
        JsonNode d = data != null && data.isObject() ? data : root;
        return details(call(d), d, accountZone).raw(root).build();
    }

    /** The call: the fields every event has, and how it ended. */
    private static CallEvent.Builder call(JsonNode d) {
        String callId = WebhookJson.text(d, "call_id", "");
        String to = WebhookJson.phone(d, "to_number", "");
        if (callId.isEmpty() || to.isEmpty()) {
            throw notACall(d);
        }
        String rawOutcome = WebhookJson.text(d, "disposition", WebhookJson.text(d, "status", ""));
        CallEvent.Builder event = CallEvent.builder()
                .provider(MrAssistantDescriptor.PROVIDER)
                .eventId(callId)
                .callId(callId)
                .to(to)
                .outcome(outcome(rawOutcome), rawOutcome);
        WebhookJson.text(d, "campaign_id", event, CallEvent.Builder::campaignId);
        WebhookJson.phone(d, "from_number", event, CallEvent.Builder::from);
        return event;
    }

    /** Why a body without a call id or a number to call is not a call event. */
    private static WebhookException notACall(JsonNode d) {
        if (!d.has("call_id") && !d.has("to_number")) {
            return new WebhookException("Not a MrAssistant call event: it has neither call_id nor to_number. MrAssistant"
                    + " also sends campaign-progress webhooks, whose body it does not document: only per-call events"
                    + " are read.");
        }
        if (WebhookJson.phone(d, "to_number", "").isEmpty()) {
            return new WebhookException("Not a MrAssistant call event: to_number is not a phone number.");
        }
        return new WebhookException("Not a MrAssistant call event: it has no call_id.");
    }

    /**
     * The fields an event may lack. Reading an event is split in methods this size: through
     * one method, the compiler stopped inlining part-way.
     */
    private static CallEvent.Builder details(CallEvent.Builder event, JsonNode d, Optional<ZoneId> accountZone) {
        WebhookJson.seconds(d, "duration_seconds", event, CallEvent.Builder::duration);
        WebhookJson.time(d, "ended_at", accountZone, event, CallEvent.Builder::endedAt);
        WebhookJson.count(d, "attempt", event, CallEvent.Builder::attempt);
        WebhookJson.text(d, "recording_url", event, CallEvent.Builder::recordingUrl);
        WebhookJson.text(d, "transcript", event, CallEvent.Builder::transcript);
        WebhookJson.text(d, "summary", event, CallEvent.Builder::summary);
        return event.variables(WebhookJson.variables(d.path("context")));
    }

    /**
     * Assumed spellings (MrAssistant lists no statuses), in any case and with {@code -} for
     * {@code _}; anything else is {@link CallOutcome#UNKNOWN}.
     */
    static CallOutcome outcome(String raw) {
        // Most events spell it as listed: the word is rewritten only when it is not.
        CallOutcome listed = spelled(raw);
        return listed != CallOutcome.UNKNOWN ? listed : spelled(raw.toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    private static CallOutcome spelled(String word) {
        return switch (word) {
            case "completed", "answered", "ended" -> CallOutcome.COMPLETED;
            case "no_answer", "unanswered" -> CallOutcome.NO_ANSWER;
            case "busy" -> CallOutcome.BUSY;
            case "voicemail", "machine" -> CallOutcome.VOICEMAIL;
            case "failed", "error" -> CallOutcome.FAILED;
            default -> CallOutcome.UNKNOWN;
        };
    }
}
