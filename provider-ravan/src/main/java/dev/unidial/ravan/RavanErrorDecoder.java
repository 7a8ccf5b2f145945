package dev.unidial.ravan;

import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import java.time.Clock;

/**
 * Ravan's errors: the envelope {@code {success:false, message}} with the HTTP status
 * (401 for a missing, invalid or revoked key). {@code success:false} is an error whatever
 * the status, even on a 200.
 */
final class RavanErrorDecoder {
    private RavanErrorDecoder() {}

    static ErrorDecoder create(Json json, Clock clock) {
        return JsonErrorDecoder.builder("Ravan", json, clock)
                .message(node -> JsonErrorDecoder.text(node, "message")
                        .or(() -> JsonErrorDecoder.text(node, "detail"))
                        .or(() -> JsonErrorDecoder.text(node, "error")))
                .failedEnvelope(node -> node.path("success").isBoolean() && !node.path("success").asBoolean())
                .build();
    }
}
