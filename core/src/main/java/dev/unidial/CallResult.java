package dev.unidial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What became of one person of a campaign, from {@link CampaignClient#results}: the number,
 * the outcome in neutral terms beside the vendor's own word, and the vendor's record as is.
 *
 * @param phone the number called, as the vendor reports it
 * @param outcome the outcome in neutral terms
 * @param rawOutcome the vendor's own word for it; empty text when it sent none
 * @param attempts how many attempts were made, when reported
 * @param callId the vendor's id of the call or session, when reported
 * @param raw the vendor's record of this person
 */
public record CallResult(String phone, CallOutcome outcome, String rawOutcome, OptionalInt attempts,
        Optional<String> callId, JsonNode raw) {
    /**
     * Refuses nulls.
     *
     * @param phone the number called, as the vendor reports it
     * @param outcome the outcome in neutral terms
     * @param rawOutcome the vendor's own word for it; empty text when it sent none
     * @param attempts how many attempts were made, when reported
     * @param callId the vendor's id of the call or session, when reported
     * @param raw the vendor's record of this person
     */
    public CallResult {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rawOutcome, "rawOutcome");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(raw, "raw");
    }
}
