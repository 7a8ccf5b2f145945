package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to starting ({@code trigger=play}) or stopping ({@code trigger=stop}) a campaign.
 *
 * @param status {@code Active} or {@code Stopped}
 * @param message {@code Campaign Started} or {@code Campaign Stopped}
 * @param totalCallsCompleted calls completed so far (start only)
 * @param updatedAt when it changed
 * @param campaignInstanceId this run's id ({@code cid-…})
 * @param other fields this version does not know
 */
public record KoreTriggerResult(
        Optional<String> status,
        Optional<String> message,
        Optional<Long> totalCallsCompleted,
        Optional<String> updatedAt,
        Optional<String> campaignInstanceId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param status {@code Active} or {@code Stopped}
     * @param message {@code Campaign Started} or {@code Campaign Stopped}
     * @param totalCallsCompleted calls completed so far (start only)
     * @param updatedAt when it changed
     * @param campaignInstanceId this run's id ({@code cid-…})
     * @param other fields this version does not know
     */
    public KoreTriggerResult {
        status = WireValues.optional(status);
        message = WireValues.optional(message);
        totalCallsCompleted = WireValues.optional(totalCallsCompleted);
        updatedAt = WireValues.optional(updatedAt);
        campaignInstanceId = WireValues.optional(campaignInstanceId);
        other = WireValues.other(other);
    }
}
