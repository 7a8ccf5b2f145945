package dev.unidial;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * once more to confirm them, so memory stays small and constant (see {@link DuplicateFinder}).
 */
public final class CampaignValidator {
    private CampaignValidator() {}

    /**
     * {@return every violation of the neutral rules; empty when there is none}
     *
     * @param campaign the campaign
     */
    public static List<Violation> validate(Campaign campaign) {
        return inspect(campaign).violations();
    }

    /**
     * What one read of the campaign finds: every neutral violation, how many inline targets
     * there are and whether any carries variables (so that a lazy audience is not read
     * again just to learn that).
     *
     * @param violations every neutral violation
     * @param targetCount the number of inline targets (0 for other audiences)
     * @param targetFeatures the target-level features any target uses: {@link Feature#TARGET_VARIABLES},
     *     {@link Feature#PER_TARGET_AGENT}, {@link Feature#PER_TARGET_CALLER_ID}
     */
    public record Report(List<Violation> violations, long targetCount, java.util.Set<Feature> targetFeatures) {
        /**
         * Copies the features.
         *
         * @param violations every neutral violation
         * @param targetCount the number of inline targets (0 for other audiences)
         * @param targetFeatures the target-level features any target uses: {@link Feature#TARGET_VARIABLES},
         * {@link Feature#PER_TARGET_AGENT}, {@link Feature#PER_TARGET_CALLER_ID}
         */
        public Report {
            violations = List.copyOf(violations);
            targetFeatures = targetFeatures.isEmpty() ? java.util.Set.of()
                    : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(targetFeatures));
        }

        /** {@return whether any target has variables} */
        public boolean targetVariables() {
            return targetFeatures.contains(Feature.TARGET_VARIABLES);
        }
    }

    /**
     * Validates and summarises the campaign in one read of its audience.
     *
     * @param campaign the campaign
     * @return the violations and the summary
     */
    public static Report inspect(Campaign campaign) {
        Violations v = new Violations();
        long[] count = {0};
        java.util.Set<Feature> targetFeatures = java.util.EnumSet.noneOf(Feature.class);
        if (!campaign.hasName() || campaign.name().isBlank()) {
            v.add("name", "is required and must not be blank");
        }
        campaign.callerId().flatMap(CallerId::number).ifPresent(n -> v.requireE164("callerId.number", n));
        campaign.callerId().flatMap(CallerId::phoneNumberId)
                .ifPresent(id -> v.requireText("callerId.phoneNumberId", id));
        campaign.agentId().ifPresent(id -> v.requireText("agentId", id));
        campaign.description().ifPresent(d -> v.requireText("description", d));
        campaign.audience().ifPresent(a -> {
            if (a.kind() == Audience.Kind.TARGETS) {
                validateTargets(a, v, count, targetFeatures);
            } else {
                validateIds(a.kind() == Audience.Kind.CONTACT_IDS ? "audience.contactIds" : "audience.contactLists",
                        a.kind() == Audience.Kind.CONTACT_IDS ? a.contactIds() : a.contactLists(), v);
            }
        });
        validateSchedule(campaign.schedule(), v);
        campaign.maxConcurrentCalls().ifPresent(n -> {
            if (n < 1) {
                v.add("maxConcurrentCalls", "must be at least 1, but is " + n);
            }
        });
        campaign.retryPolicy().ifPresent(r -> {
            if (r.retries() < 0) {
                v.add("retryPolicy.retries", "must be 0 or more, but is " + r.retries());
            }
            r.gap().ifPresent(g -> {
                if (g.isNegative() || g.isZero()) {
                    v.add("retryPolicy.gap", "must be positive, but is " + g);
                }
            });
        });
        campaign.maxRingTime().ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                v.add("maxRingTime", "must be positive, but is " + t);
            }
        });
        validateVariables("variables", campaign.variables(), v);
        campaign.webhook().ifPresent(w -> validateWebhookUrl(w.url(), v));
        return new Report(v.list(), count[0], targetFeatures);
    }

    /**
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

    private static void validateIds(String path, List<String> ids, Violations v) {
        if (ids.isEmpty()) {
            v.add(path, "must name at least one");
        }
        for (int i = 0; i < ids.size(); i++) {
            v.requireText(path + "[" + i + "]", ids.get(i));
        }
    }

    private static void validateTargets(Audience audience, Violations v, long[] count, java.util.Set<Feature> features) {
        DuplicateFinder duplicates = new DuplicateFinder();
        long index = 0;
        for (Target t : audience.targets()) {
            String path = "audience.targets[" + index + "]";
            if (t == null) {
                v.add(path, "is null");
            } else {
                v.requireE164(path + ".phone", t.phone());
                validateVariables(path + ".variables", t.variables(), v);
                duplicates.offer(t.phone());
                if (!t.variables().isEmpty()) {
                    features.add(Feature.TARGET_VARIABLES);
                }
                t.agentId().ifPresent(id -> {
                    v.requireText(path + ".agentId", id);
                    features.add(Feature.PER_TARGET_AGENT);
                });
                t.callerId().ifPresent(c -> {
                    c.number().ifPresent(n -> v.requireE164(path + ".callerId.number", n));
                    c.phoneNumberId().ifPresent(id -> v.requireText(path + ".callerId.phoneNumberId", id));
                    features.add(Feature.PER_TARGET_CALLER_ID);
                });
            }
            index++;
        }
        count[0] = index;
        if (index == 0) {
            v.add("audience.targets", "must contain at least one target");
        }
        for (DuplicateFinder.Duplicate d : duplicates.confirm(audience.targets())) {
            v.add("audience.targets[" + d.secondIndex() + "].phone",
                    "duplicates audience.targets[" + d.firstIndex() + "] (" + d.phone() + ")");
        }
    }

    private static void validateSchedule(Schedule schedule, Violations v) {
        Map<DayOfWeek, List<Integer>> byDay = new EnumMap<>(DayOfWeek.class);
        List<CallingWindow> windows = schedule.windows();
        for (int i = 0; i < windows.size(); i++) {
            CallingWindow w = windows.get(i);
            String path = "schedule.windows[" + i + "]";
            if (w.days().isEmpty()) {
                v.add(path + ".days", "must name at least one day");
            }
            if (!w.start().isBefore(w.end())) {
                v.add(path, "must start before it ends, but runs " + w.start() + " to " + w.end());
                continue; // an inverted window is already reported; overlaps with it would only add noise
            }
            for (DayOfWeek day : w.days()) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
            }
        }
        byDay.forEach((day, indexes) -> {
            for (int a = 0; a < indexes.size(); a++) {
                for (int b = a + 1; b < indexes.size(); b++) {
                    CallingWindow x = windows.get(indexes.get(a));
                    CallingWindow y = windows.get(indexes.get(b));
                    if (x.start().isBefore(y.end()) && y.start().isBefore(x.end())) {
                        v.add("schedule.windows[" + indexes.get(b) + "]",
                                "overlaps schedule.windows[" + indexes.get(a) + "] on " + day);
                    }
                }
            }
        });
    }

    private static void validateVariables(String path, Map<String, Object> variables, Violations v) {
        variables.forEach((key, value) -> {
            if (key.isBlank()) {
                v.add(path, "variable names must not be blank");
            } else if (!isJsonValue(value, 0)) {
                v.add(path + "." + key, "must be a string, number, boolean, date-time, or a list or map of those, but is a "
                        + value.getClass().getName());
            }
        });
    }

    /** Whether every vendor's JSON can carry the value as it is. */
    private static boolean isJsonValue(Object value, int depth) {
        if (value == null || depth > 16) {
            return false;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.temporal.TemporalAccessor || value instanceof Enum<?>) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && isJsonValue(e.getValue(), depth + 1));
        }
        if (value instanceof Iterable<?> list) {
            for (Object item : list) {
                if (!isJsonValue(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void validateWebhookUrl(String url, Violations v) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                v.add("webhook.url", "must be an absolute http(s) URL, but is '" + Violations.printable(url) + "'");
            }
        } catch (URISyntaxException e) {
            v.add("webhook.url", "is not a valid URL: " + e.getReason());
        }
    }
}
