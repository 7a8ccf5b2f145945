package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CallEvent;
import dev.unidial.CallOutcome;
import dev.unidial.WebhookException;
import dev.unidial.spi.CallEventParser;
import dev.unidial.spi.WebhookJson;
import dev.unidial.spi.WireValues;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * CallKaro's {@code call_ended} webhook: {@code {"event":"call_ended","data":{…}}}, camelCase
 * and snake_case mixed as CallKaro sends them. CallKaro signs nothing.
 */
final class CallKaroCallEventParser implements CallEventParser {
    @Override
    public CallEvent parse(Map<String, String> headers, byte[] body, Optional<ZoneId> accountZone) {
        JsonNode root = WebhookJson.object(body, "CallKaro");
        if (!"call_ended".equals(root.path("event").asText())) {
            throw new WebhookException("Not a CallKaro call event: event is not call_ended.");
        }
        JsonNode d = root.path("data");
        return details(call(d), d, accountZone).raw(root).build();
    }

    /** The call: the fields every event has, and how it ended. */
    private static CallEvent.Builder call(JsonNode d) {
        String to = WebhookJson.phone(d, "to", "");
        if (to.isEmpty()) {
            throw new WebhookException("Not a CallKaro call event: data.to is not a phone number.");
        }
        String callSid = WebhookJson.text(d, "callSid", "");
        if (callSid.isEmpty()) {
            throw new WebhookException("Not a CallKaro call event: it has no data.callSid.");
        }
        OptionalInt tryCount = WebhookJson.count(d, "try_count");
        Optional<Duration> duration = WebhookJson.seconds(d, "call_duration");
        String rawOutcome = WebhookJson.text(d, "hangup_reason", "");
        CallEvent.Builder event = CallEvent.builder()
                .provider(CallKaroDescriptor.PROVIDER)
                // A retry of the call is another event; a redelivery of this one is not.
                .eventId(callSid + ":" + (tryCount.isPresent() ? tryCount.getAsInt() : 1))
                .callId(callSid)
                .to(to)
                .outcome(outcome(rawOutcome, duration), rawOutcome)
                .duration(duration)
                .attempt(tryCount);
        WebhookJson.text(d, "batchId", event, CallEvent.Builder::campaignId);
        WebhookJson.phone(d, "from", event, CallEvent.Builder::from);
        return event;
    }

    /**
     * The fields an event may lack. Reading an event is split in methods this size: through
     * one method, the compiler stopped inlining part-way.
     */
    private static CallEvent.Builder details(CallEvent.Builder event, JsonNode d, Optional<ZoneId> accountZone) {
        WebhookJson.text(d, "recordingUrl", event, CallEvent.Builder::recordingUrl);
        return event.endedAt(WebhookJson.text(d, "time").flatMap(t -> time(t, accountZone)))
                .transcript(transcript(d.path("transcription")))
                .variables(WebhookJson.variables(d.path("call_metadata")));
    }

    /** The transcription as sent: text as is, anything structured as its JSON. */
    private static Optional<String> transcript(JsonNode t) {
        if (t.isMissingNode() || t.isNull()) {
            return Optional.empty();
        }
        return t.isTextual() ? Optional.of(t.asText()).filter(x -> !x.isBlank()) : Optional.of(t.toString());
    }

    /**
     * CallKaro's {@code time} has no zone: it is read in the account's zone when the reader has
     * one, else left out (the raw body keeps it). An assumption, labelled in the README.
     */
    private static Optional<Instant> time(String text, Optional<ZoneId> zone) {
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        return WireValues.localDateTime(text).map(local -> local.atZone(zone.get()).toInstant());
    }

    /**
     * CallKaro names only {@code CLIENT_INITIATED} as a {@code hangup_reason}: a reason that
     * names no-answer, busy, voicemail or failure maps to it; otherwise a call that lasted is
     * {@link CallOutcome#COMPLETED}, and one that did not is {@link CallOutcome#UNKNOWN}. An
     * assumption, labelled in the README.
     */
    static CallOutcome outcome(String hangupReason, Optional<Duration> duration) {
        String r = hangupReason.toUpperCase(Locale.ROOT);
        if (r.contains("NO_ANSWER") || r.contains("NOANSWER") || r.contains("UNANSWERED")) {
            return CallOutcome.NO_ANSWER;
        }
        if (r.contains("BUSY")) {
            return CallOutcome.BUSY;
        }
        if (r.contains("VOICEMAIL") || r.contains("MACHINE")) {
            return CallOutcome.VOICEMAIL;
        }
        if (r.contains("FAIL") || r.contains("ERROR")) {
            return CallOutcome.FAILED;
        }
        return duration.filter(d -> !d.isZero()).isPresent() ? CallOutcome.COMPLETED : CallOutcome.UNKNOWN;
    }
}
