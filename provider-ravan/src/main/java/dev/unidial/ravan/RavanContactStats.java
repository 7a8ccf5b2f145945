package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireFields;
import java.util.Map;

/**
 * A campaign's contact counters; a counter Ravan leaves out reads as 0.
 *
 * @param total contacts in the campaign
 * @param contacted contacts reached
 * @param successful contacts with a successful outcome
 * @param failed contacts that failed
 * @param noAnswer contacts that did not answer
 * @param pending contacts not yet called
 * @param inProgress contacts being called now
 * @param other fields this version does not know
 */
public record RavanContactStats(
        long total,
        long contacted,
        long successful,
        long failed,
        @JsonAlias("no_answer") long noAnswer,
        long pending,
        @JsonAlias("in_progress") long inProgress,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Copies unknown fields.
     *
     * @param total contacts in the campaign
     * @param contacted contacts reached
     * @param successful contacts with a successful outcome
     * @param failed contacts that failed
     * @param noAnswer contacts that did not answer
     * @param pending contacts not yet called
     * @param inProgress contacts being called now
     * @param other fields this version does not know
     */
    public RavanContactStats {
        other = WireFields.other(other);
    }
}
