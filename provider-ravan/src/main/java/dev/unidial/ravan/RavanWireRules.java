package dev.unidial.ravan;

import dev.unidial.internal.Violations;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Ravan's documented rules on its own wire types, for requests the mapper builds and for
 * requests built by hand through {@link RavanApi}: one place for each rule, so that both paths
 * keep it alike.
 */
final class RavanWireRules {
    private static final Pattern WINDOW_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    /** The {@code status} values Ravan's create page lists. */
    static final Set<String> STATUSES = Set.of("draft", "active", "paused", "completed");
    /** The {@code executionStatus} values Ravan's create page lists. */
    static final Set<String> EXECUTION_STATUSES = Set.of("draft", "running", "paused", "completed");

    private RavanWireRules() {}

    /** Ravan's documented rules on a create body built by hand ({@link RavanApi#createCampaign}). */
    static void validate(RavanCreateCampaignRequest r, Violations v) {
        v.requireText("name", r.name());
        v.requireText("agentId", r.agentId());
        v.requireText("phoneNumberId", r.phoneNumberId());
        v.requireE164("fromPhoneNumber", r.fromPhoneNumber());
        for (int i = 0; i < r.contactIds().size(); i++) {
            v.requireText("contactIds[" + i + "]", r.contactIds().get(i));
        }
        r.schedule().ifPresent(s -> validate(s, v));
    }

    /** Ravan's documented rules on an update built by hand ({@link RavanApi#updateCampaign}). */
    static void validate(RavanUpdateCampaignRequest r, Violations v) {
        r.fromPhoneNumber().ifPresent(n -> v.requireE164("fromPhoneNumber", n));
        r.status().filter(x -> !STATUSES.contains(x))
                .ifPresent(x -> v.add("status", "must be one of " + new TreeSet<>(STATUSES) + ", but is '" + x + "'"));
        r.executionStatus().filter(x -> !EXECUTION_STATUSES.contains(x)).ifPresent(x -> v.add("executionStatus",
                "must be one of " + new TreeSet<>(EXECUTION_STATUSES) + ", but is '" + x + "'"));
        r.schedule().ifPresent(s -> validate(s, v));
    }

    /** The schedule's documented formats: {@code HH:mm} windows, days 1–7, an IANA zone. */
    private static void validate(RavanSchedule s, Violations v) {
        for (var t : List.of(s.windowStart(), s.windowEnd())) {
            t.filter(x -> !WINDOW_TIME.matcher(x).matches())
                    .ifPresent(x -> v.add("schedule.window", "must be HH:mm (24-hour), but is '" + x + "'"));
        }
        s.windowDays().orElse(List.of()).forEach(d -> {
            if (d < 1 || d > 7) {
                v.add("schedule.windowDays", "must be 1 (Monday) to 7 (Sunday), but has " + d);
            }
        });
        s.timezone().ifPresent(z -> {
            try {
                ZoneId.of(z);
            } catch (DateTimeException e) {
                v.add("schedule.timezone", "must be an IANA zone such as Asia/Kolkata, but is '" + z + "'");
            }
        });
    }

    /** An agent's webhook URLs ({@link RavanApi#setAgentWebhooks}): each an absolute http(s) URL. */
    static void validateWebhookUrls(List<String> urls, Violations v) {
        for (int i = 0; i < urls.size(); i++) {
            v.requireHttpUrl("webhookUrls[" + i + "]", urls.get(i));
        }
    }

    /** Ravan's documented rules on a single call ({@link RavanApi#createCall}). */
    static void validate(RavanCallRequest r, Violations v) {
        if (!RavanCallRequest.TYPES.contains(r.type())) {
            v.add("type", "must be one of " + new TreeSet<>(RavanCallRequest.TYPES) + ", but is '" + r.type() + "'");
        }
        v.requireText("agent_id", r.agentId());
        r.fromPhoneNumber().ifPresent(n -> v.requireE164("from_phone_number", n));
        if (r.type().equals("outbound_call")) {
            v.requireE164("to_phone_number", r.toPhoneNumber().orElse(null));
        }
    }
}
