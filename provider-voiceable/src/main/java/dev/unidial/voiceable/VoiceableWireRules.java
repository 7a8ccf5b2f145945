package dev.unidial.voiceable;

import dev.unidial.internal.Violations;
import java.util.regex.Pattern;

/**
 * Voiceable's documented rules on its own wire types, for requests the mapper builds and for
 * requests built by hand through {@link VoiceableApi}: one place for each rule, so that both paths
 * keep it alike.
 */
final class VoiceableWireRules {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DATE_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_FORMAT = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");

    private VoiceableWireRules() {}

    /** Whether a phone-number id is Voiceable's numeric form. */
    static boolean isNumericId(String id) {
        return DIGITS.matcher(id).matches();
    }

    /** Voiceable's rules on a create request built by hand ({@link VoiceableApi#createCampaign}). */
    static void validate(VoiceableCreateCampaignRequest request, Violations v) {
        v.requireText("name", request.name());
        v.requireText("agent_id", request.agentId());
        if (!isNumericId(request.phoneNumberId())) {
            v.add("phone_number_id", "must be numeric, but is '" + request.phoneNumberId() + "'");
        }
        if (!request.sendImmediately()) {
            if (request.scheduleDate().filter(d -> DATE_FORMAT.matcher(d).matches()).isEmpty()) {
                v.add("schedule_date", "is required as YYYY-MM-DD when send_immediately is false");
            }
            if (request.scheduleTime().filter(t -> TIME_FORMAT.matcher(t).matches()).isEmpty()) {
                v.add("schedule_time", "is required as HH:MM:SS when send_immediately is false");
            }
        }
    }
}
