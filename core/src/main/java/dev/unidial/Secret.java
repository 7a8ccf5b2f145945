package dev.unidial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential: an API key, a token, a client secret or a webhook signing secret.
 *
 * <p>Its {@link #toString()} never shows the value, so a {@code Secret} can sit in any
 * object that gets logged or printed. Read the value only where it goes on the wire,
 * through {@link #reveal()}. Equality compares values in constant time.
 */
public final class Secret {
    private static final String REDACTED = "Secret[redacted]";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential.
     *
     * @param value the credential
     * @return the secret
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    /** {@return the credential itself; call it only to put it on the wire} */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        // Constant so that the hash leaks nothing about the value.
        return 31;
    }

    /** Always {@code Secret[redacted]}. */
    @Override
    public String toString() {
        return REDACTED;
    }
}
