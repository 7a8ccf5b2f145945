package dev.unidial.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A response as read off the wire: status, headers (names in lower case) and body bytes.
 * Error bodies are read up to 1 MiB and then cut;
 * success bodies up to the client's {@code maxResponseBytes}.
 *
 * <p>{@link #body()} holds the bytes as the vendor sent them, for parsing. Everything meant
 * for a message ({@link #bodyText()}, {@link #redact(String)}) has every secret the request
 * carried removed, in any encoding, so a vendor that echoes a key back cannot put it into an
 * exception or a log line.
 */
public final class WireResponse {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean truncated;
    private final Redactor redactor;
    /** The body read as JSON, once, by whichever of the error decoder and the client asks first. */
    private volatile Object json;
    private static final Object NOT_JSON = new Object();

    /**
     * A response with nothing to redact.
     *
     * @param statusCode the HTTP status
     * @param headers header values by lower-case name
     * @param body the body bytes
     * @param truncated whether the body was cut
     */
    public WireResponse(int statusCode, Map<String, List<String>> headers, byte[] body, boolean truncated) {
        this(statusCode, headers, body, truncated, Redactor.NONE);
    }

    private WireResponse(int statusCode, Map<String, List<String>> headers, byte[] body, boolean truncated,
            Redactor redactor) {
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
        this.body = Objects.requireNonNull(body, "body");
        this.truncated = truncated;
        this.redactor = redactor;
    }

    /**
     * The body as a JSON tree, parsed on the first call and kept: the error decoder and the
     * client both read it, and a body may be large. Callers must not change the tree.
     *
     * @param parse reads the body, or returns null when it is not JSON
     * @return the tree, or null when the body is not JSON
     */
    JsonNode jsonTree(Function<byte[], JsonNode> parse) {
        Object tree = json;
        if (tree == null) {
            JsonNode parsed = parse.apply(body);
            tree = parsed == null ? NOT_JSON : parsed;
            json = tree;
        }
        return tree == NOT_JSON ? null : (JsonNode) tree;
    }

    /** {@return the HTTP status} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return header values by lower-case name} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** {@return the body bytes as received (the caller must not change them)} */
    public byte[] body() {
        return body;
    }

    /** {@return whether the body was cut} */
    public boolean truncated() {
        return truncated;
    }

    /** {@return whether the status is 2xx} */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    /**
     * {@return the body as UTF-8 text, with every secret of the request removed: for messages and exceptions}
     */
    public String bodyText() {
        return redactor.scrub(new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Any text derived from this response (a parser's message, a field's value) with every secret removed.
     *
     * @param text the text
     * @return the text with every secret of the request removed
     */
    public String redact(String text) {
        return redactor.scrub(text);
    }

    /**
     * {@return a header's first value}
     *
     * @param name the name
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The same response, whose messages leave out these secrets. */
    WireResponse withRedactor(Redactor redactor) {
        return new WireResponse(statusCode, headers, body, truncated, redactor);
    }

    /**
     * The same response with the secrets removed from its body and headers too, for error
     * decoders, which quote what they parse.
     */
    WireResponse scrubbed(ObjectMapper mapper) {
        if (redactor.isEmpty()) {
            return this;
        }
        return new WireResponse(statusCode, redactor.scrubHeaders(headers), redactor.scrubBody(body, mapper), truncated,
                redactor);
    }

    @Override
    public String toString() {
        return "WireResponse[" + statusCode + ", " + body.length + " bytes" + (truncated ? ", truncated" : "") + "]";
    }
}
