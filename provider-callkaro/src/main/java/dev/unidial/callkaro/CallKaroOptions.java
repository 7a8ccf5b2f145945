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

    private CallKaroOptions(String language, Boolean carryOver) {
        this.language = language;
        this.carryOver = carryOver;
    }

    /** {@return options with nothing set} */
    public static CallKaroOptions none() {
        return new CallKaroOptions(null, null);
    }

    /**
     * {@return a copy with the call language; checked at validation}
     *
     * @param language the agent's language code
     */
    public CallKaroOptions language(String language) {
        return new CallKaroOptions(Objects.requireNonNull(language, "language"), carryOver);
    }

    /**
     * {@return a copy with {@code carry_over}}
     *
     * @param carryOver whether calls left at the end of a window carry over to the next
     */
    public CallKaroOptions carryOver(boolean carryOver) {
        return new CallKaroOptions(language, carryOver);
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
}
