package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A call, as {@code POST /calls/outbound} and {@code GET /calls/{call_id}} return it;
 * fields only one of them sends are empty in the other.
 *
 * @param callId the call's id
 * @param sessionId the session (outbound answer)
 * @param roomName the media room (outbound answer)
 * @param agentId the agent
 * @param tenantId the tenant (status answer)
 * @param direction {@code outbound}
 * @param fromNumber the caller number
 * @param toNumber the number called
 * @param status the call's status as sent
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param disposition its outcome
 * @param durationSeconds its length
 * @param recordingUrl the recording
 * @param sentimentScore the caller's sentiment
 * @param languageDetected the language spoken
 * @param recording recording details (outbound answer)
 * @param other fields this version does not know
 */
public record MrAssistantCall(
        @JsonProperty("call_id") String callId,
        @JsonProperty("session_id") Optional<String> sessionId,
        @JsonProperty("room_name") Optional<String> roomName,
        @JsonProperty("agent_id") Optional<String> agentId,
        @JsonProperty("tenant_id") Optional<String> tenantId,
        Optional<String> direction,
        @JsonProperty("from_number") Optional<String> fromNumber,
        @JsonProperty("to_number") Optional<String> toNumber,
        Optional<String> status,
        @JsonProperty("started_at") Optional<String> startedAt,
        @JsonProperty("ended_at") Optional<String> endedAt,
        Optional<String> disposition,
        @JsonProperty("duration_seconds") Optional<Double> durationSeconds,
        @JsonProperty("recording_url") Optional<String> recordingUrl,
        @JsonProperty("sentiment_score") Optional<Double> sentimentScore,
        @JsonProperty("language_detected") Optional<String> languageDetected,
        Optional<JsonNode> recording,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param callId the call's id
     * @param sessionId the session (outbound answer)
     * @param roomName the media room (outbound answer)
     * @param agentId the agent
     * @param tenantId the tenant (status answer)
     * @param direction {@code outbound}
     * @param fromNumber the caller number
     * @param toNumber the number called
     * @param status the call's status as sent
     * @param startedAt when it started
     * @param endedAt when it ended
     * @param disposition its outcome
     * @param durationSeconds its length
     * @param recordingUrl the recording
     * @param sentimentScore the caller's sentiment
     * @param languageDetected the language spoken
     * @param recording recording details (outbound answer)
     * @param other fields this version does not know
     */
    public MrAssistantCall {
        sessionId = WireValues.optional(sessionId);
        roomName = WireValues.optional(roomName);
        agentId = WireValues.optional(agentId);
        tenantId = WireValues.optional(tenantId);
        direction = WireValues.optional(direction);
        fromNumber = WireValues.optional(fromNumber);
        toNumber = WireValues.optional(toNumber);
        status = WireValues.optional(status);
        startedAt = WireValues.optional(startedAt);
        endedAt = WireValues.optional(endedAt);
        disposition = WireValues.optional(disposition);
        durationSeconds = WireValues.optional(durationSeconds);
        recordingUrl = WireValues.optional(recordingUrl);
        sentimentScore = WireValues.optional(sentimentScore);
        languageDetected = WireValues.optional(languageDetected);
        recording = WireValues.optional(recording);
        other = WireValues.other(other);
    }
}
