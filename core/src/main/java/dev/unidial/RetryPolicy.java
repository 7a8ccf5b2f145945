package dev.unidial;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often the vendor redials a person who did not answer. Not to be confused with the
 * SDK's own HTTP retries, which are a client setting ({@code maxRetries}).
 *
 * <p>{@code retries} counts attempts after the first: {@code RetryPolicy.of(2)} means at
 * most three calls to the same person.
 */
public final class RetryPolicy {
    private final int retries;
    private final Duration gap;

    private RetryPolicy(int retries, Duration gap) {
        this.retries = retries;
        this.gap = gap;
    }

    /**
     * Retries with the vendor's default gap. Ranges are checked at validation.
     *
     * @param retries how many times to redial
     * @return the policy
     */
    public static RetryPolicy of(int retries) {
        return new RetryPolicy(retries, null);
    }

    /**
     * Retries with a fixed gap between attempts.
     *
     * @param retries how many times to redial
     * @param gap the wait between attempts
     * @return the policy
     */
    public static RetryPolicy of(int retries, Duration gap) {
        return new RetryPolicy(retries, Objects.requireNonNull(gap, "gap"));
    }

    /** {@return a policy with no redials} */
    public static RetryPolicy none() {
        return new RetryPolicy(0, null);
    }

    /** {@return attempts after the first} */
    public int retries() {
        return retries;
    }

    /** {@return the gap between attempts, when set} */
    public Optional<Duration> gap() {
        return Optional.ofNullable(gap);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy other && retries == other.retries && Objects.equals(gap, other.gap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(retries, gap);
    }

    @Override
    public String toString() {
        return "RetryPolicy[retries=" + retries + ", gap=" + gap + "]";
    }
}
