package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignStatus;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.RetryPolicy;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.Violations;
import dev.unidial.spi.CampaignPlan;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The neutral {@link Campaign} to CallKaro's two requests and back; pure, no I/O. The
 * campaign becomes a batch (its name); each target becomes one call carrying the
 * campaign's settings:
 * <ul>
 *   <li>{@code metadata}: campaign variables merged with the target's (the target's win);</li>
 *   <li>{@code schedule_at}: the start as a local date-time. CallKaro takes no zone: the start
 *       is converted into the schedule's time zone when one is set, else sent as written in
 *       its own offset;</li>
 *   <li>{@code min_trigger_time}/{@code max_trigger_time}: the calling window, which must
 *       cover all seven days (CallKaro has no day selection). Trigger times are read by
 *       CallKaro in the account's zone, which its docs do not name;</li>
 *   <li>{@code number_of_retries}, {@code gap_between_retries} (minutes), {@code priority},
 *       and {@code language}/{@code carry_over} from {@link CallKaroOptions}.</li>
 * </ul>
 */
public final class CallKaroCampaignMapper {
    /** What CallKaro can express. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES, Feature.CAMPAIGN_VARIABLES, Feature.AGENT,
                    Feature.SCHEDULED_START, Feature.TIME_ZONE, Feature.CALLING_WINDOWS, Feature.RETRIES,
                    Feature.RETRY_GAP, Feature.PRIORITY)
            .maxNameLength(200)
            .build();

    /** The placeholder for the batch id in previews, before the batch exists. */
    public static final String BATCH_ID_PLACEHOLDER = "{batch_id}";

    private static final DateTimeFormatter SCHEDULE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private CallKaroCampaignMapper() {}

    /** CallKaro's rules on what will be sent. */
    public static void validate(CampaignPlan plan, Violations v) {
        Campaign c = plan.campaign();
        v.requireLength("name", c.name(), 1, 200);
        boolean targets = c.audience().filter(a -> a.kind() == Audience.Kind.TARGETS).isPresent();
        if (targets && c.agentId().filter(a -> !a.isBlank()).isEmpty()) {
            v.add("agentId", "is required by CallKaro to add calls: every call names its agent");
        }
        c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES))
                .ifPresent(r -> v.requireRange("retryPolicy.retries", r.retries(), 0, 10));
        c.retryPolicy().flatMap(RetryPolicy::gap).filter(g -> plan.keeps(Feature.RETRY_GAP)).ifPresent(g -> {
            if (g.toSeconds() % 60 != 0 || g.getNano() != 0 || g.compareTo(Duration.ofMinutes(1)) < 0) {
                v.add("retryPolicy.gap", "must be a whole number of minutes for CallKaro, but is " + g);
            }
        });
        c.priority().ifPresent(p -> v.requireRange("priority", p, -100, 100));
        c.option(CallKaroOptions.class).flatMap(CallKaroOptions::language).ifPresent(l -> {
            if (!CallKaroOptions.LANGUAGES.contains(l)) {
                v.add("options.callkaro.language", "must be one of " + CallKaroOptions.LANGUAGES + ", but is '" + l + "'");
            }
        });
        window(plan).ifPresent(w -> {
            for (LocalTime t : List.of(w.start(), w.end())) {
                if (t.getSecond() != 0 || t.getNano() != 0) {
                    v.add("schedule.windows[0]", "CallKaro's trigger times are HH:MM, but the window has " + t);
                }
            }
        });
    }

    /** The v2 campaign body. */
    public static CallKaroCampaignRequest campaignRequest(CampaignPlan plan) {
        return CallKaroCampaignRequest.v2(plan.campaign().name());
    }

    /** The call for one target in a batch. */
    public static CallKaroCallRequest callRequest(CampaignPlan plan, Target target, String batchId) {
        Campaign c = plan.campaign();
        CallKaroCallRequest.Builder b = CallKaroCallRequest.builder(target.phone(), c.agentId().orElseThrow())
                .batchId(batchId);
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (plan.keeps(Feature.CAMPAIGN_VARIABLES)) {
            metadata.putAll(c.variables());
        }
        if (plan.keeps(Feature.TARGET_VARIABLES)) {
            metadata.putAll(target.variables());
        }
        if (!metadata.isEmpty()) {
            b.metadata(metadata);
        }
        scheduleAt(plan).ifPresent(b::scheduleAt);
        window(plan).ifPresent(w -> b.triggerWindow(w.start().format(HH_MM), w.end().format(HH_MM)));
        c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES)).ifPresent(r -> {
            b.numberOfRetries(r.retries());
            r.gap().filter(g -> plan.keeps(Feature.RETRY_GAP))
                    .ifPresent(g -> b.gapBetweenRetries(CallKaroRetryGap.every((int) g.toMinutes())));
        });
        if (c.priority().isPresent()) {
            b.priority(c.priority().getAsInt());
        }
        c.option(CallKaroOptions.class).ifPresent(o -> {
            o.language().ifPresent(b::language);
            o.carryOver().ifPresent(b::carryOver);
        });
        return b.build();
    }

    private static Optional<String> scheduleAt(CampaignPlan plan) {
        Campaign c = plan.campaign();
        Optional<OffsetDateTime> start = c.schedule().startAt().filter(s -> plan.keeps(Feature.SCHEDULED_START));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = c.schedule().timeZone().filter(z -> plan.keeps(Feature.TIME_ZONE))
                .map(z -> start.get().atZoneSameInstant(z).toLocalDateTime())
                .orElse(start.get().toLocalDateTime());
        return Optional.of(local.format(SCHEDULE_AT));
    }

    /** The window sent: the first one (CallKaro has one daily window for all days). */
    private static Optional<CallingWindow> window(CampaignPlan plan) {
        List<CallingWindow> windows = plan.campaign().schedule().windows();
        return windows.isEmpty() || !plan.keeps(Feature.CALLING_WINDOWS) ? Optional.empty() : Optional.of(windows.get(0));
    }

    /** The neutral result: the batch, with every target's outcome. */
    public static CreatedCampaign toCreated(CallKaroBatch batch, JsonNode raw, CampaignPlan plan,
            List<TargetOutcome> outcomes) {
        boolean scheduled = plan.campaign().schedule().startAt().isPresent() && plan.keeps(Feature.SCHEDULED_START);
        return CreatedCampaign.builder()
                .id(batch.batchId())
                .provider(CallKaroClient.PROVIDER)
                .status(scheduled ? CampaignStatus.SCHEDULED : CampaignStatus.PENDING, batch.status().orElse(""))
                .name(plan.campaign().name())
                .scheduledAt(plan.keeps(Feature.SCHEDULED_START) ? plan.campaign().schedule().startAt() : Optional.empty())
                .targetCount(outcomes.size())
                .targetOutcomes(outcomes)
                .warnings(plan.warnings())
                .raw(raw)
                .build();
    }
}
