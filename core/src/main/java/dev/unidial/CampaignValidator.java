package dev.unidial;

import dev.unidial.internal.CampaignRules;
import java.util.List;


/**
 * The neutral rules every campaign must keep, whichever vendor it goes to:
 * <ul>
 *   <li>{@code name} present and not blank;</li>
 *   <li>target and caller numbers in E.164 form, no number twice in the audience;</li>
 *   <li>contact ids and list names not blank, at least one;</li>
 *   <li>windows with at least one day, start before end, no two windows overlapping on one day;</li>
 *   <li>retries ≥ 0 and a positive gap, concurrency ≥ 1, a positive ring time;</li>
 *   <li>variable names not blank, values JSON-friendly (text, numbers, booleans, date-times,
 *       lists and maps of those); a webhook URL that is absolute http(s).</li>
 * </ul>
 * Vendor rules (lengths, ranges, required fields) are checked by each provider after these.
 *
 * <p>The audience is read once; for a lazy audience with suspected duplicates it is read
 * once more to confirm them, so memory stays small and constant.
 */
public final class CampaignValidator {
    private CampaignValidator() {}

    /**
     * {@return every violation of the neutral rules; empty when there is none}
     *
     * @param campaign the campaign
     */
    public static List<Violation> validate(Campaign campaign) {
        return CampaignRules.inspect(campaign).violations();
    }

    /**
     * Checks the neutral rules.
     *
     * @param campaign the campaign
     * @throws CampaignValidationException listing every violation, if there is any
     */
    public static void requireValid(Campaign campaign) {
        List<Violation> violations = validate(campaign);
        if (!violations.isEmpty()) {
            throw new CampaignValidationException(violations);
        }
    }
}
