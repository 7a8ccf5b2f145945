package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignStatus;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.RetryPolicy;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.MappingNotes;
import dev.unidial.spi.ZoneDifference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
 *   <li>{@code agent_id}: the target's own agent ({@link Feature#PER_TARGET_AGENT}: v2
 *       batches exist so that calls can use different agents), else the campaign's;</li>
 *   <li>{@code schedule_at}: the start as a local date-time. CallKaro's pages name no zone;
 *       it is taken to read zone-less times in the account's zone (an assumption). With the
 *       client's account zone set, the start is converted into it; without, it is sent as
 *       written in its own offset;</li>
 *   <li>{@code min_trigger_time}/{@code max_trigger_time}: the calling window, which must
 *       cover all seven days (CallKaro has no day selection). With an account zone and a
 *       schedule time zone, the window is converted from the schedule's zone into the
 *       account's, keeping only the hours inside it on every day from the start (or the day
 *       the plan is made) through the next 12 months, with a warning when clock changes
 *       narrow it; a window that would cross midnight, or leave no hour, is refused under
 *       STRICT (CallKaro has one {@code HH:MM} pair for all days) and left out, with a
 *       warning, under LENIENT;</li>
 *   <li>{@code number_of_retries}, {@code gap_between_retries} (minutes), {@code priority},
 *       and {@code language}/{@code carry_over} from {@link CallKaroOptions}.</li>
 * </ul>
 */
final class CallKaroCampaignMapper {
    /** What CallKaro can express without an account zone: no time zone. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES, Feature.PER_TARGET_AGENT,
                    Feature.CAMPAIGN_VARIABLES, Feature.AGENT, Feature.SCHEDULED_START, Feature.CALLING_WINDOWS,
                    Feature.RETRIES, Feature.RETRY_GAP, Feature.PRIORITY)
            .hint(Feature.TIME_ZONE, "CallKaro reads times without a zone, presumably in the account's zone, which"
                    + " only you know: set accountZone(...) on the client builder (or CALLKARO_ACCOUNT_ZONE) and the"
                    + " start and window are converted into it.")
            .hint(Feature.CALL_RESULTS, "CallKaro documents no way to read a batch back: it reports each call by"
                    + " webhook (call_ended), set in CallKaro's dashboard.")
            .hint(Feature.GET_CAMPAIGN, "CallKaro documents no way to read a batch back: follow it in CallKaro's"
                    + " dashboard, or through its call_ended webhooks.")
            .maxNameLength(200)
            .build();

    /** What a client with this account zone can express: with one, also the schedule's time zone. */
    static Capabilities capabilities(Optional<ZoneId> accountZone) {
        return accountZone.isEmpty() ? CAPABILITIES
                : CAPABILITIES.toBuilder().supports(Feature.TIME_ZONE).build();
    }

    /** The placeholder for the batch id in previews, before the batch exists. */
    public static final String BATCH_ID_PLACEHOLDER = "{batch_id}";

    private static final DateTimeFormatter SCHEDULE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private CallKaroCampaignMapper() {}

    /** CallKaro's rules on what will be sent. */
    public static void validate(CampaignPlan plan, Violations v, Optional<ZoneId> accountZone) {
        Campaign c = plan.campaign();
        v.requireLength("name", c.name(), 1, 200);
        boolean targets = c.audience().filter(a -> a.kind() == Audience.Kind.TARGETS).isPresent();
        if (targets && c.agentId().filter(a -> !a.isBlank()).isEmpty()) {
            v.add("agentId", "is required by CallKaro to add calls: every call names its agent");
        }
        c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES))
                .ifPresent(r -> v.requireRange("retryPolicy.retries", r.retries(), 0, 10));
        c.retryPolicy().flatMap(RetryPolicy::gap).filter(g -> plan.keeps(Feature.RETRY_GAP))
                .ifPresent(g -> v.requireWholeMinutes("retryPolicy.gap", g, "CallKaro"));
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
        if (plan.policy() == MappingPolicy.STRICT) {
            triggerWindow(plan, accountZone).problem().ifPresent(problem -> v.add("schedule.windows[0]", problem));
        }
    }

    /**
     * What the mapping leaves out or warns of: under LENIENT, a window that cannot be sent in the
     * account's zone; a window narrowed by clock changes, under either policy.
     */
    static void notes(CampaignPlan plan, MappingNotes notes, Optional<ZoneId> accountZone) {
        TriggerWindow w = triggerWindow(plan, accountZone);
        w.problem().ifPresent(problem -> notes.drop(Feature.CALLING_WINDOWS, "The calling window was not sent: " + problem + "."));
        w.narrowing().ifPresent(notes::warn);
    }

    /**
     * The trigger times sent, or why the window cannot be sent, and a note when it was narrowed.
     *
     * @param sent the window as sent ({@code HH:MM} pair), when it is
     * @param problem why a window the campaign has cannot be sent in the account's zone
     * @param narrowing a warning that clock changes narrowed the window
     */
    private record TriggerWindow(Optional<String[]> sent, Optional<String> problem, Optional<String> narrowing) {}

    private static Optional<ZoneId> scheduleZone(CampaignPlan plan) {
        return plan.campaign().schedule().timeZone().filter(z -> plan.keeps(Feature.TIME_ZONE));
    }

    /** The first instant the window matters: the start, else when the plan is made. */
    private static Instant firstDay(CampaignPlan plan) {
        return plan.campaign().schedule().startAt().filter(s -> plan.keeps(Feature.SCHEDULED_START))
                .map(OffsetDateTime::toInstant).orElse(plan.plannedAt());
    }

    /**
     * The window in the account's zone when both zones are known: only the account's hours that
     * are inside the schedule zone's window on every day from the first day through
     * {@link ZoneDifference#HORIZON}, since the two zones may change their clocks on different dates.
     */
    private static TriggerWindow triggerWindow(CampaignPlan plan, Optional<ZoneId> accountZone) {
        Optional<CallingWindow> window = window(plan);
        Optional<ZoneId> scheduleZone = scheduleZone(plan);
        if (window.isEmpty()) {
            return new TriggerWindow(Optional.empty(), Optional.empty(), Optional.empty());
        }
        CallingWindow w = window.get();
        if (scheduleZone.isEmpty() || accountZone.isEmpty()) {
            return new TriggerWindow(Optional.of(hhmm(w.start(), w.end())), Optional.empty(), Optional.empty());
        }
        Instant from = firstDay(plan);
        ZoneDifference d = ZoneDifference.over(scheduleZone.get(), accountZone.get(), from, w.start(), w.end());
        LocalDate through = from.atZone(scheduleZone.get()).plus(ZoneDifference.HORIZON).toLocalDate();
        String written = "the window " + w.start() + "–" + w.end() + " in " + scheduleZone.get();
        Optional<ZoneDifference.Window> converted = d.convert(w.start(), w.end());
        if (converted.isEmpty()) {
            int lo = minutes(w.start()) + d.maxMinutes();
            int hi = minutes(w.end()) + d.minMinutes();
            String problem = lo >= hi
                    ? written + " leaves no hour in the account's zone " + accountZone.get() + " that is inside it on"
                            + " every day through " + through
                    : written + " is " + clock(lo) + "–" + clock(hi) + " in the account's zone " + accountZone.get()
                            + " on some day through " + through + ", which crosses midnight; CallKaro has one HH:MM"
                            + " pair for all days";
            return new TriggerWindow(Optional.empty(), Optional.of(problem), Optional.empty());
        }
        ZoneDifference.Window c = converted.get();
        Optional<String> narrowing = d.isConstant() ? Optional.empty() : Optional.of("The calling window was narrowed: "
                + written + " is sent as " + c.start() + "–" + c.end() + " in the account's zone " + accountZone.get()
                + ", the hours inside it on every day through " + through + ", as the two zones change their clocks"
                + " on different dates.");
        return new TriggerWindow(Optional.of(hhmm(c.start(), c.end())), Optional.empty(), narrowing);
    }

    private static String[] hhmm(LocalTime start, LocalTime end) {
        return new String[] {start.format(HH_MM), end.format(HH_MM)};
    }

    /** A minute of the day, wrapped into 00:00–23:59. */
    private static String clock(int minute) {
        int m = Math.floorMod(minute, 24 * 60);
        return LocalTime.of(m / 60, m % 60).format(HH_MM);
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    /** The v2 campaign body. */
    public static CallKaroCampaignRequest campaignRequest(CampaignPlan plan) {
        return CallKaroCampaignRequest.v2(plan.campaign().name());
    }

    /** The call for one target in a batch. */
    public static CallKaroCallRequest callRequest(CampaignPlan plan, Target target, String batchId,
            Optional<ZoneId> accountZone) {
        Campaign c = plan.campaign();
        String agent = target.agentId().filter(a -> plan.keeps(Feature.PER_TARGET_AGENT)).orElseGet(() -> c.agentId().orElseThrow());
        CallKaroCallRequest.Builder b = CallKaroCallRequest.builder(target.phone(), agent).batchId(batchId);
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
        scheduleAt(plan, accountZone).ifPresent(b::scheduleAt);
        triggerWindow(plan, accountZone).sent().ifPresent(t -> b.triggerWindow(t[0], t[1]));
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

    /** The start in the account's zone when it is known, else as written in its own offset. */
    private static Optional<String> scheduleAt(CampaignPlan plan, Optional<ZoneId> accountZone) {
        Optional<OffsetDateTime> start = plan.campaign().schedule().startAt().filter(s -> plan.keeps(Feature.SCHEDULED_START));
        return start.map(s -> accountZone.map(z -> s.atZoneSameInstant(z).toLocalDateTime()).orElse(s.toLocalDateTime())
                .format(SCHEDULE_AT));
    }

    /** The window sent: the first one (CallKaro has one daily window for all days). */
    private static Optional<CallingWindow> window(CampaignPlan plan) {
        List<CallingWindow> windows = plan.campaign().schedule().windows();
        return windows.isEmpty() || !plan.keeps(Feature.CALLING_WINDOWS) ? Optional.empty() : Optional.of(windows.get(0));
    }

    /** The neutral result: the batch, with every target's outcome. */
    public static CreatedCampaign toCreated(CallKaroBatch batch, JsonNode raw, CampaignPlan plan,
            List<TargetOutcome> outcomes, Optional<ZoneId> accountZone) {
        List<String> warnings = plan.warnings();
        boolean scheduled = plan.campaign().schedule().startAt().isPresent() && plan.keeps(Feature.SCHEDULED_START);
        return CreatedCampaign.builder()
                .id(batch.batchId())
                .provider(CallKaroDescriptor.PROVIDER)
                .status(scheduled ? CampaignStatus.SCHEDULED : CampaignStatus.PENDING, batch.status().orElse(""))
                .name(plan.campaign().name())
                .scheduledAt(plan.keeps(Feature.SCHEDULED_START) ? plan.campaign().schedule().startAt() : Optional.empty())
                .targetCount(outcomes.size())
                .targetOutcomes(outcomes)
                .warnings(warnings)
                .raw(raw)
                .build();
    }
}
