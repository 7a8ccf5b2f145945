package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
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
        phoneNumber = WireValues.optional(phoneNumber);
        uniqueId = WireValues.optional(uniqueId);
        dialerOutcome = WireValues.optional(dialerOutcome);
        numberOfAttemptsSoFar = WireValues.optional(numberOfAttemptsSoFar);
        botSessionId = WireValues.optional(botSessionId);
        agentDispositionCodes = WireValues.list(agentDispositionCodes);
        botOutboundStatus = WireValues.optional(botOutboundStatus);
        botOutboundStatusDetail = WireValues.optional(botOutboundStatusDetail);
        other = WireValues.other(other);
    }
}
