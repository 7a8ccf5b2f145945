package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * An agent from {@code GET /api/v1/agents/}; its {@code id} is a campaign's
 * {@code agentId}. Ravan's samples disagree on the rest of the shape, so everything else
 * is kept in {@code other}.
 *
 * @param id the agent's UUID
 * @param name its name
 * @param status its status as sent ({@code ACTIVE} or {@code AGENT_STATUS_ACTIVE} in the samples)
 * @param other every other field
 */
public record RavanAgent(
        String id,
        Optional<String> name,
        Optional<String> status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id the agent's UUID
     * @param name its name
     * @param status its status as sent ({@code ACTIVE} or {@code AGENT_STATUS_ACTIVE} in the samples)
     * @param other every other field
     */
    public RavanAgent {
        name = WireValues.optional(name);
        status = WireValues.optional(status);
        other = WireValues.other(other);
    }
}
