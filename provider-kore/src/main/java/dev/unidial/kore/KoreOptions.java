package dev.unidial.kore;

import dev.unidial.ProviderOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * Kore.ai settings the neutral model has no words for. Defaults: dialing mode
 * {@code Agentless}, dialing order {@code FIFO}, scheduling disabled. The experience flow
 * (the bot or IVR that talks) is required in Agentless mode; a queue is required in
 * Progressive and Preview modes.
 *
 * <pre>{@code
 * campaign.toBuilder().option(KoreOptions.builder().experienceFlowName("Voice Survey Entry Flow").build())
 * }</pre>
 */
public final class KoreOptions implements ProviderOptions {
    private final String experienceFlowName;
    private final KoreDialingMode dialingMode;
    private final KoreDialingOrder dialingOrder;
    private final String queueName;
    private final boolean schedulingEnabled;

    private KoreOptions(Builder b) {
        this.experienceFlowName = b.experienceFlowName;
        this.dialingMode = b.dialingMode;
        this.dialingOrder = b.dialingOrder;
        this.queueName = b.queueName;
        this.schedulingEnabled = b.schedulingEnabled;
    }

    /** {@return a builder with the defaults above} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the defaults, with no experience flow} */
    public static KoreOptions defaults() {
        return builder().build();
    }

    @Override
    public String provider() {
        return KoreDescriptor.PROVIDER;
    }

    /** {@return the experience flow (bot or IVR) Agentless calls run} */
    public Optional<String> experienceFlowName() {
        return Optional.ofNullable(experienceFlowName);
    }

    /** {@return {@code Agentless}, {@code Progressive} or {@code Preview}} */
    public KoreDialingMode dialingMode() {
        return dialingMode;
    }

    /** {@return {@code FIFO} or {@code LIFO}} */
    public KoreDialingOrder dialingOrder() {
        return dialingOrder;
    }

    /** {@return the agent queue for Progressive and Preview modes} */
    public Optional<String> queueName() {
        return Optional.ofNullable(queueName);
    }

    /** {@return Kore's {@code schedule.isSchedulingEnabled}} */
    public boolean schedulingEnabled() {
        return schedulingEnabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KoreOptions k && Objects.equals(experienceFlowName, k.experienceFlowName)
                && dialingMode == k.dialingMode && dialingOrder == k.dialingOrder
                && Objects.equals(queueName, k.queueName) && schedulingEnabled == k.schedulingEnabled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(experienceFlowName, dialingMode, dialingOrder, queueName, schedulingEnabled);
    }

    @Override
    public String toString() {
        return "KoreOptions[experienceFlowName=" + experienceFlowName + ", dialingMode=" + dialingMode
                + ", dialingOrder=" + dialingOrder + ", queueName=" + queueName + "]";
    }

    /** Builds {@link KoreOptions}; values are checked when the campaign is validated. */
    public static final class Builder {
        private String experienceFlowName;
        private KoreDialingMode dialingMode = KoreDialingMode.AGENTLESS;
        private KoreDialingOrder dialingOrder = KoreDialingOrder.FIFO;
        private String queueName;
        private boolean schedulingEnabled;

        private Builder() {}

        /**
         * Sets the experience flow Agentless calls run.
         *
         * @param name the experience flow name
         * @return this builder
         */
        public Builder experienceFlowName(String name) {
            this.experienceFlowName = Objects.requireNonNull(name, "experienceFlowName");
            return this;
        }

        /**
         * @param mode {@code AGENTLESS} (default), {@code PROGRESSIVE} or {@code PREVIEW}
         * @return this builder
         */
        public Builder dialingMode(KoreDialingMode mode) {
            this.dialingMode = Objects.requireNonNull(mode, "dialingMode");
            return this;
        }

        /**
         * @param order {@code FIFO} (default) or {@code LIFO}
         * @return this builder
         */
        public Builder dialingOrder(KoreDialingOrder order) {
            this.dialingOrder = Objects.requireNonNull(order, "dialingOrder");
            return this;
        }

        /**
         * Sets the agent queue for Progressive and Preview modes.
         *
         * @param queue the queue name
         * @return this builder
         */
        public Builder queueName(String queue) {
            this.queueName = Objects.requireNonNull(queue, "queueName");
            return this;
        }

        /**
         * Sets Kore's {@code schedule.isSchedulingEnabled} (default false).
         *
         * @param enabled the scheduling enabled
         * @return this builder
         */
        public Builder schedulingEnabled(boolean enabled) {
            this.schedulingEnabled = enabled;
            return this;
        }

        /** {@return the options} */
        public KoreOptions build() {
            return new KoreOptions(this);
        }
    }
}
