package dev.unidial.ravan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignProgress;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.RetryPolicy;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.MappingNotes;
import dev.unidial.spi.WireValues;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The neutral {@link Campaign} to Ravan's create body and back; pure, no I/O.
 *
 * <p>Ravan takes one daily window on chosen days ({@code windowStart}, {@code windowEnd},
 * {@code windowDays}). Windows that share their hours are sent as those hours on the union
 * of their days. Windows with different hours are {@link Feature#PER_DAY_HOURS}, which
 * Ravan cannot express: under LENIENT the first window is sent and the warning names every
 * window left out. Ravan calls existing contacts only, so the audience must be
 * {@link Audience#contactIds}.
 */
final class RavanCampaignMapper {
    /** What Ravan can express. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.CONTACT_IDS, Feature.AGENT, Feature.CALLER_NUMBER, Feature.CALLER_PHONE_NUMBER_ID,
                    Feature.SCHEDULED_START, Feature.CALLING_WINDOWS, Feature.DAY_OF_WEEK_SELECTION, Feature.TIME_ZONE, Feature.CONCURRENCY,
                    Feature.RETRIES, Feature.RETRY_GAP, Feature.GET_CAMPAIGN, Feature.LIST_CAMPAIGNS, Feature.START,
                    Feature.PAUSE, Feature.RESUME)
            .hint(Feature.CALL_RESULTS, "Ravan reports each call by webhook (call.completed), set per agent: see CallEvents.")
            .build();


    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private RavanCampaignMapper() {}

    /** Ravan's rules on what will be sent. */
    public static void validate(CampaignPlan plan, Violations v) {
        Campaign c = plan.campaign();
        v.requireText("agentId", c.agentId().orElse(null));
        if (c.callerId().flatMap(CallerId::phoneNumberId).isEmpty()) {
            v.add("callerId.phoneNumberId", "is required by Ravan: use CallerId.of(number, phoneNumberId)");
        }
        if (c.callerId().flatMap(CallerId::number).isEmpty()) {
            v.add("callerId.number", "is required by Ravan: use CallerId.of(number, phoneNumberId)");
        }
        boolean hasContacts = c.audience().filter(a -> a.kind() == Audience.Kind.CONTACT_IDS).isPresent();
        if (!hasContacts) {
            v.add("audience.contactIds", "is required: Ravan campaigns call contacts that exist in Ravan; "
                    + "use Audience.contactIds(...)");
        }
        c.retryPolicy().flatMap(RetryPolicy::gap).filter(g -> plan.keeps(Feature.RETRY_GAP))
                .ifPresent(g -> v.requireWholeMinutes("retryPolicy.gap", g, "Ravan"));
    }

    /** The create body. */
    public static RavanCreateCampaignRequest toRequest(CampaignPlan plan) {
        Campaign c = plan.campaign();
        CallerId caller = c.callerId().orElseThrow();
        RavanCreateCampaignRequest.Builder request = RavanCreateCampaignRequest.builder(c.name(), c.agentId().orElseThrow(),
                caller.phoneNumberId().orElseThrow(), caller.number().orElseThrow())
                .contactIds(c.audience().map(Audience::contactIds).orElse(List.of()));
        schedule(plan).ifPresent(request::schedule);
        return request.build();
    }

    private static Optional<RavanSchedule> schedule(CampaignPlan plan) {
        Campaign c = plan.campaign();
        RavanSchedule s = RavanSchedule.empty();
        if (plan.keeps(Feature.SCHEDULED_START) && c.schedule().startAt().isPresent()) {
            // The create page's schedule lists no start; the campaign it returns has schedule.start and the
            // update page accepts it, so it is sent in the create body (an assumption in docs/vendors/ravan.md).
            s = s.withStart(c.schedule().startAt().get().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        List<CallingWindow> windows = c.schedule().windows();
        if (!windows.isEmpty() && plan.keeps(Feature.CALLING_WINDOWS)) {
            CallingWindow first = windows.get(0);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (plan.keeps(Feature.DAY_OF_WEEK_SELECTION)) {
                for (CallingWindow w : sent(windows)) {
                    days.addAll(w.days());
                }
            } else {
                days.addAll(EnumSet.allOf(DayOfWeek.class));
            }
            List<Integer> numbers = new ArrayList<>(days.size());
            for (DayOfWeek d : days) {
                numbers.add(d.getValue());
            }
            s = s.withWindow(first.start().format(HH_MM), first.end().format(HH_MM), numbers);
        }
        if (plan.keeps(Feature.TIME_ZONE) && c.schedule().timeZone().isPresent()) {
            s = s.withTimezone(c.schedule().timeZone().get().getId());
        }
        if (c.maxConcurrentCalls().isPresent() && plan.keeps(Feature.CONCURRENCY)) {
            s = s.withMaxConcurrent(c.maxConcurrentCalls().getAsInt());
        }
        Optional<RetryPolicy> retry = c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES));
        if (retry.isPresent()) {
            s = s.withRetryAttempts(retry.get().retries());
            if (plan.keeps(Feature.RETRY_GAP) && retry.get().gap().isPresent()) {
                s = s.withRetryGapMin((int) retry.get().gap().get().toMinutes());
            }
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The windows sent: all of them when they share the first one's hours, else only the first. */
    private static List<CallingWindow> sent(List<CallingWindow> windows) {
        CallingWindow first = windows.get(0);
        List<CallingWindow> sent = new ArrayList<>(windows.size());
        for (CallingWindow w : windows) {
            if (w.start().equals(first.start()) && w.end().equals(first.end())) {
                sent.add(w);
            }
        }
        return sent;
    }

    /** Names the windows left out, when windows with other hours were dropped: in the preview's and the create's warnings. */
    static void notes(CampaignPlan plan, MappingNotes notes) {
        droppedWindows(plan).ifPresent(notes::warn);
    }

    private static Optional<String> droppedWindows(CampaignPlan plan) {
        List<CallingWindow> windows = plan.campaign().schedule().windows();
        if (windows.isEmpty() || !plan.keeps(Feature.CALLING_WINDOWS) || plan.keeps(Feature.PER_DAY_HOURS)) {
            return Optional.empty();
        }
        List<CallingWindow> kept = sent(windows);
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            if (!kept.contains(windows.get(i))) {
                CallingWindow w = windows.get(i);
                dropped.add("schedule.windows[" + i + "] (" + w.days() + " " + w.start() + "–" + w.end() + ")");
            }
        }
        return dropped.isEmpty() ? Optional.empty() : Optional.of("Ravan takes one daily window, so these windows"
                + " were not sent: " + String.join(", ", dropped) + ".");
    }

    /**
     * Ravan's status in neutral terms, from {@code executionStatus} ({@code draft},
     * {@code running}, {@code paused}, {@code completed}) when the campaign carries it, else
     * from {@code status} ({@code draft}, {@code active}, {@code paused}, {@code completed}).
     */
    public static CampaignStatus status(RavanCampaign campaign) {
        return status(rawStatus(campaign));
    }

    /** The value the neutral status is read from: {@code executionStatus}, else {@code status}. */
    static String rawStatus(RavanCampaign campaign) {
        return campaign.executionStatus().filter(s -> !s.isBlank()).or(campaign::status).orElse("");
    }

    /** One of Ravan's status values in neutral terms; case does not matter. */
    public static CampaignStatus status(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "draft" -> CampaignStatus.DRAFT;
            case "active", "running" -> CampaignStatus.RUNNING;
            case "paused" -> CampaignStatus.PAUSED;
            case "completed" -> CampaignStatus.COMPLETED;
            default -> CampaignStatus.UNKNOWN;
        };
    }

    /** A campaign Ravan described, with {@code contactStats} as progress ({@code successful} counts as completed). */
    static CampaignSnapshot snapshot(RavanCampaign campaign, JsonNode raw) {
        String rawStatus = rawStatus(campaign);
        return CampaignSnapshot.builder()
                .id(campaign.id())
                .provider(RavanDescriptor.PROVIDER)
                .name(campaign.name())
                .status(status(rawStatus), rawStatus)
                .progress(campaign.contactStats().map(RavanCampaignMapper::progress))
                .createdAt(instant(campaign.createdAt()))
                .startedAt(instant(campaign.startedAt()))
                .completedAt(instant(campaign.completedAt()))
                .raw(raw)
                .build();
    }

    /**
     * Ravan's counters, each to exactly one progress count ({@code contacted}, which the page
     * calls "contacts successfully reached" without saying whether it includes the failed and
     * unanswered ones, to none); one it left out, or sent negative, is empty.
     */
    private static CampaignProgress progress(RavanContactStats s) {
        CampaignProgress.Builder b = CampaignProgress.builder();
        WireValues.count(s.total()).ifPresent(b::total);
        WireValues.count(s.successful()).ifPresent(b::completed);
        WireValues.count(s.failed()).ifPresent(b::failed);
        WireValues.count(s.noAnswer()).ifPresent(b::noAnswer);
        WireValues.count(s.pending()).ifPresent(b::pending);
        WireValues.count(s.inProgress()).ifPresent(b::inProgress);
        return b.build();
    }

    private static Optional<Instant> instant(Optional<String> text) {
        return WireValues.dateTime(text).map(OffsetDateTime::toInstant);
    }

    /** The PATCH that runs a campaign: {@code status=active}, {@code executionStatus=running}. */
    static RavanUpdateCampaignRequest run() {
        return RavanUpdateCampaignRequest.builder().status("active").executionStatus("running").build();
    }

    /** The PATCH that pauses a campaign: {@code paused} in both fields. */
    static RavanUpdateCampaignRequest pause() {
        return RavanUpdateCampaignRequest.builder().status("paused").executionStatus("paused").build();
    }

    /** The neutral result of a create. */
    public static CreatedCampaign toCreated(RavanCampaign campaign, JsonNode raw, CampaignPlan plan) {
        String rawStatus = rawStatus(campaign);
        CreatedCampaign.Builder b = CreatedCampaign.builder()
                .id(campaign.id())
                .provider(RavanDescriptor.PROVIDER)
                .status(status(rawStatus), rawStatus)
                .name(campaign.name().orElse(plan.campaign().name()))
                .createdAt(WireValues.dateTime(campaign.createdAt()))
                .scheduledAt(WireValues.dateTime(campaign.schedule().flatMap(RavanSchedule::start)))
                .warnings(plan.warnings())
                .raw(raw);
        Optional<Long> total = campaign.contactStats().flatMap(s -> WireValues.count(s.total())).filter(t -> t > 0);
        b.targetCount(total.orElse((long) plan.campaign().audience().map(Audience::contactIds).orElse(List.of()).size()));
        return b.build();
    }
}
