package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /calls/outbound}: one call, with every documented field. Build it
 * with {@link #builder(String, String)}; unset fields are not sent.
 *
 * @param agentId the agent's UUID
 * @param toNumber the number to call, E.164 (MrAssistant strips spaces)
 * @param fromNumber the caller number
 * @param context variables for the call
 * @param priority {@code low}, {@code normal}, {@code high} or {@code urgent}
 * @param krispEnabled noise cancellation (MrAssistant's default: on)
 * @param waitUntilAnswered whether the request waits for the answer
 * @param displayName the caller name shown
 * @param dtmf digits to send
 * @param playDialtone whether to play a dial tone
 * @param mediaEncryption {@code DISABLE}, {@code ALLOW} or {@code REQUIRE}
 * @param ringingTimeoutSeconds 1 to 80
 * @param maxCallDurationSeconds 60 to 86400
 * @param hidePhoneNumber whether to hide the caller number
 * @param customHeaders SIP headers to add
 */
public record MrAssistantOutboundCallRequest(
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("to_number") String toNumber,
        @JsonProperty("from_number") Optional<String> fromNumber,
        Optional<Map<String, Object>> context,
        Optional<String> priority,
        @JsonProperty("krisp_enabled") Optional<Boolean> krispEnabled,
        @JsonProperty("wait_until_answered") Optional<Boolean> waitUntilAnswered,
        @JsonProperty("display_name") Optional<String> displayName,
        Optional<String> dtmf,
        @JsonProperty("play_dialtone") Optional<Boolean> playDialtone,
        @JsonProperty("media_encryption") Optional<String> mediaEncryption,
        @JsonProperty("ringing_timeout_seconds") Optional<Integer> ringingTimeoutSeconds,
        @JsonProperty("max_call_duration_seconds") Optional<Integer> maxCallDurationSeconds,
        @JsonProperty("hide_phone_number") Optional<Boolean> hidePhoneNumber,
        @JsonProperty("custom_headers") Optional<Map<String, String>> customHeaders) {

    static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");
    static final Set<String> ENCRYPTIONS = Set.of("DISABLE", "ALLOW", "REQUIRE");

    /**
     * {@return a builder for a call from this agent to this number}
     *
     * @param agentId the vendor's id of the voice agent
     * @param toNumber the number to call
     */
    public static Builder builder(String agentId, String toNumber) {
        return new Builder(agentId, toNumber);
    }

    /** Builds a {@link MrAssistantOutboundCallRequest}; values are checked when it is sent. */
    public static final class Builder {
        private final String agentId;
        private final String toNumber;
        private String fromNumber;
        private Map<String, Object> context;
        private String priority;
        private Boolean krispEnabled;
        private Boolean waitUntilAnswered;
        private String displayName;
        private String dtmf;
        private Boolean playDialtone;
        private String mediaEncryption;
        private Integer ringingTimeoutSeconds;
        private Integer maxCallDurationSeconds;
        private Boolean hidePhoneNumber;
        private Map<String, String> customHeaders;

        private Builder(String agentId, String toNumber) {
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            this.toNumber = Objects.requireNonNull(toNumber, "toNumber");
        }

        /**
         * Sets the caller number.
         *
         * @param v the from number
         * @return this builder
         */
        public Builder fromNumber(String v) {
            fromNumber = Objects.requireNonNull(v, "fromNumber");
            return this;
        }

        /**
         * Sets the variables for the call.
         *
         * @param v the context
         * @return this builder
         */
        public Builder context(Map<String, Object> v) {
            context = WireValues.map(Objects.requireNonNull(v, "context"));
            return this;
        }

        /**
         * Sets the priority: {@code low}, {@code normal}, {@code high} or {@code urgent}.
         *
         * @param v the priority
         * @return this builder
         */
        public Builder priority(String v) {
            priority = Objects.requireNonNull(v, "priority");
            return this;
        }

        /**
         * Sets the noise cancellation.
         *
         * @param v whether to cancel noise
         * @return this builder
         */
        public Builder krispEnabled(boolean v) {
            krispEnabled = v;
            return this;
        }

        /**
         * Sets whether the request waits until the call is answered.
         *
         * @param v whether to wait
         * @return this builder
         */
        public Builder waitUntilAnswered(boolean v) {
            waitUntilAnswered = v;
            return this;
        }

        /**
         * Sets the caller name shown.
         *
         * @param v the display name
         * @return this builder
         */
        public Builder displayName(String v) {
            displayName = Objects.requireNonNull(v, "displayName");
            return this;
        }

        /**
         * Sets the digits to send once connected.
         *
         * @param v the digits
         * @return this builder
         */
        public Builder dtmf(String v) {
            dtmf = Objects.requireNonNull(v, "dtmf");
            return this;
        }

        /**
         * Sets whether to play a dial tone.
         *
         * @param v whether to play it
         * @return this builder
         */
        public Builder playDialtone(boolean v) {
            playDialtone = v;
            return this;
        }

        /**
         * Sets the media encryption: {@code DISABLE}, {@code ALLOW} or {@code REQUIRE}.
         *
         * @param v the media encryption
         * @return this builder
         */
        public Builder mediaEncryption(String v) {
            mediaEncryption = Objects.requireNonNull(v, "mediaEncryption");
            return this;
        }

        /**
         * Sets the seconds to ring, 1 to 80.
         *
         * @param v the seconds
         * @return this builder
         */
        public Builder ringingTimeoutSeconds(int v) {
            ringingTimeoutSeconds = v;
            return this;
        }

        /**
         * Sets the longest call, 60 to 86400 seconds.
         *
         * @param v the seconds
         * @return this builder
         */
        public Builder maxCallDurationSeconds(int v) {
            maxCallDurationSeconds = v;
            return this;
        }

        /**
         * Sets whether to hide the caller number.
         *
         * @param v whether to hide it
         * @return this builder
         */
        public Builder hidePhoneNumber(boolean v) {
            hidePhoneNumber = v;
            return this;
        }

        /**
         * Sets the SIP headers to add.
         *
         * @param v the custom headers
         * @return this builder
         */
        public Builder customHeaders(Map<String, String> v) {
            customHeaders = Map.copyOf(v);
            return this;
        }

        /** {@return the request} */
        public MrAssistantOutboundCallRequest build() {
            return new MrAssistantOutboundCallRequest(agentId, toNumber, Optional.ofNullable(fromNumber),
                    Optional.ofNullable(context), Optional.ofNullable(priority), Optional.ofNullable(krispEnabled),
                    Optional.ofNullable(waitUntilAnswered), Optional.ofNullable(displayName), Optional.ofNullable(dtmf),
                    Optional.ofNullable(playDialtone), Optional.ofNullable(mediaEncryption),
                    Optional.ofNullable(ringingTimeoutSeconds), Optional.ofNullable(maxCallDurationSeconds),
                    Optional.ofNullable(hidePhoneNumber), Optional.ofNullable(customHeaders));
        }
    }
}
