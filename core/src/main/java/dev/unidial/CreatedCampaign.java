package dev.unidial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A campaign the vendor accepted, in neutral terms, with the vendor's full answer kept in
 * {@link #raw()} so nothing it sent is lost.
 */
public final class CreatedCampaign {
    private final String id;
    private final String provider;
    private final CampaignStatus status;
    private final String rawStatus;
    private final String name;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime scheduledAt;
    private final Long targetCount;
    private final List<String> warnings;
    private final List<TargetOutcome> targetOutcomes;
    private final Map<TargetOutcome.State, Long> outcomeCounts;
    private final JsonNode raw;

    private CreatedCampaign(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.status = b.status;
        this.rawStatus = b.rawStatus;
        this.name = b.name;
        this.createdAt = b.createdAt;
        this.scheduledAt = b.scheduledAt;
        this.targetCount = b.targetCount;
        this.warnings = List.copyOf(b.warnings);
        this.targetOutcomes = List.copyOf(b.targetOutcomes);
        Map<TargetOutcome.State, Long> counts = new EnumMap<>(TargetOutcome.State.class);
        if (b.outcomeCounts != null) {
            counts.putAll(b.outcomeCounts);
        } else {
            targetOutcomes.forEach(o -> counts.merge(o.state(), 1L, Long::sum));
        }
        this.outcomeCounts = Collections.unmodifiableMap(counts);
        this.raw = b.raw;
    }

    /** {@return a builder; used by provider modules} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these values} */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).provider(provider).status(status, rawStatus).name(name).raw(raw);
        b.createdAt = createdAt;
        b.scheduledAt = scheduledAt;
        b.targetCount = targetCount;
        b.warnings.addAll(warnings);
        b.targetOutcomes.addAll(targetOutcomes);
        b.outcomeCounts = outcomeCounts;
        return b;
    }

    /** {@return the vendor's id of the campaign (CallKaro's batch id, Kore's {@code cd-…})} */
    public String id() {
        return id;
    }

    /** {@return the provider that created it} */
    public String provider() {
        return provider;
    }

    /**
     * {@return the status in neutral terms; {@link CampaignStatus#UNKNOWN} for a value the SDK does not know}
     */
    public CampaignStatus status() {
        return status;
    }

    /** {@return the status exactly as the vendor sent it; empty string when it sent none} */
    public String rawStatus() {
        return rawStatus;
    }

    /** {@return the campaign's name as the vendor reports it (or as sent, when it echoes none)} */
    public String name() {
        return name;
    }

    /** {@return when the vendor created it, if it says} */
    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** {@return when it is scheduled to start, if it says} */
    public Optional<OffsetDateTime> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    /** {@return how many targets the campaign has, if known} */
    public OptionalLong targetCount() {
        return targetCount == null ? OptionalLong.empty() : OptionalLong.of(targetCount);
    }

    /** {@return each feature dropped under {@link MappingPolicy#LENIENT}, and anything else worth knowing} */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * {@return per-target outcomes, for vendors that take calls one request at a time; else
     * empty} With a {@link CampaignJournal} (a create with an idempotency key) only the failed
     * and uncertain outcomes are here, so that a million targets never sit in memory:
     * {@link #outcomeCounts()} counts them all, and {@link CampaignJournal#outcomes} streams them.
     */
    public List<TargetOutcome> targetOutcomes() {
        return targetOutcomes;
    }

    /** {@return how many targets ended in each state (empty for vendors that take no per-target calls)} */
    public Map<TargetOutcome.State, Long> outcomeCounts() {
        return outcomeCounts;
    }

    /**
     * {@return the outcomes that failed: the vendor certainly never acted on them, so they are safe to send again}
     */
    public List<TargetOutcome> failedTargets() {
        return targetOutcomes.stream().filter(o -> o.state() == TargetOutcome.State.FAILED).toList();
    }

    /**
     * {@return the outcomes that are uncertain: the request may have reached the vendor, so the person
     * may be called although no call id came back} Sending them again may call them twice.
     */
    public List<TargetOutcome> uncertainTargets() {
        return targetOutcomes.stream().filter(o -> o.state() == TargetOutcome.State.UNCERTAIN).toList();
    }

    /** {@return the vendor's response as a JSON tree (for multi-request creates, the campaign's response)} */
    public JsonNode raw() {
        return raw;
    }

    /** Equal when every part is equal, the vendor's raw answer included. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CreatedCampaign c && id.equals(c.id) && provider.equals(c.provider) && status == c.status
                && Objects.equals(rawStatus, c.rawStatus) && Objects.equals(name, c.name)
                && Objects.equals(createdAt, c.createdAt) && Objects.equals(scheduledAt, c.scheduledAt)
                && Objects.equals(targetCount, c.targetCount) && warnings.equals(c.warnings)
                && targetOutcomes.equals(c.targetOutcomes) && Objects.equals(raw, c.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, provider, status, rawStatus, name, createdAt, scheduledAt, targetCount, warnings,
                targetOutcomes);
    }

    @Override
    public String toString() {
        return "CreatedCampaign[provider=" + provider + ", id=" + id + ", status=" + status + " (" + rawStatus
                + "), name=" + name + ", targetCount=" + targetCount + ", warnings=" + warnings
                + (targetOutcomes.isEmpty() ? "" : ", outcomes=" + targetOutcomes.size()
                        + " (" + failedTargets().size() + " failed, " + uncertainTargets().size() + " uncertain)") + "]";
    }

    /** Builds a {@link CreatedCampaign}; {@code id} and {@code provider} are required. */
    public static final class Builder {
        private String id;
        private String provider;
        private CampaignStatus status = CampaignStatus.UNKNOWN;
        private String rawStatus = "";
        private String name = "";
        private OffsetDateTime createdAt;
        private OffsetDateTime scheduledAt;
        private Long targetCount;
        private final List<String> warnings = new ArrayList<>();
        private final List<TargetOutcome> targetOutcomes = new ArrayList<>();
        private Map<TargetOutcome.State, Long> outcomeCounts;
        private JsonNode raw = NullNode.getInstance();

        private Builder() {}

        /**
         * Sets the vendor's id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the provider name.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * {@return the neutral and the raw status}
         *
         * @param status the neutral status
         * @param rawStatus the vendor's own word for it
         */
        public Builder status(CampaignStatus status, String rawStatus) {
            this.status = Objects.requireNonNull(status, "status");
            this.rawStatus = Objects.requireNonNull(rawStatus, "rawStatus");
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets when it was created, if known.
         *
         * @param createdAt the created at
         * @return this builder
         */
        public Builder createdAt(Optional<OffsetDateTime> createdAt) {
            this.createdAt = createdAt.orElse(null);
            return this;
        }

        /**
         * Sets when it starts, if known.
         *
         * @param scheduledAt the start
         * @return this builder
         */
        public Builder scheduledAt(Optional<OffsetDateTime> scheduledAt) {
            this.scheduledAt = scheduledAt.orElse(null);
            return this;
        }

        /**
         * Sets how many targets it has.
         *
         * @param targetCount the number of targets
         * @return this builder
         */
        public Builder targetCount(long targetCount) {
            this.targetCount = targetCount;
            return this;
        }

        /**
         * Adds warnings.
         *
         * @param warnings the warnings
         * @return this builder
         */
        public Builder warnings(List<String> warnings) {
            this.warnings.addAll(warnings);
            return this;
        }

        /**
         * Sets the per-target outcomes.
         *
         * @param outcomes the target outcomes
         * @return this builder
         */
        public Builder targetOutcomes(List<TargetOutcome> outcomes) {
            this.targetOutcomes.clear();
            this.targetOutcomes.addAll(outcomes);
            return this;
        }

        /**
         * Sets how many targets ended in each state, when {@link #targetOutcomes} holds only some
         * of them; by default they are counted from the outcomes.
         *
         * @param counts the counts
         * @return this builder
         */
        public Builder outcomeCounts(Map<TargetOutcome.State, Long> counts) {
            this.outcomeCounts = new EnumMap<>(TargetOutcome.State.class);
            this.outcomeCounts.putAll(counts);
            return this;
        }

        /**
         * Sets the vendor's response.
         *
         * @param raw the JSON the vendor answered
         * @return this builder
         */
        public Builder raw(JsonNode raw) {
            this.raw = Objects.requireNonNull(raw, "raw");
            return this;
        }

        /** {@return the immutable result} */
        public CreatedCampaign build() {
            return new CreatedCampaign(this);
        }
    }
}
