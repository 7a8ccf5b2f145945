package dev.unidial;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An outbound calling campaign, described once for every vendor.
 *
 * <p>Immutable; build one with {@link #builder()} and derive variants with
 * {@link #toBuilder()}. Builder methods refuse {@code null} at once; everything else
 * (lengths, ranges, formats) is checked by {@link #validate()}, which every
 * {@link CampaignClient} runs before it sends anything.
 *
 * <pre>{@code
 * Campaign campaign = Campaign.builder()
 *     .name("Renewal reminders")
 *     .agentId("agent-42")
 *     .callerId(CallerId.ofNumber("+15101234567"))
 *     .audience(Audience.targets(Target.of("+919876543210", Map.of("name", "Asha"))))
 *     .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)))
 *     .build();
 * }</pre>
 */
public final class Campaign {
    private final String name;
    private final String description;
    private final String agentId;
    private final CallerId callerId;
    private final Audience audience;
    private final Schedule schedule;
    private final Integer maxConcurrentCalls;
    private final RetryPolicy retryPolicy;
    private final Duration maxRingTime;
    private final Boolean machineDetection;
    private final Integer priority;
    private final Map<String, Object> variables;
    private final Webhook webhook;
    private final Map<String, ProviderOptions> options;
    private final String idempotencyKey;

    private Campaign(Builder b) {
        this.idempotencyKey = b.idempotencyKey;
        this.name = b.name;
        this.description = b.description;
        this.agentId = b.agentId;
        this.callerId = b.callerId;
        this.audience = b.audience;
        this.schedule = b.schedule;
        this.maxConcurrentCalls = b.maxConcurrentCalls;
        this.retryPolicy = b.retryPolicy;
        this.maxRingTime = b.maxRingTime;
        this.machineDetection = b.machineDetection;
        this.priority = b.priority;
        this.variables = b.variables;
        this.webhook = b.webhook;
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
    }

    /** {@return a builder for a new campaign} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this campaign's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.agentId = agentId;
        b.callerId = callerId;
        b.audience = audience;
        b.schedule = schedule;
        b.maxConcurrentCalls = maxConcurrentCalls;
        b.retryPolicy = retryPolicy;
        b.maxRingTime = maxRingTime;
        b.machineDetection = machineDetection;
        b.priority = priority;
        b.variables = variables;
        b.webhook = webhook;
        b.options.putAll(options);
        b.idempotencyKey = idempotencyKey;
        return b;
    }

    /**
     * Checks every neutral rule and throws one exception listing every violation.
     * Vendor-specific rules are checked by each client.
     *
     * @throws CampaignValidationException if any rule is broken
     */
    public void validate() {
        CampaignValidator.requireValid(this);
    }

    /** {@return the campaign's name; empty only on a campaign that will fail validation} */
    public String name() {
        return name == null ? "" : name;
    }

    /** {@return whether a name was set} */
    public boolean hasName() {
        return name != null;
    }

    /**
     * {@return the key that makes creating this campaign happen once, with a client that has a
     * {@link CampaignJournal}: a create run again under the same key (after a crash, by a
     * scheduler, on another instance) returns the first one's result, or resumes it}
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** {@return a description of the campaign's purpose} */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** {@return the vendor's id of the voice agent (or flow) that talks to people} */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** {@return the line calls come from} */
    public Optional<CallerId> callerId() {
        return Optional.ofNullable(callerId);
    }

    /** {@return who is called} */
    public Optional<Audience> audience() {
        return Optional.ofNullable(audience);
    }

    /** {@return when calls are placed; {@link Schedule#immediately()} when not set} */
    public Schedule schedule() {
        return schedule == null ? Schedule.immediately() : schedule;
    }

    /** {@return the most calls the vendor may run at the same time} */
    public OptionalInt maxConcurrentCalls() {
        return maxConcurrentCalls == null ? OptionalInt.empty() : OptionalInt.of(maxConcurrentCalls);
    }

    /** {@return how the vendor redials people who did not answer} */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** {@return how long a call may ring before it is given up} */
    public Optional<Duration> maxRingTime() {
        return Optional.ofNullable(maxRingTime);
    }

    /** {@return whether answering machines are detected; empty means the vendor's default} */
    public Optional<Boolean> machineDetection() {
        return Optional.ofNullable(machineDetection);
    }

    /** {@return the campaign's priority, on the vendor's scale} */
    public OptionalInt priority() {
        return priority == null ? OptionalInt.empty() : OptionalInt.of(priority);
    }

    /** {@return campaign-wide variables; a target's own variables win over these} */
    public Map<String, Object> variables() {
        return variables;
    }

    /** {@return where the vendor reports progress} */
    public Optional<Webhook> webhook() {
        return Optional.ofNullable(webhook);
    }

    /**
     * {@return the options of one provider, when this campaign carries them}
     *
     * @param <T> the wire type
     * @param type the wire type
     */
    public <T extends ProviderOptions> Optional<T> option(Class<T> type) {
        for (ProviderOptions o : options.values()) {
            if (type.isInstance(o)) {
                return Optional.of(type.cast(o));
            }
        }
        return Optional.empty();
    }

    /** {@return every provider's options, keyed by provider name} */
    public Map<String, ProviderOptions> options() {
        return options;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Campaign c
                && Objects.equals(name, c.name)
                && Objects.equals(description, c.description)
                && Objects.equals(agentId, c.agentId)
                && Objects.equals(callerId, c.callerId)
                && Objects.equals(audience, c.audience)
                && Objects.equals(schedule, c.schedule)
                && Objects.equals(maxConcurrentCalls, c.maxConcurrentCalls)
                && Objects.equals(retryPolicy, c.retryPolicy)
                && Objects.equals(maxRingTime, c.maxRingTime)
                && Objects.equals(machineDetection, c.machineDetection)
                && Objects.equals(priority, c.priority)
                && variables.equals(c.variables)
                && Objects.equals(webhook, c.webhook)
                && options.equals(c.options)
                && Objects.equals(idempotencyKey, c.idempotencyKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, agentId, callerId, audience, schedule, maxConcurrentCalls,
                retryPolicy, maxRingTime, machineDetection, priority, variables, webhook, options, idempotencyKey);
    }

    @Override
    public String toString() {
        return "Campaign[name=" + name + ", agentId=" + agentId + ", callerId=" + callerId + ", audience=" + audience
                + ", schedule=" + schedule + ", maxConcurrentCalls=" + maxConcurrentCalls + ", retryPolicy="
                + retryPolicy + ", maxRingTime=" + maxRingTime + ", machineDetection=" + machineDetection
                + ", priority=" + priority + ", variables=" + variables.keySet() + ", webhook=" + webhook
                + ", options=" + options.keySet() + (idempotencyKey == null ? "" : ", idempotencyKey=" + idempotencyKey) + "]";
    }

    /** Builds a {@link Campaign}. Every method refuses {@code null}; leave a value unset instead. */
    public static final class Builder {
        private String name;
        private String description;
        private String agentId;
        private CallerId callerId;
        private Audience audience;
        private Schedule schedule;
        private Integer maxConcurrentCalls;
        private RetryPolicy retryPolicy;
        private Duration maxRingTime;
        private Boolean machineDetection;
        private Integer priority;
        private Map<String, Object> variables = Map.of();
        private Webhook webhook;
        private final Map<String, ProviderOptions> options = new LinkedHashMap<>();
        private String idempotencyKey;

        private Builder() {}

        /**
         * Makes the create happen once under this key, on a client with a {@link CampaignJournal}
         * (see the client builder's {@code journal(...)}): run again, it returns the first
         * create's result or resumes it, and never sends it twice. Without a journal the key is
         * refused by the client, so that it is never silently ignored.
         *
         * @param key up to {@value CampaignJournal#MAX_KEY_LENGTH} characters, not blank, such as {@code renewals-2026-12}
         * @return this builder
         * @throws IllegalArgumentException if the key is blank or too long
         */
        public Builder idempotencyKey(String key) {
            Objects.requireNonNull(key, "idempotencyKey");
            if (key.isBlank() || key.length() > CampaignJournal.MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("idempotencyKey must be 1 to " + CampaignJournal.MAX_KEY_LENGTH
                        + " characters and not blank, but has " + key.length());
            }
            this.idempotencyKey = key;
            return this;
        }

        /**
         * Sets the campaign's name, as the vendor's dashboard shows it.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets what the campaign is for.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the vendor's id of the voice agent that makes the calls.
         *
         * @param agentId the agent id
         * @return this builder
         */
        public Builder agentId(String agentId) {
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            return this;
        }

        /**
         * Sets the line calls come from.
         *
         * @param callerId the caller id
         * @return this builder
         */
        public Builder callerId(CallerId callerId) {
            this.callerId = Objects.requireNonNull(callerId, "callerId");
            return this;
        }

        /**
         * Sets who is called.
         *
         * @param audience the audience
         * @return this builder
         */
        public Builder audience(Audience audience) {
            this.audience = Objects.requireNonNull(audience, "audience");
            return this;
        }

        /**
         * Sets when calls are placed.
         *
         * @param schedule the schedule
         * @return this builder
         */
        public Builder schedule(Schedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * Sets the most calls the vendor may run at once; at least 1.
         *
         * @param maxConcurrentCalls the max concurrent calls
         * @return this builder
         */
        public Builder maxConcurrentCalls(int maxConcurrentCalls) {
            this.maxConcurrentCalls = maxConcurrentCalls;
            return this;
        }

        /**
         * Sets how the vendor redials people who did not answer.
         *
         * @param retryPolicy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Sets how long a call may ring.
         *
         * @param maxRingTime the max ring time
         * @return this builder
         */
        public Builder maxRingTime(Duration maxRingTime) {
            this.maxRingTime = Objects.requireNonNull(maxRingTime, "maxRingTime");
            return this;
        }

        /**
         * Sets whether answering machines are detected.
         *
         * @param machineDetection whether to detect them
         * @return this builder
         */
        public Builder machineDetection(boolean machineDetection) {
            this.machineDetection = machineDetection;
            return this;
        }

        /**
         * Sets the campaign's priority, on the vendor's scale.
         *
         * @param priority the priority
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets the campaign-wide variables (copied); targets' own variables win over them.
         *
         * @param variables the variables
         * @return this builder
         */
        public Builder variables(Map<String, ?> variables) {
            this.variables = DefensiveCopies.copyOf(variables, "variables");
            return this;
        }

        /**
         * Sets where the vendor reports progress.
         *
         * @param webhook the webhook
         * @return this builder
         */
        public Builder webhook(Webhook webhook) {
            this.webhook = Objects.requireNonNull(webhook, "webhook");
            return this;
        }

        /**
         * Adds one provider's options, replacing earlier options of the same provider.
         *
         * @param option the option
         * @return this builder
         */
        public Builder option(ProviderOptions option) {
            Objects.requireNonNull(option, "option");
            options.put(Objects.requireNonNull(option.provider(), "option.provider()"), option);
            return this;
        }

        /** {@return a new immutable campaign} Nothing is validated here; see {@link Campaign#validate()}. */
        public Campaign build() {
            return new Campaign(this);
        }
    }
}
