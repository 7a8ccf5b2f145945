package dev.unidial.router;

import java.util.Objects;

/**
 * One vendor's turn at one group of targets.
 *
 * @param provider the provider's name, such as {@code kore}
 * @param result what happened
 * @param reason what happened, in a sentence (the vendor's or the SDK's message where there is one)
 * @param targets how many targets the group holds (0 for contact ids and lists, which only the vendor counts)
 */
public record RouteAttempt(String provider, Result result, String reason, long targets) {

    /** What came of an attempt. */
    public enum Result {
        /** The vendor created the group's campaign. */
        CREATED,
        /** Passed over with nothing sent: the vendor's rules refuse the campaign, or it would drop a feature the campaign uses. */
        REFUSED,
        /** Sent and failed where the vendor certainly did nothing: the next vendor may take the group. */
        FAILED_NOT_SENT,
        /** Skipped with nothing sent: the vendor's circuit breaker is open. */
        SKIPPED_OPEN,
        /** Failed where the vendor may have acted: the group stops here, and no other vendor gets its targets. */
        UNCERTAIN
    }

    /**
     * Checks every part is given.
     *
     * @param provider the provider's name
     * @param result what happened
     * @param reason what happened, in a sentence
     * @param targets how many targets the group holds
     */
    public RouteAttempt {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
    }
}
