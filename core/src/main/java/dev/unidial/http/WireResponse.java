package dev.unidial.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A response as read off the wire: status, headers (names in lower case) and body bytes.
 * Error bodies are read up to {@link OkHttpExecutor#MAX_ERROR_BODY} bytes and then cut.
 *
 * @param statusCode the HTTP status
 * @param headers header values by lower-case name
 * @param body the body bytes
 * @param truncated whether the body was cut
 */
public record WireResponse(int statusCode, Map<String, List<String>> headers, byte[] body, boolean truncated) {

    /** Copies the headers. */
    public WireResponse {
        headers = Map.copyOf(headers);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A header's first value. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A copy with the body replaced, for redaction. */
    public WireResponse withBody(byte[] newBody) {
        return new WireResponse(statusCode, headers, newBody, truncated);
    }

    @Override
    public String toString() {
        return "WireResponse[" + statusCode + ", " + body.length + " bytes" + (truncated ? ", truncated" : "") + "]";
    }
}
