package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallOutcome;
import dev.unidial.CallResult;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.RetryPolicy;
import dev.unidial.Target;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.MappingNotes;
import dev.unidial.spi.WireValues;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The neutral {@link Campaign} to Kore.ai's agentless voice-campaign body and back; pure,
 * no I/O.
 *
 * <p>Windows become {@code callingHours}: always {@code WEEKLY} with one {@code days[]}
 * block per day and window, times as {@code h:mm AM/PM}, as Kore's create sample shows
 * (its page names {@code DAILY} but never shows what its blocks look like, so it is not
 * used: a window on every day is seven blocks). Retries become {@code maxAttemptsPerRecord} (retries + 1), the gap
 * {@code defaultRetryPeriod} in minutes, the ring time {@code maxRingTime} in seconds.
 * Kore requires every one of these fields; what the campaign leaves unset is sent with
 * these defaults: priority {@value #DEFAULT_PRIORITY}, one attempt, a retry period of
 * {@value #DEFAULT_RETRY_MINUTES} minutes, a ring time of {@value #DEFAULT_RING_SECONDS} s,
 * machine detection off.
 */
final class KoreCampaignMapper {
    /** What Kore.ai's create can express. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.CONTACT_LISTS, Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES, Feature.DESCRIPTION, Feature.PRIORITY, Feature.CALLER_NUMBER,
                    Feature.TIME_ZONE, Feature.CALLING_WINDOWS, Feature.DAY_OF_WEEK_SELECTION, Feature.PER_DAY_HOURS,
                    Feature.RETRIES, Feature.RETRY_GAP, Feature.RING_TIME, Feature.MACHINE_DETECTION)
            .supports(Feature.GET_CAMPAIGN, Feature.LIST_CAMPAIGNS, Feature.START, Feature.PAUSE, Feature.RESUME,
                    Feature.DELETE, Feature.CALL_RESULTS)
            .hint(Feature.CANCEL, "Kore.ai has no terminal stop: pause(...) stops the campaign, and delete(...) removes it.")
            .maxNameLength(48)
            .build();

    static final String DEFAULT_PRIORITY = "1";
    static final int DEFAULT_RETRY_MINUTES = 10;
    static final int DEFAULT_RING_SECONDS = 30;

    private KoreCampaignMapper() {}

    /** Kore's rules on what will be sent. */
    public static void validate(CampaignPlan plan, Violations v) {
        Campaign c = plan.campaign();
        KoreOptions options = c.option(KoreOptions.class).orElse(KoreOptions.defaults());
        v.requireLength("name", c.name(), 1, 48);
        if (c.description().isEmpty()) {
            v.add("description", "is required by Kore.ai");
        }
        v.requireLength("description", c.description().orElse(null), 1, 256);
        c.priority().ifPresent(p -> v.requireRange("priority", p, 1, 5));
        c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES))
                .ifPresent(r -> v.requireRange("retryPolicy.retries", r.retries(), 0, 99));
        c.retryPolicy().flatMap(RetryPolicy::gap).filter(g -> plan.keeps(Feature.RETRY_GAP)).ifPresent(g -> {
            v.requireWholeMinutes("retryPolicy.gap", g, "Kore.ai");
            if (Violations.isWholeMinutes(g)) {
                v.requireRange("retryPolicy.gap", g.toMinutes(), 1, 1440);
            }
        });
        c.maxRingTime().filter(t -> plan.keeps(Feature.RING_TIME)).ifPresent(t -> {
            v.requireWholeSeconds("maxRingTime", t, "Kore.ai");
            if (Violations.isWholeSeconds(t)) {
                v.requireRange("maxRingTime", t.toSeconds(), 5, 120);
            }
        });
        if (c.schedule().timeZone().isEmpty()) {
            v.add("schedule.timeZone", "is required by Kore.ai");
        }
        if (c.schedule().windows().isEmpty()) {
            v.add("schedule.windows", "Kore.ai needs at least one calling window");
        }
        List<CallingWindow> windows = c.schedule().windows();
        for (int i = 0; i < windows.size(); i++) {
            requireWholeMinutes("schedule.windows[" + i + "]", windows.get(i), v);
        }
        if (c.callerId().flatMap(CallerId::number).isEmpty()) {
            v.add("callerId.number", "is required by Kore.ai");
        }
        if (c.audience().filter(a -> a.kind() != Audience.Kind.CONTACT_IDS).isEmpty()) {
            v.add("audience", "is required: Kore.ai campaigns call contact lists; use Audience.contactLists(...), or "
                    + "Audience.targets(...) to have a contact list made from them");
        }
        boolean agentless = options.dialingMode() == KoreDialingMode.AGENTLESS;
        if (agentless && options.experienceFlowName().filter(s -> !s.isBlank()).isEmpty()) {
            v.add("options.kore.experienceFlowName", "is required in Agentless mode: "
                    + "add KoreOptions.builder().experienceFlowName(...) to the campaign");
        }
        if (!agentless && options.queueName().isEmpty()) {
            v.add("options.kore.queueName", "is required in " + options.dialingMode().wireValue() + " mode");
        }
    }

    private static void requireWholeMinutes(String path, CallingWindow w, Violations v) {
        for (LocalTime t : List.of(w.start(), w.end())) {
            if (t.getSecond() != 0 || t.getNano() != 0) {
                v.add(path, "Kore.ai takes whole minutes, but the window has " + t);
            }
        }
    }

    /** Whether the targets are inline, so that a contact list is made from them first. */
    static boolean hasInlineTargets(CampaignPlan plan) {
        return plan.campaign().audience().filter(a -> a.kind() == Audience.Kind.TARGETS).isPresent();
    }

    /** The contact list made for inline targets: named after the campaign (both allow 48 characters). */
    static String contactListName(CampaignPlan plan) {
        return plan.campaign().name();
    }

    /** One inline target as a Kore contact: its number, and its variables as contact fields when they are sent. */
    static KoreContact contact(CampaignPlan plan, Target target) {
        return KoreContact.of(target.phone(), plan.keeps(Feature.TARGET_VARIABLES) ? target.variables() : Map.of());
    }

    /** The warning every create on inline targets carries. */
    /** Kore.ai fills a contact list made from inline targets after it answers: said in every create's warnings. */
    static void notes(CampaignPlan plan, MappingNotes notes) {
        if (hasInlineTargets(plan)) {
            notes.warn(asyncContactsWarning(contactListName(plan)));
        }
    }

    static String asyncContactsWarning(String list) {
        return "Kore.ai adds contacts to list '" + list + "' asynchronously: check campaignContacts(...) before"
                + " startCampaign(...).";
    }

    /** The create body. */
    public static KoreCampaignRequest toRequest(CampaignPlan plan) {
        Campaign c = plan.campaign();
        KoreOptions options = c.option(KoreOptions.class).orElse(KoreOptions.defaults());
        int retries = c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES)).map(RetryPolicy::retries).orElse(0);
        int gap = c.retryPolicy().flatMap(RetryPolicy::gap).filter(g -> plan.keeps(Feature.RETRY_GAP))
                .map(Duration::toMinutes).map(Math::toIntExact).orElse(DEFAULT_RETRY_MINUTES);
        int ring = c.maxRingTime().filter(t -> plan.keeps(Feature.RING_TIME)).map(Duration::toSeconds)
                .map(Math::toIntExact).orElse(DEFAULT_RING_SECONDS);
        KoreDialingStrategy strategy = KoreDialingStrategy.builder(c.callerId().flatMap(CallerId::number).orElseThrow(),
                        callingHours(c.schedule().timeZone().orElseThrow().getId(), c.schedule().windows()))
                .dialingOrder(options.dialingOrder()).maxAttemptsPerRecord(retries + 1).defaultRetryPeriod(gap)
                .maxRingTime(ring).build();
        KoreCampaignRequest.Builder request = KoreCampaignRequest.builder(c.name(), c.description().orElseThrow(), strategy)
                .contactLists(hasInlineTargets(plan) ? List.of(contactListName(plan))
                        : c.audience().map(Audience::contactLists).orElse(List.of()))
                .priority(c.priority().isPresent() ? Integer.toString(c.priority().getAsInt()) : DEFAULT_PRIORITY)
                .dialingMode(options.dialingMode())
                .schedulingEnabled(options.schedulingEnabled())
                .machineDetection(c.machineDetection().filter(m -> plan.keeps(Feature.MACHINE_DETECTION)).orElse(false));
        if (options.dialingMode() == KoreDialingMode.AGENTLESS) {
            options.experienceFlowName().ifPresent(request::experienceFlowName);
        } else {
            options.queueName().ifPresent(request::queueName);
        }
        return request.build();
    }

    static KoreDialingStrategy.CallingHours callingHours(String zone, List<CallingWindow> windows) {
        List<Block> blocks = new ArrayList<>();
        for (CallingWindow w : windows) {
            for (DayOfWeek d : w.days()) {
                blocks.add(new Block(d, w));
            }
        }
        blocks.sort(BY_DAY_AND_START);
        List<KoreDialingStrategy.Day> days = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            days.add(new KoreDialingStrategy.Day(dayCode(b.day()), twelveHour(b.window().start()), twelveHour(b.window().end())));
        }
        return new KoreDialingStrategy.CallingHours("WEEKLY", zone, days);
    }

    /** One day of one window: a block of Kore's {@code days[]}. */
    private record Block(DayOfWeek day, CallingWindow window) {}

    private static final Comparator<Block> BY_DAY_AND_START =
            Comparator.comparing(Block::day).thenComparing(b -> b.window().start());

    /** {@code MO}, {@code TU}… */
    static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** Kore's clock: {@code 12:00 AM} is midnight, {@code 12:30 PM} half past noon, {@code 6:00 PM} 18:00. */
    static String twelveHour(LocalTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return hour + (t.getMinute() < 10 ? ":0" : ":") + t.getMinute() + (t.getHour() < 12 ? " AM" : " PM");
    }

    /**
     * Kore's status in neutral terms. {@code Stopped} is {@link CampaignStatus#PAUSED}: Kore
     * has no terminal "cancelled" state, and a stopped campaign can be started again with
     * {@code trigger=play}.
     */
    public static CampaignStatus status(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "preparing" -> CampaignStatus.PENDING;
            case "ready" -> CampaignStatus.DRAFT;
            case "active", "running" -> CampaignStatus.RUNNING;
            case "stopped", "paused" -> CampaignStatus.PAUSED;
            case "completed" -> CampaignStatus.COMPLETED;
            case "failed" -> CampaignStatus.FAILED;
            case "scheduled" -> CampaignStatus.SCHEDULED;
            default -> CampaignStatus.UNKNOWN;
        };
    }

    /** A campaign Kore described, in neutral terms; Kore reports no counts, so there is no progress. */
    static CampaignSnapshot snapshot(KoreCampaign campaign, JsonNode raw) {
        String rawStatus = campaign.status().orElse("");
        return CampaignSnapshot.builder()
                .id(campaign.id())
                .provider(KoreDescriptor.PROVIDER)
                .name(campaign.name())
                .status(status(rawStatus), rawStatus)
                .createdAt(WireValues.dateTime(campaign.createdAt()).map(OffsetDateTime::toInstant))
                .raw(raw)
                .build();
    }

    /** The answer to {@code trigger=play|stop}: a status, and no name. */
    static CampaignSnapshot snapshot(String campaignId, KoreTriggerResult result, JsonNode raw) {
        String rawStatus = result.status().orElse("");
        return CampaignSnapshot.builder()
                .id(campaignId)
                .provider(KoreDescriptor.PROVIDER)
                .status(status(rawStatus), rawStatus)
                .raw(raw)
                .build();
    }

    /** One contact's outcome; {@code view=contacts} names no call id beyond the bot session. */
    static CallResult result(KoreContactResult contact, JsonNode raw) {
        String rawOutcome = contact.dialerOutcome().orElse("");
        return new CallResult(e164(contact.phoneNumber().orElse("")), outcome(rawOutcome), rawOutcome,
                contact.numberOfAttemptsSoFar().map(OptionalInt::of).orElse(OptionalInt.empty()),
                contact.botSessionId(), raw);
    }

    /**
     * A contact's number as {@code view=contacts} gives it, in E.164: the page's sample writes
     * digits without the {@code +} ({@code "919876543210"}); the raw value stays in {@code raw()}.
     */
    static String e164(String phone) {
        String digits = phone.trim();
        return digits.matches("[1-9]\\d{7,14}") ? "+" + digits : digits;
    }

    /**
     * Kore leaves {@code dialerOutcome} blank while a contact is in progress, which is
     * {@link CallOutcome#IN_PROGRESS}. It does not list its other values: the common spellings
     * are mapped (case and separators ignored), every other value is {@link CallOutcome#UNKNOWN}
     * with the raw value kept. An assumption, labelled in docs/vendors/kore.md.
     */
    static CallOutcome outcome(String raw) {
        if (raw.isBlank()) {
            return CallOutcome.IN_PROGRESS;
        }
        return switch (raw.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "COMPLETED", "ANSWERED", "SUCCESS", "CONNECTED" -> CallOutcome.COMPLETED;
            case "NO_ANSWER", "NOANSWER", "NOT_ANSWERED", "UNANSWERED" -> CallOutcome.NO_ANSWER;
            case "BUSY" -> CallOutcome.BUSY;
            case "VOICEMAIL", "ANSWERING_MACHINE", "MACHINE_DETECTED" -> CallOutcome.VOICEMAIL;
            case "FAILED", "ERROR", "INVALID_NUMBER" -> CallOutcome.FAILED;
            case "PENDING", "NOT_DIALED", "QUEUED" -> CallOutcome.PENDING;
            case "DIALING", "RINGING", "IN_PROGRESS" -> CallOutcome.IN_PROGRESS;
            default -> CallOutcome.UNKNOWN;
        };
    }

    /** The neutral result of a create. */
    public static CreatedCampaign toCreated(KoreCampaign campaign, JsonNode raw, CampaignPlan plan) {
        String rawStatus = campaign.status().orElse("");
        return CreatedCampaign.builder()
                .id(campaign.id())
                .provider(KoreDescriptor.PROVIDER)
                .status(status(rawStatus), rawStatus)
                .name(campaign.name().orElse(plan.campaign().name()))
                .createdAt(WireValues.dateTime(campaign.createdAt()))
                .warnings(plan.warnings())
                .raw(raw)
                .build();
    }
}
