package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.CallEvent;
import dev.unidial.http.Json;
import dev.unidial.spi.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body Ravan posts to an agent's webhook after a call ({@code call.completed}).
 * Ravan signs nothing, so check {@link #orgId()} against your organisation and de-duplicate
 * on {@link CallData#callSessionId()}: Ravan retries deliveries that did not get a 2xx.
 *
 * <pre>{@code
 * CallEvent call = CallEvents.parse("ravan", headers, requestBody);   // checked once, here
 * RavanWebhookEvent event = RavanWebhookEvent.of(call);                // Ravan's own fields
 * ... event.data().postCallAnalysis() ...
 * }</pre>
 *
 * @param event the event name, {@code call.completed}
 * @param orgId the organisation it belongs to
 * @param data the call
 * @param other fields this version does not know
 */
public record RavanWebhookEvent(
        String event,
        @JsonProperty("org_id") Optional<String> orgId,
        CallData data,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    private static final ObjectMapper MAPPER = Json.newMapper();

    /**
     * Normalises absent values.
     *
     * @param event the event name, {@code call.completed}
     * @param orgId the organisation it belongs to
     * @param data the call
     * @param other fields this version does not know
     */
    public RavanWebhookEvent {
        event = event == null ? "" : event;
        orgId = WireValues.optional(orgId);
        other = WireValues.other(other);
    }

    /**
     * {@return the typed view of a Ravan call event} The body is read and checked once, by
     * {@link dev.unidial.CallEvents#parse}; this binds the JSON it kept ({@link CallEvent#raw()})
     * to Ravan's own fields.
     *
     * @param event a call event {@code CallEvents.parse} read from Ravan's webhook
     * @throws IllegalArgumentException if the event is not Ravan's, or its body does not fit these fields
     */
    public static RavanWebhookEvent of(CallEvent event) {
        Objects.requireNonNull(event, "event");
        if (!RavanDescriptor.PROVIDER.equals(event.provider())) {
            throw new IllegalArgumentException("not a Ravan call event: it came from " + event.provider());
        }
        try {
            return MAPPER.treeToValue(event.raw(), RavanWebhookEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the Ravan call event does not fit RavanWebhookEvent: "
                    + Json.oneLine(e.getMessage()), e);
        }
    }

    /** {@return whether this is the {@code call.completed} event} */
    @JsonIgnore
    public boolean isCallCompleted() {
        return "call.completed".equals(event);
    }

    /**
     * The call the event reports.
     *
     * @param campaignId the campaign, empty for calls not placed by a campaign
     * @param contactId the contact
     * @param phone the number called
     * @param status {@code completed}, {@code failed}, {@code no_answer}, {@code busy} or {@code voicemail}
     * @param durationSec the call's length in seconds
     * @param callSessionId the call's id; de-duplicate on it
     * @param attempt which attempt this was
     * @param summary a summary of the conversation
     * @param recordingUrl the recording
     * @param callerNumber the number that called
     * @param calleeNumber the number called
     * @param callerName the caller's name
     * @param callerEmail the caller's e-mail
     * @param agentName the agent's name
     * @param channel {@code voice}, {@code web} or {@code sip}
     * @param disconnectReason {@code customer_hangup}, {@code agent_hangup} or {@code error}
     * @param costTotal the call's cost
     * @param callLatencyMs the agent's latency
     * @param startedAt when the call started
     * @param endedAt when it ended
     * @param createdAt when the record was made
     * @param postCallAnalysis the analysis after the call
     * @param transcripts the transcript, in order of {@code timestamp_ms}
     * @param other fields this version does not know
     */
    public record CallData(
            @JsonProperty("campaign_id") Optional<String> campaignId,
            @JsonProperty("contact_id") Optional<String> contactId,
            Optional<String> phone,
            Optional<String> status,
            @JsonProperty("duration_sec") Optional<Double> durationSec,
            @JsonProperty("call_session_id") Optional<String> callSessionId,
            Optional<Integer> attempt,
            Optional<String> summary,
            @JsonProperty("recording_url") Optional<String> recordingUrl,
            @JsonProperty("caller_number") Optional<String> callerNumber,
            @JsonProperty("callee_number") Optional<String> calleeNumber,
            @JsonProperty("caller_name") Optional<String> callerName,
            @JsonProperty("caller_email") Optional<String> callerEmail,
            @JsonProperty("agent_name") Optional<String> agentName,
            Optional<String> channel,
            @JsonProperty("disconnect_reason") Optional<String> disconnectReason,
            @JsonProperty("cost_total") Optional<Double> costTotal,
            @JsonProperty("call_latency_ms") Optional<Double> callLatencyMs,
            @JsonProperty("started_at") Optional<String> startedAt,
            @JsonProperty("ended_at") Optional<String> endedAt,
            @JsonProperty("created_at") Optional<String> createdAt,
            @JsonProperty("post_call_analysis") Optional<PostCallAnalysis> postCallAnalysis,
            List<JsonNode> transcripts,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

        /**
         * Normalises absent values.
         *
         * @param campaignId the campaign, empty for calls not placed by a campaign
         * @param contactId the contact
         * @param phone the number called
         * @param status {@code completed}, {@code failed}, {@code no_answer}, {@code busy} or {@code voicemail}
         * @param durationSec the call's length in seconds
         * @param callSessionId the call's id; de-duplicate on it
         * @param attempt which attempt this was
         * @param summary a summary of the conversation
         * @param recordingUrl the recording
         * @param callerNumber the number that called
         * @param calleeNumber the number called
         * @param callerName the caller's name
         * @param callerEmail the caller's e-mail
         * @param agentName the agent's name
         * @param channel {@code voice}, {@code web} or {@code sip}
         * @param disconnectReason {@code customer_hangup}, {@code agent_hangup} or {@code error}
         * @param costTotal the call's cost
         * @param callLatencyMs the agent's latency
         * @param startedAt when the call started
         * @param endedAt when it ended
         * @param createdAt when the record was made
         * @param postCallAnalysis the analysis after the call
         * @param transcripts the transcript, in order of {@code timestamp_ms}
         * @param other fields this version does not know
         */
        public CallData {
            campaignId = WireValues.optional(campaignId);
            contactId = WireValues.optional(contactId);
            phone = WireValues.optional(phone);
            status = WireValues.optional(status);
            durationSec = WireValues.optional(durationSec);
            callSessionId = WireValues.optional(callSessionId);
            attempt = WireValues.optional(attempt);
            summary = WireValues.optional(summary);
            recordingUrl = WireValues.optional(recordingUrl);
            callerNumber = WireValues.optional(callerNumber);
            calleeNumber = WireValues.optional(calleeNumber);
            callerName = WireValues.optional(callerName);
            callerEmail = WireValues.optional(callerEmail);
            agentName = WireValues.optional(agentName);
            channel = WireValues.optional(channel);
            disconnectReason = WireValues.optional(disconnectReason);
            costTotal = WireValues.optional(costTotal);
            callLatencyMs = WireValues.optional(callLatencyMs);
            startedAt = WireValues.optional(startedAt);
            endedAt = WireValues.optional(endedAt);
            createdAt = WireValues.optional(createdAt);
            postCallAnalysis = WireValues.optional(postCallAnalysis);
            transcripts = WireValues.list(transcripts);
            other = WireValues.other(other);
        }
    }

    /**
     * Ravan's analysis of a finished call.
     *
     * @param sentiment the caller's sentiment
     * @param disposition the outcome
     * @param goalsMet whether the agent's goals were met (as sent)
     * @param nextSteps what should happen next
     * @param other fields this version does not know
     */
    public record PostCallAnalysis(
            Optional<String> sentiment,
            Optional<String> disposition,
            @JsonProperty("goals_met") Optional<JsonNode> goalsMet,
            @JsonProperty("next_steps") Optional<JsonNode> nextSteps,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

        /**
         * Normalises absent values.
         *
         * @param sentiment the caller's sentiment
         * @param disposition the outcome
         * @param goalsMet whether the agent's goals were met (as sent)
         * @param nextSteps what should happen next
         * @param other fields this version does not know
         */
        public PostCallAnalysis {
            sentiment = WireValues.optional(sentiment);
            disposition = WireValues.optional(disposition);
            goalsMet = WireValues.optional(goalsMet);
            nextSteps = WireValues.optional(nextSteps);
            other = WireValues.other(other);
        }
    }
}
