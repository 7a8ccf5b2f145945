package dev.unidial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP request as it goes on the wire: method, absolute URL, headers and body.
 *
 * <p>Provider modules build these; {@link CampaignClient#preview(Campaign)} returns them
 * with every credential header replaced by {@code [redacted]}. A request is marked
 * {@linkplain #idempotent() idempotent} when sending it twice does no harm (reads);
 * creates are not, and the transport never resends them after an ambiguous failure.
 */
public final class WireRequest {
    private final String method;
    private final String url;
    private final Map<String, String> headers;
    private final WireBody body;
    private final boolean idempotent;
    private final List<Secret> secrets;

    private WireRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.url = Objects.requireNonNull(b.url, "url");
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.idempotent = b.idempotent;
        this.secrets = List.copyOf(b.secrets);
    }

    /**
     * {@return a builder for a request with this method and absolute URL}
     *
     * @param method the HTTP method
     * @param url the URL
     */
    public static Builder builder(String method, String url) {
        return new Builder(method, url);
    }

    /** {@return a builder holding this request's values} */
    public Builder toBuilder() {
        Builder b = new Builder(method, url);
        b.headers.putAll(headers);
        b.body = body;
        b.idempotent = idempotent;
        b.secrets.addAll(secrets);
        return b;
    }

    /** {@return {@code GET}, {@code POST}, {@code PATCH}…} */
    public String method() {
        return method;
    }

    /** {@return the absolute URL, query included} */
    public String url() {
        return url;
    }

    /** {@return headers in the order they are sent; credentials redacted in a preview} */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * {@return a header's value, looked up case-insensitively}
     *
     * @param name the name
     */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** {@return the body, for methods that have one} */
    public Optional<WireBody> body() {
        return Optional.ofNullable(body);
    }

    /** {@return the body as text, or an empty string; a streamed body is written in full to render it} */
    public String bodyText() {
        return body == null ? "" : body.render();
    }

    /** {@return whether sending it twice does no harm} */
    public boolean idempotent() {
        return idempotent;
    }

    /**
     * {@return secrets the body carries (a password, a refresh token, a webhook signing secret): the
     * transport removes them, in any encoding, from every message built from the answer}
     * Never part of {@link #toString()}.
     */
    public List<Secret> secrets() {
        return secrets;
    }

    /** Header names whose values {@link #toString()} never shows, compared case-insensitively. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of(
            "authorization", "proxy-authorization", "auth", "x-api-key", "cookie");

    /** Method, URL, headers (credential values shown as {@code [redacted]}) and content type. */
    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((k, v) -> shown.put(k,
                CREDENTIAL_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? "[redacted]" : v));
        return method + " " + url + " " + shown + (body == null ? "" : " " + body.contentType());
    }

    /** Builds a {@link WireRequest}. */
    public static final class Builder {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private WireBody body;
        private boolean idempotent;
        private final List<Secret> secrets = new ArrayList<>();

        private Builder(String method, String url) {
            this.method = Objects.requireNonNull(method, "method");
            this.url = Objects.requireNonNull(url, "url");
            this.idempotent = method.equals("GET") || method.equals("HEAD");
        }

        /**
         * Sets a header, replacing any of the same name (case-insensitive).
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, () -> "header " + name);
            headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(WireBody body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Sets whether the request may be sent again after an ambiguous failure; GET and HEAD default to
         * true.
         *
         * @param idempotent whether it may be sent again
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Marks a secret the body carries, so that no message built from the answer can show it.
         *
         * @param secret the secret
         * @return this builder
         */
        public Builder secret(Secret secret) {
            secrets.add(Objects.requireNonNull(secret, "secret"));
            return this;
        }

        /** {@return the immutable request} */
        public WireRequest build() {
            return new WireRequest(this);
        }
    }
}
