package dev.unidial.voiceable;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agent from {@code GET /agents}; its {@code id} is a campaign's {@code agent_id}.
 *
 * @param id a numeric or ElevenLabs agent id
 * @param name its name
 * @param tags its tags
 * @param other every other field ({@code conversation_config}…)
 */
public record VoiceableAgent(
        String id,
        Optional<String> name,
        List<String> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values.
     *
     * @param id a numeric or ElevenLabs agent id
     * @param name its name
     * @param tags its tags
     * @param other every other field ({@code conversation_config}…)
     */
    public VoiceableAgent {
        name = WireValues.optional(name);
        tags = WireValues.list(tags);
        other = WireValues.other(other);
    }
}
