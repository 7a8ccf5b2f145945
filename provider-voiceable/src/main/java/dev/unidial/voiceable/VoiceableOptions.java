package dev.unidial.voiceable;

import dev.unidial.ProviderOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * Voiceable settings the neutral model has no words for: {@code recipients}, a CSV of your
 * own, sent as is instead of one written from the audience. (The zone a start is read in is
 * a client setting: {@link VoiceableClient.Builder#accountZone}.) Immutable; equal when the
 * CSVs are the same object.
 */
public final class VoiceableOptions implements ProviderOptions {
    private final VoiceableRecipients recipients;

    private VoiceableOptions(Builder b) {
        this.recipients = b.recipients;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these options, to change some of them} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.recipients = recipients;
        return b;
    }

    @Override
    public String provider() {
        return VoiceableDescriptor.PROVIDER;
    }

    /** {@return the user's own CSV} */
    public Optional<VoiceableRecipients> recipients() {
        return Optional.ofNullable(recipients);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoiceableOptions other && Objects.equals(recipients, other.recipients);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(recipients);
    }

    @Override
    public String toString() {
        return "VoiceableOptions[recipients=" + recipients + "]";
    }

    /** Builds {@link VoiceableOptions}. */
    public static final class Builder {
        private VoiceableRecipients recipients;

        private Builder() {}

        /**
         * Sends this CSV instead of one written from the audience.
         *
         * @param csv the recipients CSV
         * @return this builder
         */
        public Builder recipients(VoiceableRecipients csv) {
            this.recipients = Objects.requireNonNull(csv, "recipients");
            return this;
        }

        /** {@return the options} */
        public VoiceableOptions build() {
            return new VoiceableOptions(this);
        }
    }
}
