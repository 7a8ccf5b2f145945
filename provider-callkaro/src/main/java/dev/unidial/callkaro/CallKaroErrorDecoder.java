package dev.unidial.callkaro;

import dev.unidial.http.ErrorDecoder;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import java.time.Clock;

/**
 * CallKaro's errors: {@code {"status": "error", "message": "…"}} with 400 (missing field),
 * 403 (missing or invalid key), 404 (unknown agent) or 500; the same envelope on a 200 is
 * an error too.
 */
final class CallKaroErrorDecoder {
    private CallKaroErrorDecoder() {}

    static ErrorDecoder create(Json json, Clock clock) {
        return JsonErrorDecoder.builder("CallKaro", json, clock)
                .failedEnvelope(n -> "error".equalsIgnoreCase(n.path("status").asText()))
                .build();
    }
}
