package dev.unidial;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person to call: a phone number in E.164 form, the variables the agent may use for
 * this call (a first name, an order number…) and, where the vendor allows it, the agent
 * ({@link Feature#PER_TARGET_AGENT}) and caller line ({@link Feature#PER_TARGET_CALLER_ID})
 * for this call alone.
 *
 * <pre>{@code
 * Target.of("+919876543210");
 * Target.of("+919876543210", Map.of("name", "Asha"));
 * Target.builder("+919876543210").variables(Map.of("name", "Asha"))
 *       .agentId("agent-hindi").callerId(CallerId.ofNumber("+918000000001")).build();
 * }</pre>
 *
 * <p>The number is checked against E.164 when the campaign is validated, not here, so a
 * bad number in a million-row source is reported with its position instead of stopping
 * the read. Variables are copied; their values should be JSON-friendly (strings, numbers,
 * booleans, lists and maps of those). Immutable; equal when all parts are equal.
 */
public final class Target {
    private final String phone;
    private final Map<String, Object> variables;
    private final String agentId;
    private final CallerId callerId;

    /**
     * A target with its own variables.
     *
     * @param phone the number to call, E.164 ({@code +919876543210})
     * @param variables per-target variables, possibly empty
     * @throws NullPointerException if {@code phone}, {@code variables} or any key or value is null
     */
    public Target(String phone, Map<String, ?> variables) {
        this(phone, variables, null, null);
    }

    private Target(String phone, Map<String, ?> variables, String agentId, CallerId callerId) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.variables = DefensiveCopies.copyOf(variables, "variables");
        this.agentId = agentId;
        this.callerId = callerId;
    }

    /**
     * {@return a target with no variables}
     *
     * @param phone the number to call, in E.164 form
     */
    public static Target of(String phone) {
        return new Target(phone, Map.of());
    }

    /**
     * {@return a target with its own variables; they win over campaign variables of the same name}
     *
     * @param phone the number to call, in E.164 form
     * @param variables the target's variables
     */
    public static Target of(String phone, Map<String, ?> variables) {
        return new Target(phone, variables);
    }

    /**
     * {@return a builder for a target with this number}
     *
     * @param phone the number to call, in E.164 form
     */
    public static Builder builder(String phone) {
        return new Builder(phone);
    }

    /** {@return a builder holding this target's values} */
    public Builder toBuilder() {
        Builder b = new Builder(phone).variables(variables);
        b.agentId = agentId;
        b.callerId = callerId;
        return b;
    }

    /** {@return the number to call, as given} */
    public String phone() {
        return phone;
    }

    /** {@return per-target variables, never null, possibly empty} */
    public Map<String, Object> variables() {
        return variables;
    }

    /** {@return the agent for this call alone, when it differs from the campaign's} */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** {@return the caller line for this call alone, when it differs from the campaign's} */
    public Optional<CallerId> callerId() {
        return Optional.ofNullable(callerId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && phone.equals(t.phone) && variables.equals(t.variables)
                && Objects.equals(agentId, t.agentId) && Objects.equals(callerId, t.callerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phone, variables, agentId, callerId);
    }

    @Override
    public String toString() {
        return "Target[phone=" + phone + ", variables=" + variables
                + (agentId == null ? "" : ", agentId=" + agentId) + (callerId == null ? "" : ", callerId=" + callerId) + "]";
    }

    /** Builds a {@link Target}; every method refuses null. */
    public static final class Builder {
        private final String phone;
        private Map<String, ?> variables = Map.of();
        private String agentId;
        private CallerId callerId;

        private Builder(String phone) {
            this.phone = Objects.requireNonNull(phone, "phone");
        }

        /**
         * Sets the per-target variables; they win over campaign variables of the same name.
         *
         * @param variables the variables
         * @return this builder
         */
        public Builder variables(Map<String, ?> variables) {
            this.variables = Objects.requireNonNull(variables, "variables");
            return this;
        }

        /**
         * Sets the agent for this call alone ({@link Feature#PER_TARGET_AGENT}).
         *
         * @param agentId the agent id
         * @return this builder
         */
        public Builder agentId(String agentId) {
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            return this;
        }

        /**
         * Sets the caller line for this call alone ({@link Feature#PER_TARGET_CALLER_ID}).
         *
         * @param callerId the caller id
         * @return this builder
         */
        public Builder callerId(CallerId callerId) {
            this.callerId = Objects.requireNonNull(callerId, "callerId");
            return this;
        }

        /** {@return the immutable target} */
        public Target build() {
            return new Target(phone, variables, agentId, callerId);
        }
    }
}
