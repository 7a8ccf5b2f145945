package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /agents/{agent_id}/phone-numbers}.
 *
 * @param phoneNumber the number, E.164
 * @param provider one of {@link #PROVIDERS}
 * @param enableOutbound whether outbound calls may use it
 * @param outboundAddress the SIP address outbound calls go to
 * @param extra further documented fields (trunk credentials…), sent as given
 */
public record MrAssistantPhoneNumberRequest(
        @JsonProperty("phone_number") String phoneNumber,
        String provider,
        @JsonProperty("enable_outbound") Optional<Boolean> enableOutbound,
        @JsonProperty("outbound_address") Optional<String> outboundAddress,
        @JsonAnyGetter Map<String, Object> extra) {

    /** The providers MrAssistant accepts. */
    public static final Set<String> PROVIDERS = Set.of("livekit", "twilio", "vonage", "telnyx", "bandwidth", "custom");

    /**
     * Copies {@code extra}.
     *
     * @param phoneNumber the number, E.164
     * @param provider one of {@link #PROVIDERS}
     * @param enableOutbound whether outbound calls may use it
     * @param outboundAddress the SIP address outbound calls go to
     * @param extra further documented fields (trunk credentials…), sent as given
     */
    public MrAssistantPhoneNumberRequest {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(provider, "provider");
        enableOutbound = enableOutbound == null ? Optional.empty() : enableOutbound;
        outboundAddress = outboundAddress == null ? Optional.empty() : outboundAddress;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /**
     * {@return a number with outbound calling on, through a provider}
     *
     * @param phoneNumber the number, in E.164 form
     * @param provider the provider's name
     * @param outboundAddress the carrier's SIP address for outbound calls
     */
    public static MrAssistantPhoneNumberRequest outbound(String phoneNumber, String provider, String outboundAddress) {
        return new MrAssistantPhoneNumberRequest(phoneNumber, provider, Optional.of(true),
                Optional.of(outboundAddress), Map.of());
    }
}
