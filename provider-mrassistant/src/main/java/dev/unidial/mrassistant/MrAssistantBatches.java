package dev.unidial.mrassistant;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.UnidialException;
import dev.unidial.internal.CampaignRules;
import dev.unidial.internal.Violations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A campaign of any size as consecutive MrAssistant campaigns of at most
 * {@value MrAssistantCampaignMapper#MAX_TARGETS} targets, each created through the client
 * (so each goes through every check and, with an idempotency key, the journal).
 */
final class MrAssistantBatches {
    private final Function<Campaign, CreatedCampaign> create;

    MrAssistantBatches(Function<Campaign, CreatedCampaign> create) {
        this.create = create;
    }

    List<CreatedCampaign> create(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        CampaignRules.Report report = CampaignRules.inspect(campaign);
        new Violations().addAll(report.violations()).throwIfAny();
        int max = MrAssistantCampaignMapper.MAX_TARGETS;
        if (report.targetCount() <= max) {
            return List.of(create.apply(campaign));
        }
        int batches = (int) ((report.targetCount() + max - 1) / max);
        Violations names = new Violations();
        MrAssistantCampaignMapper.validateBatchName(campaign.name(), batches, names);
        names.throwIfAny();
        List<CreatedCampaign> created = new ArrayList<>();
        List<Target> chunk = new ArrayList<>(max);
        int index = 0;
        Iterator<Target> source = campaign.audience().map(Audience::targets).orElse(List.of()).iterator();
        while (true) {
            Target t;
            try {
                if (!source.hasNext()) {
                    break;
                }
                t = source.next();
            } catch (RuntimeException e) {
                // The audience's own source failed: what was created stays known, with its cause.
                throw new MrAssistantBatchException(created, index, batches, e);
            }
            chunk.add(t);
            if (chunk.size() == max) {
                created.add(batch(campaign, chunk, index++, batches, created));
                chunk = new ArrayList<>(max);
            }
        }
        if (!chunk.isEmpty()) {
            created.add(batch(campaign, chunk, index, batches, created));
        }
        return List.copyOf(created);
    }

    private CreatedCampaign batch(Campaign campaign, List<Target> chunk, int index, int batches,
            List<CreatedCampaign> created) {
        Campaign.Builder b = campaign.toBuilder().name(MrAssistantCampaignMapper.batchName(campaign.name(), index + 1, batches))
                .audience(Audience.targets(chunk));
        // Each batch is its own create: it gets its own key, the campaign's with the batch's number.
        campaign.idempotencyKey().ifPresent(k -> b.idempotencyKey(k + "/" + (index + 1)));
        try {
            return create.apply(b.build());
        } catch (UnidialException e) {
            throw new MrAssistantBatchException(created, index, batches, e);
        }
    }
}
