package dev.unidial.callkaro;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * CallKaro's answer to adding a call: {@code {"status":"done","message":"Call queued
 * successfully","call_sid":"…"}} (older docs: {@code call_id}; both are read).
 *
 * @param callSid the call's id
 * @param status {@code done}
 * @param message CallKaro's message
 * @param other fields this version does not know
 */
public record CallKaroCallResult(
        @JsonProperty("call_sid") @JsonAlias("call_id") String callSid,
        Optional<String> status,
        Optional<String> message,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param callSid the call's id
     * @param status {@code done}
     * @param message CallKaro's message
     * @param other fields this version does not know
     */
    public CallKaroCallResult {
        status = WireValues.optional(status);
        message = WireValues.optional(message);
        other = WireValues.other(other);
    }
}
