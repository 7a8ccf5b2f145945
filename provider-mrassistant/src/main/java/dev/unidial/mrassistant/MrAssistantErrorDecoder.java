package dev.unidial.mrassistant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MrAssistant's errors are FastAPI's: {@code {"detail": "…"}}, or for validation (422)
 * {@code {"detail": [{"loc": [...], "msg": "…", "type": "…"}]}}. Every field error is put
 * in the message as {@code body.name: msg}.
 */
final class MrAssistantErrorDecoder {
    private MrAssistantErrorDecoder() {}

    static ErrorDecoder create(Json json, Clock clock) {
        return JsonErrorDecoder.builder("MrAssistant", json, clock)
                .message(MrAssistantErrorDecoder::message)
                .build();
    }

    static Optional<String> message(JsonNode body) {
        JsonNode detail = body.path("detail");
        if (detail.isTextual()) {
            return Optional.of(detail.asText());
        }
        if (detail.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : detail) {
                List<String> loc = new ArrayList<>();
                item.path("loc").forEach(l -> loc.add(l.asText()));
                String msg = item.path("msg").asText(item.toString());
                parts.add(loc.isEmpty() ? msg : String.join(".", loc) + ": " + msg);
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        }
        return JsonErrorDecoder.text(body, "message");
    }
}
