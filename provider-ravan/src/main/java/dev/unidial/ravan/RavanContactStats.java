package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's contact counters, each empty when Ravan leaves it out.
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
        Optional<Long> total,
        Optional<Long> contacted,
        Optional<Long> successful,
        Optional<Long> failed,
        @JsonAlias("no_answer") Optional<Long> noAnswer,
        Optional<Long> pending,
        @JsonAlias("in_progress") Optional<Long> inProgress,
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
        total = WireValues.optional(total);
        contacted = WireValues.optional(contacted);
        successful = WireValues.optional(successful);
        failed = WireValues.optional(failed);
        noAnswer = WireValues.optional(noAnswer);
        pending = WireValues.optional(pending);
        inProgress = WireValues.optional(inProgress);
        other = WireValues.other(other);
    }
}
