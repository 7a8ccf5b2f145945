package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.RateLimitException;
import dev.unidial.UnidialException;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import dev.unidial.http.RetryAfter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Kore.ai's errors come as {@code {"msg", "code"}}, {@code {"errors": [{"msg"}]}} or
 * {@code {"status": "failure", "message"}}. Kore allows 60 requests a minute per account
 * and names no status for going over it, so a 429, or an answer of any status whose JSON
 * message field ({@code msg}, {@code message}, {@code error}, {@code errors[].msg}) speaks of
 * the rate limit, is a {@link RateLimitException} and is retried: Kore did not act on it.
 * The same words anywhere else (an HTML page, a proxy's text) do not count: a 5xx stays an
 * ambiguous failure that a create never resends.
 */
final class KoreErrorDecoder {
    private KoreErrorDecoder() {}

    static ErrorDecoder create(Json json, Clock clock) {
        return JsonErrorDecoder.builder("Kore.ai", json, clock)
                .message(KoreErrorDecoder::message)
                .failedEnvelope(n -> n.path("status").isTextual()
                        && List.of("failure", "failed", "error").contains(n.path("status").asText().toLowerCase(Locale.ROOT)))
                .override(f -> {
                    boolean rateLimited = f.response().statusCode() == 429
                            || f.body().flatMap(KoreErrorDecoder::message)
                                    .map(m -> m.toLowerCase(Locale.ROOT).contains("rate limit")).orElse(false);
                    if (!rateLimited) {
                        return Optional.empty();
                    }
                    return Optional.<UnidialException>of(new RateLimitException(f.response().statusCode(),
                            "Kore.ai rate limit (60 requests a minute per account): " + f.message(),
                            f.response().bodyText(), f.response().headers(), null,
                            RetryAfter.parse(f.response().header("retry-after"), clock).orElse(null)));
                })
                .build();
    }

    static Optional<String> message(JsonNode body) {
        Optional<String> direct = JsonErrorDecoder.text(body, "msg")
                .or(() -> JsonErrorDecoder.text(body, "message"))
                .or(() -> JsonErrorDecoder.text(body, "error"));
        if (direct.isPresent()) {
            return direct;
        }
        JsonNode errors = body.path("errors");
        if (errors.isArray() && errors.size() > 0) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : errors) {
                parts.add(e.isTextual() ? e.asText() : JsonErrorDecoder.text(e, "msg")
                        .or(() -> JsonErrorDecoder.text(e, "message")).orElse(e.toString()));
            }
            return Optional.of(String.join("; ", parts));
        }
        return Optional.empty();
    }
}
