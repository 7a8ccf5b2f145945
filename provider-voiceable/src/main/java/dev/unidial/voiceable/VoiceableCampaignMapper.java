package dev.unidial.voiceable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignProgress;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.Target;
import dev.unidial.http.AbortedUpload;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.TargetUpload;
import dev.unidial.spi.WireValues;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The neutral {@link Campaign} to Voiceable's multipart create and back; pure, no I/O.
 *
 * <p>Voiceable takes only numbers: the audience's numbers become the recipients CSV, read
 * lazily while the request is sent. The start becomes {@code schedule_date} and
 * {@code schedule_time}: Voiceable's page names no zone for them, so they are taken to be
 * read in the account's zone (an assumption). With the client's account zone the start is
 * converted into it; without one, the start's own local date and time are sent.
 */
final class VoiceableCampaignMapper {
    /** What Voiceable can express without an account zone: no time zone. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.INLINE_TARGETS, Feature.SCHEDULED_START, Feature.AGENT, Feature.CALLER_PHONE_NUMBER_ID,
                    Feature.GET_CAMPAIGN, Feature.LIST_CAMPAIGNS)
            .hint(Feature.TIME_ZONE, "Voiceable reads schedule_date and schedule_time without a zone, presumably in"
                    + " the account's zone, which only you know: set accountZone(...) on the client builder (or"
                    + " VOICEABLE_ACCOUNT_ZONE) and the start is converted into it.")
            .build();

    /** What a client with this account zone can express: with one, also the schedule's time zone. */
    static Capabilities capabilities(Optional<ZoneId> accountZone) {
        return accountZone.isEmpty() ? CAPABILITIES
                : CAPABILITIES.toBuilder().supports(Feature.TIME_ZONE).build();
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private VoiceableCampaignMapper() {}

    /** Voiceable's rules on what will be sent. */
    public static void validate(CampaignPlan plan, Violations v) {
        Campaign c = plan.campaign();
        v.requireText("agentId", c.agentId().orElse(null));
        Optional<String> line = c.callerId().flatMap(CallerId::phoneNumberId);
        if (line.isEmpty()) {
            v.add("callerId.phoneNumberId", "is required by Voiceable: use CallerId.ofPhoneNumberId(\"<numeric id>\")");
        } else if (!VoiceableWireRules.isNumericId(line.get())) {
            v.add("callerId.phoneNumberId", "must be Voiceable's numeric phone-number id, but is '" + line.get() + "'");
        }
        boolean ownCsv = c.option(VoiceableOptions.class).flatMap(VoiceableOptions::recipients).isPresent();
        boolean inline = c.audience().filter(a -> a.kind() == Audience.Kind.TARGETS).isPresent();
        if (!ownCsv && !inline) {
            v.add("audience.targets", "Voiceable needs at least one recipient: use Audience.targets(...) or "
                    + "VoiceableOptions.recipients(...)");
        }
    }

    /** The create request, its targets checked before sending. */
    public static VoiceableCreateCampaignRequest toRequest(CampaignPlan plan, Optional<ZoneId> accountZone) {
        Campaign c = plan.campaign();
        VoiceableRecipients numbers = VoiceableRecipients.numbers(
                () -> numbers(c.audience().map(Audience::targets).orElse(List.of()).iterator()));
        return toRequest(plan, accountZone, numbers);
    }

    /** The create request whose lazy targets are checked as the CSV is written. */
    static VoiceableCreateCampaignRequest toRequest(CampaignPlan plan, Optional<ZoneId> accountZone, TargetUpload upload) {
        Iterable<Target> targets = plan.campaign().audience().orElseThrow().targets();
        if (plan.campaign().option(VoiceableOptions.class).flatMap(VoiceableOptions::recipients).isPresent()) {
            // The user's own CSV is sent instead: the audience is still checked, before sending.
            upload.start();
            targets.forEach(upload::check);
            try {
                upload.finish();
            } catch (AbortedUpload e) {
                throw e.reason();
            }
        }
        return toRequest(plan, accountZone, VoiceableRecipients.checkedTargets(targets, upload));
    }

    private static VoiceableCreateCampaignRequest toRequest(CampaignPlan plan, Optional<ZoneId> accountZone,
            VoiceableRecipients audienceNumbers) {
        Campaign c = plan.campaign();
        VoiceableOptions options = c.option(VoiceableOptions.class).orElse(VoiceableOptions.builder().build());
        VoiceableRecipients recipients = options.recipients().orElse(audienceNumbers);
        String name = c.name();
        String agent = c.agentId().orElseThrow();
        String line = c.callerId().flatMap(CallerId::phoneNumberId).orElseThrow();
        Optional<OffsetDateTime> start = c.schedule().startAt().filter(s -> plan.keeps(Feature.SCHEDULED_START));
        if (start.isEmpty()) {
            return VoiceableCreateCampaignRequest.immediate(name, line, agent, recipients);
        }
        LocalDateTime local = accountZone.map(z -> start.get().atZoneSameInstant(z).toLocalDateTime())
                .orElse(start.get().toLocalDateTime());
        return VoiceableCreateCampaignRequest.scheduled(name, line, agent, recipients, local.format(DATE),
                local.format(TIME));
    }

    private static Iterator<String> numbers(Iterator<Target> targets) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return targets.hasNext();
            }

            @Override
            public String next() {
                return targets.next().phone();
            }
        };
    }

    /**
     * Voiceable's status in neutral terms: {@code pending} and {@code completed} are
     * documented; the other common spellings are mapped, the rest are {@code UNKNOWN}.
     */
    public static CampaignStatus status(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "pending" -> CampaignStatus.PENDING;
            case "scheduled" -> CampaignStatus.SCHEDULED;
            case "running", "in_progress", "processing" -> CampaignStatus.RUNNING;
            case "completed" -> CampaignStatus.COMPLETED;
            case "cancelled", "canceled" -> CampaignStatus.CANCELLED;
            case "failed" -> CampaignStatus.FAILED;
            default -> CampaignStatus.UNKNOWN;
        };
    }

    /** A campaign Voiceable described; {@code recipients_count} is the progress's total, its only count. */
    static CampaignSnapshot snapshot(VoiceableCampaign campaign, JsonNode raw, Optional<ZoneId> accountZone) {
        String rawStatus = campaign.status().orElse("");
        return CampaignSnapshot.builder()
                .id(Long.toString(campaign.id()))
                .provider(VoiceableDescriptor.PROVIDER)
                .name(campaign.name())
                .status(status(rawStatus), rawStatus)
                .progress(WireValues.count(campaign.recipientsCount()).map(n -> CampaignProgress.builder().total(n).build()))
                .createdAt(WireValues.dateTime(campaign.createdAt(), accountZone).map(OffsetDateTime::toInstant))
                .raw(raw)
                .build();
    }

    /** The neutral result of a create. */
    public static CreatedCampaign toCreated(VoiceableCampaign campaign, JsonNode raw, CampaignPlan plan,
            Optional<ZoneId> accountZone) {
        String rawStatus = campaign.status().orElse("");
        CreatedCampaign.Builder b = CreatedCampaign.builder()
                .id(Long.toString(campaign.id()))
                .provider(VoiceableDescriptor.PROVIDER)
                .status(status(rawStatus), rawStatus)
                .name(campaign.name().orElse(plan.campaign().name()))
                .createdAt(WireValues.dateTime(campaign.createdAt(), accountZone))
                .scheduledAt(WireValues.dateTime(campaign.scheduledAt(), accountZone))
                .warnings(plan.warnings())
                .raw(raw);
        campaign.recipientsCount().or(() -> plan.targetCount() > 0 ? Optional.of(plan.targetCount()) : Optional.empty())
                .ifPresent(b::targetCount);
        return b.build();
    }
}
