package dev.unidial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign as the vendor last described it: from {@link CampaignClient#get}, from
 * {@link CampaignClient#list}, or from the answer to {@link CampaignClient#start},
 * {@link CampaignClient#pause}, {@link CampaignClient#resume} or {@link CampaignClient#cancel}.
 * Fields the vendor's answer does not carry are empty (a trigger answer may have no name);
 * {@link #raw()} keeps everything it sent.
 */
public final class CampaignSnapshot {
    private final String id;
    private final String provider;
    private final String name;
    private final CampaignStatus status;
    private final String rawStatus;
    private final CampaignProgress progress;
    private final Instant createdAt;
    private final Instant startedAt;
    private final Instant completedAt;
    private final JsonNode raw;

    private CampaignSnapshot(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.status = Objects.requireNonNull(b.status, "status");
        this.rawStatus = Objects.requireNonNull(b.rawStatus, "rawStatus");
        this.name = b.name;
        this.progress = b.progress;
        this.createdAt = b.createdAt;
        this.startedAt = b.startedAt;
        this.completedAt = b.completedAt;
        this.raw = b.raw == null ? NullNode.getInstance() : b.raw;
    }

    /** {@return a builder; id, provider and status are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the vendor's id of the campaign} */
    public String id() {
        return id;
    }

    /** {@return the provider's name, such as {@code kore}} */
    public String provider() {
        return provider;
    }

    /** {@return the campaign's name, when the vendor's answer carries it} */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** {@return the status in neutral terms} */
    public CampaignStatus status() {
        return status;
    }

    /** {@return the vendor's own word for the status; empty text when it sent none} */
    public String rawStatus() {
        return rawStatus;
    }

    /** {@return how far the campaign has got, when the vendor reports it} */
    public Optional<CampaignProgress> progress() {
        return Optional.ofNullable(progress);
    }

    /** {@return when the campaign was created, when known} */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** {@return when it started placing calls, when known} */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** {@return when it completed, when known} */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** {@return the vendor's answer as a JSON tree, so that nothing it sent is lost} */
    public JsonNode raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignSnapshot s && id.equals(s.id) && provider.equals(s.provider)
                && Objects.equals(name, s.name) && status == s.status && rawStatus.equals(s.rawStatus)
                && Objects.equals(progress, s.progress) && Objects.equals(createdAt, s.createdAt)
                && Objects.equals(startedAt, s.startedAt) && Objects.equals(completedAt, s.completedAt)
                && raw.equals(s.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, provider, status, rawStatus);
    }

    @Override
    public String toString() {
        return "CampaignSnapshot[" + provider + " " + id + ", " + status + " (" + rawStatus + ")"
                + (name == null ? "" : ", name=" + name) + (progress == null ? "" : ", " + progress) + "]";
    }

    /** Builds a {@link CampaignSnapshot}. */
    public static final class Builder {
        private String id;
        private String provider;
        private String name;
        private CampaignStatus status;
        private String rawStatus;
        private CampaignProgress progress;
        private Instant createdAt;
        private Instant startedAt;
        private Instant completedAt;
        private JsonNode raw;

        private Builder() {}

        /**
         * Sets the id.
         *
         * @param id the vendor's id of the campaign
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the provider.
         *
         * @param provider the provider's name
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name, when the vendor sent one
         * @return this builder
         */
        public Builder name(Optional<String> name) {
            this.name = name.orElse(null);
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the neutral status
         * @param rawStatus the vendor's own word for it
         * @return this builder
         */
        public Builder status(CampaignStatus status, String rawStatus) {
            this.status = Objects.requireNonNull(status, "status");
            this.rawStatus = Objects.requireNonNull(rawStatus, "rawStatus");
            return this;
        }

        /**
         * Sets the progress.
         *
         * @param progress the counts the vendor reports
         * @return this builder
         */
        public Builder progress(Optional<CampaignProgress> progress) {
            this.progress = progress.orElse(null);
            return this;
        }

        /**
         * Sets when the campaign was created.
         *
         * @param at the time, when known
         * @return this builder
         */
        public Builder createdAt(Optional<Instant> at) {
            this.createdAt = at.orElse(null);
            return this;
        }

        /**
         * Sets when it started.
         *
         * @param at the time, when known
         * @return this builder
         */
        public Builder startedAt(Optional<Instant> at) {
            this.startedAt = at.orElse(null);
            return this;
        }

        /**
         * Sets when it completed.
         *
         * @param at the time, when known
         * @return this builder
         */
        public Builder completedAt(Optional<Instant> at) {
            this.completedAt = at.orElse(null);
            return this;
        }

        /**
         * Sets the vendor's answer.
         *
         * @param raw the answer as a JSON tree
         * @return this builder
         */
        public Builder raw(JsonNode raw) {
            this.raw = Objects.requireNonNull(raw, "raw");
            return this;
        }

        /** {@return the snapshot} */
        public CampaignSnapshot build() {
            return new CampaignSnapshot(this);
        }
    }
}
