package dev.unidial.mrassistant;

import dev.unidial.internal.Violations;
import java.util.regex.Pattern;

/**
 * MrAssistant's documented rules on its own wire types, for requests the mapper builds and for
 * requests built by hand through {@link MrAssistantApi}: one place for each rule, so that both paths
 * keep it alike.
 */
final class MrAssistantWireRules {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");



    private MrAssistantWireRules() {}

    static boolean isUuid(String s) {
        return s != null && UUID.matcher(s).matches();
    }

    /** MrAssistant's rules on one call built by hand ({@code POST /calls/outbound}). */
    static void validate(MrAssistantOutboundCallRequest r, Violations v) {
        v.requireText("agent_id", r.agentId());
        if (!isUuid(r.agentId())) {
            v.add("agent_id", "must be a UUID, but is '" + r.agentId() + "'");
        }
        v.requireE164("to_number", r.toNumber().replace(" ", ""));
        r.fromNumber().ifPresent(n -> v.requireE164("from_number", n.replace(" ", "")));
        r.priority().filter(p -> !MrAssistantOutboundCallRequest.PRIORITIES.contains(p)).ifPresent(p -> v.add("priority",
                "must be one of " + MrAssistantOutboundCallRequest.PRIORITIES + ", but is '" + p + "'"));
        r.mediaEncryption().filter(p -> !MrAssistantOutboundCallRequest.ENCRYPTIONS.contains(p)).ifPresent(p -> v.add(
                "media_encryption", "must be one of " + MrAssistantOutboundCallRequest.ENCRYPTIONS + ", but is '" + p + "'"));
        r.ringingTimeoutSeconds().ifPresent(t -> v.requireRange("ringing_timeout_seconds", t, 1, 80));
        r.maxCallDurationSeconds().ifPresent(t -> v.requireRange("max_call_duration_seconds", t, 60, 86_400));
    }

    /** MrAssistant's rules on a caller number: E.164, and one of the documented telephony providers. */
    static void validate(MrAssistantPhoneNumberRequest request, Violations v) {
        v.requireE164("phone_number", request.phoneNumber());
        if (!MrAssistantPhoneNumberRequest.PROVIDERS.contains(request.provider())) {
            v.add("provider", "must be one of " + MrAssistantPhoneNumberRequest.PROVIDERS + ", but is '"
                    + request.provider() + "'");
        }
    }
}
