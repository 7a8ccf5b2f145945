package dev.unidial.callkaro;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A created CallKaro campaign (a batch).
 *
 * @param batchId the batch's id; calls are added with it
 * @param message CallKaro's message
 * @param status {@code success}
 * @param other fields this version does not know
 */
public record CallKaroBatch(
        @JsonProperty("batch_id") String batchId,
        Optional<String> message,
        Optional<String> status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param batchId the batch's id; calls are added with it
     * @param message CallKaro's message
     * @param status {@code success}
     * @param other fields this version does not know
     */
    public CallKaroBatch {
        message = WireValues.optional(message);
        status = WireValues.optional(status);
        other = WireValues.other(other);
    }
}
