package dev.unidial.internal;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.Feature;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.Violation;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The neutral rules of {@link dev.unidial.CampaignValidator}, with what the SDK's own packages
 * need besides the violations: a summary of the audience read once, and a check of targets one
 * at a time for uploads that check as they send. Not API.
 */
public final class CampaignRules {
    private CampaignRules() {}

    /**
     * What one read of the campaign finds: every neutral violation, how many inline targets
     * there are and whether any carries variables (so that a lazy audience is not read
     * again just to learn that).
     *
     * @param violations every neutral violation
     * @param targetCount the number of inline targets (0 for other audiences)
     * @param targetFeatures the target-level features any target uses: {@link Feature#TARGET_VARIABLES},
     *     {@link Feature#PER_TARGET_AGENT}, {@link Feature#PER_TARGET_CALLER_ID}
     * @param targetsChecked false when the targets of a lazy audience were left for the upload to
     *     check (see {@link #inspect(Campaign, boolean)}); the count and features are then unknown
     */
    public record Report(List<Violation> violations, long targetCount, Set<Feature> targetFeatures,
            boolean targetsChecked) {
        /**
         * Copies the features.
         *
         * @param violations every neutral violation
         * @param targetCount the number of inline targets (0 for other audiences)
         * @param targetFeatures the target-level features any target uses: {@link Feature#TARGET_VARIABLES},
         * {@link Feature#PER_TARGET_AGENT}, {@link Feature#PER_TARGET_CALLER_ID}
         * @param targetsChecked false when the targets were left for the upload to check
         */
        public Report {
            violations = List.copyOf(violations);
            targetFeatures = targetFeatures.isEmpty() ? Set.of()
                    : Collections.unmodifiableSet(EnumSet.copyOf(targetFeatures));
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
        return inspect(campaign, true);
    }

    /**
     * Validates and summarises the campaign, optionally leaving the targets of a lazy audience
     * unread: a provider that checks them while uploading them (with a {@code TargetCheck})
     * reads a source of millions once instead of twice.
     *
     * @param campaign the campaign
     * @param checkLazyTargets whether to read a lazy audience's targets here
     * @return the violations and the summary
     */
    public static Report inspect(Campaign campaign, boolean checkLazyTargets) {
        Violations v = new Violations();
        boolean[] checked = {true};
        long[] count = {0};
        Set<Feature> targetFeatures = EnumSet.noneOf(Feature.class);
        if (!campaign.hasName() || campaign.name().isBlank()) {
            v.add("name", "is required and must not be blank");
        }
        campaign.callerId().flatMap(CallerId::number).ifPresent(n -> v.requireE164("callerId.number", n));
        campaign.callerId().flatMap(CallerId::phoneNumberId)
                .ifPresent(id -> v.requireText("callerId.phoneNumberId", id));
        campaign.agentId().ifPresent(id -> v.requireText("agentId", id));
        campaign.description().ifPresent(d -> v.requireText("description", d));
        campaign.audience().ifPresent(a -> {
            if (a.kind() == Audience.Kind.TARGETS && a.isLazy() && !checkLazyTargets) {
                checked[0] = false;
            } else if (a.kind() == Audience.Kind.TARGETS) {
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
        validateVariables(-1, campaign.variables(), v);
        campaign.webhook().ifPresent(w -> v.requireHttpUrl("webhook.url", w.url()));
        return new Report(v.list(), count[0], targetFeatures, checked[0]);
    }

    private static void validateIds(String path, List<String> ids, Violations v) {
        if (ids.isEmpty()) {
            v.add(path, "must name at least one");
        }
        for (int i = 0; i < ids.size(); i++) {
            v.requireText(path + "[" + i + "]", ids.get(i));
        }
    }

    private static void validateTargets(Audience audience, Violations v, long[] count, Set<Feature> features) {
        TargetChecker check = new TargetChecker(v, audience.targetList().map(List::size).orElse(0));
        for (Target t : audience.targets()) {
            check.check(t);
        }
        check.finish(audience.targets());
        count[0] = check.count();
        features.addAll(check.features());
    }

    /** {@return a new check of inline targets, one target at a time, for an upload that checks as it sends} */
    public static TargetCheck targetCheck() {
        return new TargetChecker(new Violations(), 0);
    }

    /** The per-target rules, shared by {@link #inspect} and by uploads that check as they send. */
    private static final class TargetChecker implements TargetCheck {
        private final Violations v;
        private final DuplicateFinder duplicates;
        private final Set<Feature> features = EnumSet.noneOf(Feature.class);
        private long index;

        /** {@code expected}: how many targets there are, when known, or 0. */
        TargetChecker(Violations v, int expected) {
            this.v = v;
            this.duplicates = new DuplicateFinder(expected);
        }

        // Runs once per target of audiences up to millions: paths are built only for a
        // violation, and nothing else is allocated for a target that is fine.
        @Override
        public void check(Target t) {
            long i = index++;
            if (t == null) {
                v.add(targetPath(i), "is null");
                return;
            }
            if (!duplicates.offer(t.phone())) {
                v.requireE164(targetPath(i) + ".phone", t.phone());
            }
            Map<String, Object> variables = t.variables();
            if (!variables.isEmpty()) {
                features.add(Feature.TARGET_VARIABLES);
                validateVariables(i, variables, v);
            }
            Optional<String> agentId = t.agentId();
            if (agentId.isPresent()) {
                features.add(Feature.PER_TARGET_AGENT);
                if (agentId.get().isBlank()) {
                    v.requireText(targetPath(i) + ".agentId", agentId.get());
                }
            }
            Optional<CallerId> callerId = t.callerId();
            if (callerId.isPresent()) {
                features.add(Feature.PER_TARGET_CALLER_ID);
                String path = targetPath(i) + ".callerId";
                callerId.get().number().ifPresent(n -> v.requireE164(path + ".number", n));
                callerId.get().phoneNumberId().ifPresent(id -> v.requireText(path + ".phoneNumberId", id));
            }
        }

        @Override
        public long count() {
            return index;
        }

        @Override
        public Set<Feature> features() {
            return Collections.unmodifiableSet(features);
        }

        @Override
        public List<Violation> finish(Iterable<Target> audience) {
            if (index == 0) {
                v.add("audience.targets", "must contain at least one target");
            }
            for (DuplicateFinder.Duplicate d : duplicates.confirm(audience)) {
                v.add(targetPath(d.secondIndex()) + ".phone", "duplicates " + targetPath(d.firstIndex()) + " (" + d.phone() + ")");
            }
            return v.list();
        }
    }

    private static String variablesPath(long target) {
        return target < 0 ? "variables" : targetPath(target) + ".variables";
    }

    private static String targetPath(long index) {
        return "audience.targets[" + index + "]";
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

    /**
     * The variables' rules, for the campaign's ({@code target} -1) or a target's: the path is
     * made only for a violation, as this runs for every target.
     */
    private static void validateVariables(long target, Map<String, Object> variables, Violations v) {
        if (variables instanceof FrozenMap frozen && frozen.allMatch(CampaignRules::isVariable)) {
            return;
        }
        for (Map.Entry<String, Object> e : variables.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (key.isBlank()) {
                v.add(variablesPath(target), "variable names must not be blank");
            } else if (!isJsonValue(value, 0)) {
                v.add(variablesPath(target) + "." + key, "must be a string, number, boolean, date-time, or a list or map of those, but is a "
                        + value.getClass().getName());
            }
        }
    }

    private static boolean isVariable(String key, Object value) {
        return !key.isBlank() && isJsonValue(value, 0);
    }

    /** Whether every vendor's JSON can carry the value as it is. */
    private static boolean isJsonValue(Object value, int depth) {
        if (value == null || depth > 16) {
            return false;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof TemporalAccessor || value instanceof Enum<?>) {
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
}
