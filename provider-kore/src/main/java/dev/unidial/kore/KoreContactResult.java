package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One contact's outcome in a campaign ({@code …/status?view=contacts}).
 *
 * @param phoneNumber the number
 * @param uniqueId the contact's id in its list
 * @param dialerOutcome the dialer's outcome
 * @param numberOfAttemptsSoFar attempts so far
 * @param botSessionId the bot session
 * @param agentDispositionCodes the dispositions
 * @param botOutboundStatus the bot's status
 * @param botOutboundStatusDetail more detail
 * @param other fields this version does not know
 */
public record KoreContactResult(
        Optional<String> phoneNumber,
        Optional<String> uniqueId,
        Optional<String> dialerOutcome,
        Optional<Integer> numberOfAttemptsSoFar,
        Optional<String> botSessionId,
        List<JsonNode> agentDispositionCodes,
        Optional<String> botOutboundStatus,
        Optional<String> botOutboundStatusDetail,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param phoneNumber the number
     * @param uniqueId the contact's id in its list
     * @param dialerOutcome the dialer's outcome
     * @param numberOfAttemptsSoFar attempts so far
     * @param botSessionId the bot session
     * @param agentDispositionCodes the dispositions
     * @param botOutboundStatus the bot's status
     * @param botOutboundStatusDetail more detail
     * @param other fields this version does not know
     */
    public KoreContactResult {
        phoneNumber = WireFields.optional(phoneNumber);
        uniqueId = WireFields.optional(uniqueId);
        dialerOutcome = WireFields.optional(dialerOutcome);
        numberOfAttemptsSoFar = WireFields.optional(numberOfAttemptsSoFar);
        botSessionId = WireFields.optional(botSessionId);
        agentDispositionCodes = WireFields.list(agentDispositionCodes);
        botOutboundStatus = WireFields.optional(botOutboundStatus);
        botOutboundStatusDetail = WireFields.optional(botOutboundStatusDetail);
        other = WireFields.other(other);
    }
}
