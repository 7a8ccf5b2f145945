package dev.unidial.callkaro;

import dev.unidial.internal.Violations;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CallKaro's documented rules on its own wire types, for requests the mapper builds and for
 * requests built by hand through {@link CallKaroApi}: one place for each rule, so that both paths
 * keep it alike.
 */
final class CallKaroWireRules {
    private static final Pattern TRIGGER_TIME = Pattern.compile("([0-1]?[0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern SCHEDULE_AT_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

    private CallKaroWireRules() {}

    /** CallKaro's rules on a batch create built by hand. */
    static void validate(CallKaroCampaignRequest request, Violations v) {
        v.requireText("name", request.name());
        v.requireLength("name", request.name(), 1, 200);
        request.agentId().ifPresent(a -> v.requireText("agent_id", a));
    }

    /** CallKaro's rules on one call built by hand ({@code POST /call/outbound}). */
    static void validate(CallKaroCallRequest request, Violations v) {
        v.requireE164("to_number", request.toNumber());
        v.requireText("agent_id", request.agentId());
        request.numberOfRetries().ifPresent(n -> v.requireRange("number_of_retries", n, 0, 10));
        request.priority().ifPresent(p -> v.requireRange("priority", p, -100, 100));
        request.language().filter(l -> !CallKaroOptions.LANGUAGES.contains(l))
                .ifPresent(l -> v.add("language", "must be one of " + CallKaroOptions.LANGUAGES));
        for (var t : List.of(request.minTriggerTime(), request.maxTriggerTime())) {
            t.filter(s -> !TRIGGER_TIME.matcher(s).matches())
                    .ifPresent(s -> v.add("trigger_time", "must be HH:MM, but is '" + s + "'"));
        }
        request.scheduleAt().filter(s -> !SCHEDULE_AT_FORMAT.matcher(s).matches())
                .ifPresent(s -> v.add("schedule_at", "must be YYYY-MM-DDTHH:MM:SS, but is '" + s + "'"));
    }
}
