package dev.unidial.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.ApiException;
import dev.unidial.UnidialException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The usual vendor error shape: a non-2xx status with a JSON body that holds a message.
 * A provider says where its message is, which header carries a request id, and (for
 * vendors that answer 200 with a failure envelope) how to recognise a failed success.
 * When the body holds no message, the message says so and shows the start of the body.
 */
public final class JsonErrorDecoder implements ErrorDecoder {
    private final String vendor;
    private final Json json;
    private final Clock clock;
    private final Function<JsonNode, Optional<String>> message;
    /** A vendor that never answers 2xx with a failure: its successes need not be parsed here. */
    private static final Predicate<JsonNode> NO_ENVELOPE = node -> false;
    private final Predicate<JsonNode> failedEnvelope;
    private final List<String> requestIdHeaders;
    private final Function<Failure, Optional<UnidialException>> override;

    private JsonErrorDecoder(Builder b) {
        this.vendor = b.vendor;
        this.json = b.json;
        this.clock = b.clock;
        this.message = b.message;
        this.failedEnvelope = b.failedEnvelope;
        this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
        this.override = b.override;
    }

    /**
     * {@return a decoder for a vendor}
     *
     * @param vendor the vendor's display name, used in messages
     * @param json the project's JSON codec
     * @param clock the clock for times in messages and checks
     */
    public static Builder builder(String vendor, Json json, Clock clock) {
        return new Builder(vendor, json, clock);
    }

    /**
     * What a provider's override sees of a failed response.
     *
     * @param response the response
     * @param body the body as JSON, when it is JSON
     * @param message the vendor's message, or a description of the body
     */
    public record Failure(WireResponse response, Optional<JsonNode> body, String message) {}

    @Override
    public Optional<UnidialException> decode(WireResponse response) {
        if (response.isSuccessful() && failedEnvelope == NO_ENVELOPE) {
            return Optional.empty(); // nothing to learn from the body, so it is not parsed twice
        }
        Optional<JsonNode> body = json.tryTree(response);
        boolean envelopeFailed = body.map(failedEnvelope::test).orElse(false);
        if (response.isSuccessful() && !envelopeFailed) {
            return Optional.empty();
        }
        String text = body.flatMap(message).filter(m -> !m.isBlank()).map(Json::oneLine).orElseGet(() -> describe(response));
        Failure failure = new Failure(response, body, text);
        Optional<UnidialException> special = override.apply(failure);
        if (special.isPresent()) {
            return special;
        }
        if (response.isSuccessful()) {
            return Optional.of(Json.unexpected(response,
                    vendor + " answered HTTP " + response.statusCode() + " but its body says the request failed: " + text));
        }
        return Optional.of(ApiException.of(response.statusCode(), vendor + " error " + response.statusCode() + ": " + text,
                response.bodyText(), response.headers(), requestId(response),
                RetryAfter.parse(response.header("retry-after"), clock).orElse(null)));
    }

    private String requestId(WireResponse response) {
        for (String h : requestIdHeaders) {
            Optional<String> id = response.header(h);
            if (id.isPresent()) {
                return id.get();
            }
        }
        return null;
    }

    private static String describe(WireResponse r) {
        if (r.body().length == 0) {
            return "no message (empty body)";
        }
        return "no message in the body: " + Json.shorten(r.bodyText()) + (r.truncated() ? " (body truncated)" : "");
    }

    /** Builds a {@link JsonErrorDecoder}. */
    public static final class Builder {
        private final String vendor;
        private final Json json;
        private final Clock clock;
        private Function<JsonNode, Optional<String>> message = JsonErrorDecoder::textAt;
        private Predicate<JsonNode> failedEnvelope = NO_ENVELOPE;
        private final List<String> requestIdHeaders = new ArrayList<>(List.of("x-request-id"));
        private Function<Failure, Optional<UnidialException>> override = f -> Optional.empty();

        private Builder(String vendor, Json json, Clock clock) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
            this.json = Objects.requireNonNull(json, "json");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * Sets where the vendor's message is; by default {@code message}.
         *
         * @param message the message
         * @return this builder
         */
        public Builder message(Function<JsonNode, Optional<String>> message) {
            this.message = Objects.requireNonNull(message, "message");
            return this;
        }

        /**
         * Sets how to recognise a 2xx whose body says it failed.
         *
         * @param failedEnvelope true for a body that reports a failure
         * @return this builder
         */
        public Builder failedEnvelope(Predicate<JsonNode> failedEnvelope) {
            this.failedEnvelope = Objects.requireNonNull(failedEnvelope, "failedEnvelope");
            return this;
        }

        /**
         * Sets a vendor-specific exception for some failures (such as a rate-limit message on a 400).
         *
         * @param override makes the exception, or empty for the default
         * @return this builder
         */
        public Builder override(Function<Failure, Optional<UnidialException>> override) {
            this.override = Objects.requireNonNull(override, "override");
            return this;
        }

        /** {@return the decoder} */
        public JsonErrorDecoder build() {
            return new JsonErrorDecoder(this);
        }
    }

    /**
     * {@return the text of {@code message}, if it is there}
     *
     * @param node the JSON node
     */
    private static Optional<String> textAt(JsonNode node) {
        return text(node, "message");
    }

    /**
     * {@return the text of a top-level field, when it is a non-blank value}
     *
     * @param node the JSON node
     * @param field the field name
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }
}
