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

    /** How long the vendor asked to wait, or null. */
    private final Duration retryAfter;

    /**
     * See {@link ApiException#ApiException(int, String, String, Map, String)}.
     *
     * @param statusCode the HTTP status
     * @param message the message, with secrets removed
     * @param body the response body, with secrets removed
     * @param headers the response headers
     * @param requestId the vendor's request id, or null when it sent none
     * @param retryAfter how long the vendor asked to wait, or null when it did not say
     */
    public RateLimitException(int statusCode, String message, String body, Map<String, List<String>> headers,
            String requestId, Duration retryAfter) {
        super(statusCode, message, body, headers, requestId);
        this.retryAfter = retryAfter;
    }

    /** {@return how long the vendor asked to wait, from {@code Retry-After}} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
