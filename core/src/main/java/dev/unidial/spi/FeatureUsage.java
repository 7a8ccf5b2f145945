package dev.unidial.spi;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CallingWindow;
import dev.unidial.Feature;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which {@link Feature}s a campaign uses; the other half of a capability check. */
final class FeatureUsage {
    private FeatureUsage() {}

    /**
     * The features the campaign uses.
     *
     * @param targetFeatures the target-level features any inline target uses (known from
     *     validation, so that a lazy audience is not read again)
     */
    public static Set<Feature> of(Campaign campaign, Set<Feature> targetFeatures) {
        Set<Feature> used = EnumSet.noneOf(Feature.class);
        campaign.audience().ifPresent(a -> {
            if (a.kind() == Audience.Kind.TARGETS) {
                used.add(Feature.INLINE_TARGETS);
            } else {
                used.add(a.kind() == Audience.Kind.CONTACT_IDS ? Feature.CONTACT_IDS : Feature.CONTACT_LISTS);
            }
        });
        used.addAll(targetFeatures);
        campaign.agentId().ifPresent(a -> used.add(Feature.AGENT));
        campaign.callerId().flatMap(CallerId::number).ifPresent(n -> used.add(Feature.CALLER_NUMBER));
        campaign.callerId().flatMap(CallerId::phoneNumberId).ifPresent(n -> used.add(Feature.CALLER_PHONE_NUMBER_ID));
        campaign.schedule().startAt().ifPresent(s -> used.add(Feature.SCHEDULED_START));
        campaign.schedule().timeZone().ifPresent(z -> used.add(Feature.TIME_ZONE));
        List<CallingWindow> windows = campaign.schedule().windows();
        if (!windows.isEmpty()) {
            used.add(Feature.CALLING_WINDOWS);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            windows.forEach(w -> days.addAll(w.days()));
            if (days.size() < DayOfWeek.values().length) {
                used.add(Feature.DAY_OF_WEEK_SELECTION);
            }
            CallingWindow first = windows.get(0);
            if (windows.stream().anyMatch(w -> !w.start().equals(first.start()) || !w.end().equals(first.end()))) {
                used.add(Feature.PER_DAY_HOURS);
            }
        }
        campaign.maxConcurrentCalls().ifPresent(n -> used.add(Feature.CONCURRENCY));
        campaign.retryPolicy().ifPresent(r -> {
            used.add(Feature.RETRIES);
            r.gap().ifPresent(g -> used.add(Feature.RETRY_GAP));
        });
        campaign.webhook().ifPresent(w -> used.add(Feature.WEBHOOK));
        campaign.machineDetection().ifPresent(m -> used.add(Feature.MACHINE_DETECTION));
        campaign.priority().ifPresent(p -> used.add(Feature.PRIORITY));
        campaign.maxRingTime().ifPresent(t -> used.add(Feature.RING_TIME));
        campaign.description().ifPresent(d -> used.add(Feature.DESCRIPTION));
        if (!campaign.variables().isEmpty()) {
            used.add(Feature.CAMPAIGN_VARIABLES);
        }
        return used;
    }
}
