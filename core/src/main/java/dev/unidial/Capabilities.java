package dev.unidial;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a vendor can express: the {@link Feature}s it supports and its documented limits.
 * A limit that is empty is not documented by the vendor.
 */
public final class Capabilities {
    private final Set<Feature> features;
    private final Integer maxTargetsPerRequest;
    private final Integer maxNameLength;
    private final Map<Feature, String> hints;

    private Capabilities(Builder b) {
        this.hints = Map.copyOf(b.hints);
        this.features = Collections.unmodifiableSet(b.features.isEmpty()
                ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(b.features));
        this.maxTargetsPerRequest = b.maxTargetsPerRequest;
        this.maxNameLength = b.maxNameLength;
    }

    /** @return a builder holding these capabilities, limits and hints, to add to */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.features.addAll(features);
        b.maxTargetsPerRequest = maxTargetsPerRequest;
        b.maxNameLength = maxNameLength;
        b.hints.putAll(hints);
        return b;
    }

    /** {@return a builder with no features and no limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the supported features} */
    public Set<Feature> features() {
        return features;
    }

    /**
     * {@return whether the vendor can express this feature}
     *
     * @param feature the feature
     */
    public boolean supports(Feature feature) {
        return features.contains(feature);
    }

    /** {@return the most inline targets one request may carry} */
    public OptionalInt maxTargetsPerRequest() {
        return maxTargetsPerRequest == null ? OptionalInt.empty() : OptionalInt.of(maxTargetsPerRequest);
    }

    /**
     * {@return what to do to get a feature this client lacks, when something can be done (such as a
     * client setting): added to the refusal under STRICT and to the warning under LENIENT}
     *
     * @param feature the feature
     */
    public Optional<String> hint(Feature feature) {
        return Optional.ofNullable(hints.get(feature));
    }

    /** {@return the longest campaign name the vendor accepts} */
    public OptionalInt maxNameLength() {
        return maxNameLength == null ? OptionalInt.empty() : OptionalInt.of(maxNameLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capabilities c && features.equals(c.features)
                && Objects.equals(maxTargetsPerRequest, c.maxTargetsPerRequest)
                && Objects.equals(maxNameLength, c.maxNameLength) && hints.equals(c.hints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, maxTargetsPerRequest, maxNameLength, hints);
    }

    @Override
    public String toString() {
        return "Capabilities[features=" + features + ", maxTargetsPerRequest=" + maxTargetsPerRequest
                + ", maxNameLength=" + maxNameLength + "]";
    }

    /** Builds {@link Capabilities}. */
    public static final class Builder {
        private final Set<Feature> features = EnumSet.noneOf(Feature.class);
        private Integer maxTargetsPerRequest;
        private Integer maxNameLength;
        private final Map<Feature, String> hints = new EnumMap<>(Feature.class);

        private Builder() {}


        /**
         * {@return what to do to get a feature this client lacks (a sentence, shown to the user)}
         *
         * @param feature the feature
         * @param hint a sentence saying what to do
         */
        public Builder hint(Feature feature, String hint) {
            hints.put(Objects.requireNonNull(feature, "feature"), Objects.requireNonNull(hint, "hint"));
            return this;
        }

        /**
         * Adds supported features.
         *
         * @param features the supports
         * @return this builder
         */
        public Builder supports(Feature... features) {
            for (Feature f : features) {
                this.features.add(Objects.requireNonNull(f, "feature"));
            }
            return this;
        }

        /**
         * Sets the most inline targets one request may carry.
         *
         * @param max the max targets per request
         * @return this builder
         */
        public Builder maxTargetsPerRequest(int max) {
            this.maxTargetsPerRequest = max;
            return this;
        }

        /**
         * Sets the longest campaign name the vendor accepts.
         *
         * @param max the max name length
         * @return this builder
         */
        public Builder maxNameLength(int max) {
            this.maxNameLength = max;
            return this;
        }

        /** {@return the immutable capabilities} */
        public Capabilities build() {
            return new Capabilities(this);
        }
    }
}
