package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One call, {@code POST /api/v1/calling/create-call}: an outbound phone call, or a web call.
 *
 * @param type {@code outbound_call} or {@code web_call}
 * @param agentId the agent that talks
 * @param fromPhoneNumber the number calling, E.164
 * @param toPhoneNumber the number called, E.164 (required for {@code outbound_call})
 * @param metadata data kept with the call
 * @param promptDynamicVariables values for the agent's prompt variables
 */
public record RavanCallRequest(
        String type,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("from_phone_number") Optional<String> fromPhoneNumber,
        @JsonProperty("to_phone_number") Optional<String> toPhoneNumber,
        Map<String, Object> metadata,
        @JsonProperty("prompt_dynamic_variables") Map<String, Object> promptDynamicVariables) {

    /** The documented call types. */
    public static final Set<String> TYPES = Set.of("outbound_call", "web_call");

    /**
     * Copies the maps.
     *
     * @param type {@code outbound_call} or {@code web_call}
     * @param agentId the agent
     * @param fromPhoneNumber the number calling
     * @param toPhoneNumber the number called
     * @param metadata data kept with the call
     * @param promptDynamicVariables values for the prompt's variables
     */
    public RavanCallRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(agentId, "agentId");
        metadata = Map.copyOf(metadata);
        promptDynamicVariables = Map.copyOf(promptDynamicVariables);
    }

    /**
     * {@return a builder of an outbound phone call}
     *
     * @param agentId the agent that talks
     * @param toPhoneNumber the number to call, E.164
     */
    public static Builder outbound(String agentId, String toPhoneNumber) {
        return new Builder("outbound_call", agentId).to(toPhoneNumber);
    }

    /** Builds a {@link RavanCallRequest}; checked against Ravan's rules when sent. */
    public static final class Builder {
        private final String type;
        private final String agentId;
        private String from;
        private String to;
        private final Map<String, Object> metadata = new LinkedHashMap<>();
        private final Map<String, Object> variables = new LinkedHashMap<>();

        private Builder(String type, String agentId) {
            this.type = type;
            this.agentId = Objects.requireNonNull(agentId, "agentId");
        }

        private Builder to(String to) {
            this.to = Objects.requireNonNull(to, "toPhoneNumber");
            return this;
        }

        /**
         * Sets the number calling.
         *
         * @param from the number, E.164
         * @return this builder
         */
        public Builder from(String from) {
            this.from = Objects.requireNonNull(from, "fromPhoneNumber");
            return this;
        }

        /**
         * Adds data kept with the call.
         *
         * @param key the name
         * @param value the value
         * @return this builder
         */
        public Builder metadata(String key, Object value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds a value for one of the agent's prompt variables.
         *
         * @param name the variable
         * @param value its value
         * @return this builder
         */
        public Builder variable(String name, Object value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** {@return the request} */
        public RavanCallRequest build() {
            return new RavanCallRequest(type, agentId, Optional.ofNullable(from), Optional.ofNullable(to), metadata, variables);
        }
    }
}
