package dev.unidial.voiceable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Voiceable's error envelope {@code {status:{code,message}, error, errors[], details}}:
 * the message joins the status message, {@code error}, every entry of {@code errors} and
 * {@code details}, so a 422 shows every validation message.
 */
final class VoiceableErrorDecoder {
    private VoiceableErrorDecoder() {}

    static ErrorDecoder create(Json json, Clock clock) {
        return JsonErrorDecoder.builder("Voiceable", json, clock).message(VoiceableErrorDecoder::message).build();
    }

    static Optional<String> message(JsonNode body) {
        List<String> parts = new ArrayList<>();
        JsonErrorDecoder.text(body.path("status"), "message").ifPresent(parts::add);
        JsonErrorDecoder.text(body, "error").filter(e -> !parts.contains(e)).ifPresent(parts::add);
        body.path("errors").forEach(e -> parts.add(e.isTextual() ? e.asText() : e.toString()));
        JsonErrorDecoder.text(body, "details").ifPresent(parts::add);
        JsonErrorDecoder.text(body, "message").filter(e -> !parts.contains(e)).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }
}
