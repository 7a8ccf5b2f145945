package dev.unidial.mrassistant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignStatus;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.WireValues;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The neutral {@link Campaign} to MrAssistant's create body and back; pure, no I/O.
 * Targets carry the campaign's caller number as {@code from_number} and their own
 * variables as {@code context}; campaign variables go in the top-level {@code context}.
 */
final class MrAssistantCampaignMapper {
    /** The most targets MrAssistant takes in one campaign. */
    public static final int MAX_TARGETS = 1000;
    /** The longest campaign name MrAssistant takes, in characters. */
    static final int MAX_NAME_LENGTH = 255;

    /** What MrAssistant can express. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES, Feature.PER_TARGET_CALLER_ID,
                    Feature.CAMPAIGN_VARIABLES, Feature.AGENT,
                    Feature.CALLER_NUMBER, Feature.SCHEDULED_START, Feature.CONCURRENCY, Feature.RETRIES,
                    Feature.WEBHOOK)
            .hint(Feature.GET_CAMPAIGN, "MrAssistant documents no way to read a campaign back: its webhook reports"
                    + " each call (webhook with notifyOnEveryCall).")
            .hint(Feature.CALL_RESULTS, "MrAssistant documents no campaign results; its webhook reports each completed"
                    + " call, and api().getCall(callId) reads one call.")
            .maxTargetsPerRequest(MAX_TARGETS)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    private MrAssistantCampaignMapper() {}

    /** MrAssistant's rules on what will be sent. */
    public static void validate(CampaignPlan plan, Violations v) {
        Campaign c = plan.campaign();
        if (c.agentId().isEmpty()) {
            v.add("agentId", "is required by MrAssistant");
        } else if (!MrAssistantWireRules.isUuid(c.agentId().get())) {
            v.add("agentId", "must be a UUID for MrAssistant, but is '" + c.agentId().get() + "'");
        }
        v.requireLength("name", c.name(), 1, MAX_NAME_LENGTH);
        boolean inline = c.audience().filter(a -> a.kind() == Audience.Kind.TARGETS).isPresent();
        if (inline && plan.keeps(Feature.PER_TARGET_CALLER_ID) && plan.targetCount() <= MAX_TARGETS) {
            // MrAssistant takes a caller number per target (targets[].from_number), not a line id.
            long i = 0;
            for (Target t : c.audience().orElseThrow().targets()) {
                if (t.callerId().isPresent() && t.callerId().get().number().isEmpty()) {
                    v.add("audience.targets[" + i + "].callerId.number", "is required by MrAssistant for a target's own"
                            + " caller line (targets[].from_number): use CallerId.ofNumber(...)");
                }
                i++;
            }
        }
        if (!inline) {
            v.add("audience.targets", "is required: MrAssistant campaigns take inline targets");
        } else if (plan.targetCount() > MAX_TARGETS) {
            v.add("audience.targets", "has " + plan.targetCount() + " targets, but MrAssistant takes at most "
                    + MAX_TARGETS + " per campaign: use client.api().createInBatches(...) to split it");
        }
        if (plan.keeps(Feature.CONCURRENCY)) {
            c.maxConcurrentCalls().ifPresent(n -> v.requireRange("maxConcurrentCalls", n, 1, 10));
        }
        if (plan.keeps(Feature.RETRIES)) {
            c.retryPolicy().ifPresent(r -> v.requireRange("retryPolicy.retries", r.retries(), 0, 3));
        }
        if (plan.keeps(Feature.WEBHOOK)) {
            c.webhook().ifPresent(w -> {
                URI uri = URI.create(w.url());
                if (!"https".equalsIgnoreCase(uri.getScheme())) {
                    v.add("webhook.url", "must be an absolute https URL (the SDK's own rule, so that the webhook secret"
                            + " never travels in clear; MrAssistant types it as a string), but is '" + w.url() + "'");
                }
            });
        }
    }

    /**
     * The create body for the whole campaign. Its targets are mapped as the body is written
     * ({@link MappedTargets}), not copied into a second list first.
     */
    public static MrAssistantCampaignRequest toRequest(CampaignPlan plan) {
        Campaign c = plan.campaign();
        MrAssistantCampaignRequest.Builder b = MrAssistantCampaignRequest.builder(c.agentId().orElseThrow(), c.name());
        Optional<String> from = c.callerId().flatMap(CallerId::number).filter(n -> plan.keeps(Feature.CALLER_NUMBER));
        b.targets(new MappedTargets(c.audience().map(MrAssistantCampaignMapper::targetList).orElse(List.of()), from,
                plan.keeps(Feature.PER_TARGET_CALLER_ID), plan.keeps(Feature.TARGET_VARIABLES)));
        if (plan.keeps(Feature.SCHEDULED_START)) {
            c.schedule().startAt().ifPresent(s -> b.scheduleAt(s.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        }
        if (plan.keeps(Feature.CONCURRENCY)) {
            c.maxConcurrentCalls().ifPresent(b::concurrentCalls);
        }
        if (plan.keeps(Feature.RETRIES)) {
            c.retryPolicy().ifPresent(r -> b.retryAttempts(r.retries()));
        }
        if (plan.keeps(Feature.CAMPAIGN_VARIABLES)) {
            b.context(c.variables());
        }
        if (plan.keeps(Feature.WEBHOOK)) {
            c.webhook().ifPresent(w -> b.webhook(w.url(), w.secret().map(Secret::reveal).orElse(null),
                    w.notifyOnEveryCall()));
        }
        return b.build();
    }

    /**
     * MrAssistant's status in neutral terms. MrAssistant does not document its statuses;
     * these are the common spellings, anything else is {@link CampaignStatus#UNKNOWN}.
     */
    public static CampaignStatus status(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "draft" -> CampaignStatus.DRAFT;
            case "pending", "queued", "created" -> CampaignStatus.PENDING;
            case "scheduled" -> CampaignStatus.SCHEDULED;
            case "running", "in_progress", "active", "started" -> CampaignStatus.RUNNING;
            case "paused" -> CampaignStatus.PAUSED;
            case "completed", "done", "finished" -> CampaignStatus.COMPLETED;
            case "cancelled", "canceled", "stopped" -> CampaignStatus.CANCELLED;
            case "failed", "error" -> CampaignStatus.FAILED;
            default -> CampaignStatus.UNKNOWN;
        };
    }

    /** The neutral result of a create. */
    public static CreatedCampaign toCreated(MrAssistantCampaign campaign, JsonNode raw, CampaignPlan plan, long sent) {
        String rawStatus = campaign.status().orElse("");
        return CreatedCampaign.builder()
                .id(campaign.campaignId())
                .provider(MrAssistantDescriptor.PROVIDER)
                .status(status(rawStatus), rawStatus)
                .name(campaign.name().orElse(plan.campaign().name()))
                .scheduledAt(WireValues.dateTime(campaign.scheduledAt()))
                .targetCount(campaign.totalTargets().orElse(sent))
                .warnings(plan.warnings())
                .raw(raw)
                .build();
    }

    /**
     * The audience's targets as an unmodifiable list: the one it holds, or, for a lazy source
     * (at most 1000 targets, as validation counted), the source read once more.
     */
    private static List<Target> targetList(Audience audience) {
        return audience.targetList().orElseGet(() -> {
            List<Target> read = new ArrayList<>();
            audience.targets().forEach(read::add);
            return Collections.unmodifiableList(read);
        });
    }

    /**
     * A create body's targets, each mapped from its neutral target when it is read. A body is
     * written once, so each of up to 1000 targets is mapped once, while it is written, and
     * no list of 1000 wire records is built and copied before that (which was about a sixth
     * of the time to map and write a 1000-target body). Immutable, as its source list is.
     */
    static final class MappedTargets extends AbstractList<MrAssistantTarget> implements RandomAccess {
        private final List<Target> targets;
        private final Optional<String> campaignNumber;
        private final boolean ownCaller;
        private final boolean variables;

        /** {@code targets}: an unmodifiable list, kept as it is. */
        MappedTargets(List<Target> targets, Optional<String> campaignNumber, boolean ownCaller, boolean variables) {
            this.targets = targets;
            this.campaignNumber = campaignNumber;
            this.ownCaller = ownCaller;
            this.variables = variables;
        }

        @Override
        public MrAssistantTarget get(int index) {
            Target t = targets.get(index);
            Optional<String> number = campaignNumber;
            if (ownCaller) {
                Optional<CallerId> own = t.callerId();
                if (own.isPresent() && own.get().number().isPresent()) {
                    number = own.get().number();
                }
            }
            return new MrAssistantTarget(t.phone(), number, variables ? t.variables() : Map.of());
        }

        @Override
        public int size() {
            return targets.size();
        }
    }

    /** A batch's name: the campaign's with its number, {@code "<name> (i/n)"}. */
    static String batchName(String name, int i, int n) {
        return name + " (" + i + "/" + n + ")";
    }

    /** The batches' names must fit MrAssistant's limit with the longest suffix. */
    static void validateBatchName(String name, int batches, Violations v) {
        String longest = batchName(name, batches, batches);
        if (longest.codePointCount(0, longest.length()) > MAX_NAME_LENGTH) {
            v.add("name", "must leave room for the batch suffix: '" + Violations.printable(longest) + "' is longer than "
                    + MAX_NAME_LENGTH + " characters");
        }
    }
}
