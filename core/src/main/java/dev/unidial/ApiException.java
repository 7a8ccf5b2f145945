package dev.unidial;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor answered with an error. {@link #getMessage()} carries the vendor's own
 * message; the status, raw body, headers and request id (when the vendor sends one) are
 * kept. Subclasses name the kind of error; {@link #of} picks the right one for a status.
 */
public class ApiException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int statusCode;
    /** The response body, with secrets removed. */
    private final String body;
    private final transient Map<String, List<String>> headers;
    /** The vendor's request id, or null. */
    private final String requestId;

    /**
     * @param statusCode the HTTP status
     * @param message the vendor's message, as shown to users
     * @param body the raw body (possibly truncated for very large bodies)
     * @param headers the response headers
     * @param requestId the vendor's request id, or null when it sent none
     */
    public ApiException(int statusCode, String message, String body, Map<String, List<String>> headers,
            String requestId) {
        super(message);
        this.statusCode = statusCode;
        this.body = body == null ? "" : body;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
        this.requestId = requestId;
    }

    /**
     * {@return the exception type for a status: 401/403 {@link AuthenticationException}, 404
     * {@link NotFoundException}, 400/422 {@link InvalidRequestException}, 409
     * {@link ConflictException}, 429 {@link RateLimitException}, 5xx {@link ServerException},
     * anything else {@link ApiException}}
     *
     * @param statusCode the HTTP status
     * @param message the message, with secrets removed
     * @param body the response body, with secrets removed
     * @param headers the response headers
     * @param requestId the vendor's request id, or null when it sent none
     * @param retryAfter how long the vendor asked to wait, or null when it did not say
     */
    public static ApiException of(int statusCode, String message, String body, Map<String, List<String>> headers,
            String requestId, Duration retryAfter) {
        return switch (statusCode) {
            case 401, 403 -> new AuthenticationException(statusCode, message, body, headers, requestId);
            case 404 -> new NotFoundException(statusCode, message, body, headers, requestId);
            case 400, 422 -> new InvalidRequestException(statusCode, message, body, headers, requestId);
            case 409 -> new ConflictException(statusCode, message, body, headers, requestId);
            case 429 -> new RateLimitException(statusCode, message, body, headers, requestId, retryAfter);
            default -> statusCode >= 500
                    ? new ServerException(statusCode, message, body, headers, requestId)
                    : new ApiException(statusCode, message, body, headers, requestId);
        };
    }

    /**
     * A 4xx answer (429 included) or a 503 means the vendor refused or did not take the
     * request; a redirect (3xx: a 303 usually follows a request that was carried out) and
     * any other 5xx leave it open.
     */
    @Override
    public boolean vendorMayHaveActed() {
        return !(statusCode >= 400 && statusCode < 500) && statusCode != 503;
    }

    /** {@return the HTTP status code} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the raw response body} */
    public String body() {
        return body;
    }

    /** {@return the response headers, names in lower case} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * {@return a response header's first value}
     *
     * @param name the name
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return the vendor's request id, when it sends one} */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
