package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A phone number registered to an agent ({@code /agents/{agent_id}/phone-numbers}).
 *
 * @param id its id, when sent
 * @param phoneNumber the number, E.164
 * @param provider {@code livekit}, {@code twilio}, {@code vonage}, {@code telnyx}, {@code bandwidth} or {@code custom}
 * @param sipUri its SIP URI
 * @param outboundEnabled whether outbound calls may use it
 * @param status its status
 * @param outboundTrunkId the outbound trunk
 * @param other fields this version does not know
 */
public record MrAssistantPhoneNumber(
        Optional<String> id,
        @JsonProperty("phone_number") Optional<String> phoneNumber,
        Optional<String> provider,
        @JsonProperty("sip_uri") Optional<String> sipUri,
        @JsonProperty("outbound_enabled") Optional<Boolean> outboundEnabled,
        Optional<String> status,
        @JsonProperty("outbound_trunk_id") Optional<String> outboundTrunkId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id its id, when sent
     * @param phoneNumber the number, E.164
     * @param provider {@code livekit}, {@code twilio}, {@code vonage}, {@code telnyx}, {@code bandwidth} or {@code custom}
     * @param sipUri its SIP URI
     * @param outboundEnabled whether outbound calls may use it
     * @param status its status
     * @param outboundTrunkId the outbound trunk
     * @param other fields this version does not know
     */
    public MrAssistantPhoneNumber {
        id = WireValues.optional(id);
        phoneNumber = WireValues.optional(phoneNumber);
        provider = WireValues.optional(provider);
        sipUri = WireValues.optional(sipUri);
        outboundEnabled = WireValues.optional(outboundEnabled);
        status = WireValues.optional(status);
        outboundTrunkId = WireValues.optional(outboundTrunkId);
        other = WireValues.other(other);
    }
}
