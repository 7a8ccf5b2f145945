package dev.unidial;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor is rate-limiting this account (429, or a vendor's documented rate-limit
 * message). The client already retried as its settings allow; {@link #retryAfter()} says
 * how long the vendor asked to wait, when it said.
 */
public class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** See {@link ApiException#ApiException(int, String, String, Map, String)}. */
    public RateLimitException(int statusCode, String message, String body, Map<String, List<String>> headers,
            String requestId, Duration retryAfter) {
        super(statusCode, message, body, headers, requestId);
        this.retryAfter = retryAfter;
    }

    /** How long the vendor asked to wait, from {@code Retry-After}. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
