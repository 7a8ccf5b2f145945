package dev.unidial.callkaro;

import dev.unidial.ProviderOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CallKaro settings the neutral model has no words for: the call language (ISO 639-1,
 * one of {@link #LANGUAGES}) and {@code carry_over} (a call that reaches the end of the
 * day's window moves to the next day).
 */
public final class CallKaroOptions implements ProviderOptions {
    /** The languages CallKaro documents. */
    public static final Set<String> LANGUAGES = Set.of("hi", "en", "kn", "mr", "ta", "te", "bn", "gu", "ml");

    private final String language;
    private final Boolean carryOver;

    private CallKaroOptions(Builder b) {
        this.language = b.language;
        this.carryOver = b.carryOver;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these options, to change some of them} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.language = language;
        b.carryOver = carryOver;
        return b;
    }

    @Override
    public String provider() {
        return CallKaroDescriptor.PROVIDER;
    }

    /** {@return the call language} */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** {@return whether calls carry over to the next day} */
    public Optional<Boolean> carryOver() {
        return Optional.ofNullable(carryOver);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallKaroOptions c && Objects.equals(language, c.language) && Objects.equals(carryOver, c.carryOver);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, carryOver);
    }

    @Override
    public String toString() {
        return "CallKaroOptions[language=" + language + ", carryOver=" + carryOver + "]";
    }

    /** Builds {@link CallKaroOptions}; the language is checked when the campaign is validated. */
    public static final class Builder {
        private String language;
        private Boolean carryOver;

        private Builder() {}

        /**
         * Sets the call language.
         *
         * @param language the agent's language code, one of {@link #LANGUAGES}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets {@code carry_over}.
         *
         * @param carryOver whether calls left at the end of a window carry over to the next day
         * @return this builder
         */
        public Builder carryOver(boolean carryOver) {
            this.carryOver = carryOver;
            return this;
        }

        /** {@return the options} */
        public CallKaroOptions build() {
            return new CallKaroOptions(this);
        }
    }
}
