package dev.unidial.spi;

import dev.unidial.Campaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign that passed validation and the capability check, ready to map: it says which
 * features are sent ({@link #keeps}) and what was dropped under the lenient policy.
 * Mappers consult {@link #keeps} so that a dropped feature never reaches the wire.
 */
public final class CampaignPlan {
    private final Campaign campaign;
    private final Set<Feature> dropped;
    private final List<String> warnings;
    private final long targetCount;
    private final MappingPolicy policy;
    private final Instant plannedAt;
    private final boolean targetsChecked;

    CampaignPlan(Campaign campaign, Set<Feature> dropped, List<String> warnings, long targetCount, MappingPolicy policy,
            Instant plannedAt, boolean targetsChecked) {
        this.targetsChecked = targetsChecked;
        this.campaign = campaign;
        this.policy = policy;
        this.plannedAt = plannedAt;
        this.dropped = Collections.unmodifiableSet(dropped.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(dropped));
        this.warnings = List.copyOf(warnings);
        this.targetCount = targetCount;
    }

    /**
     * {@return a plan that drops nothing; for mapper tests and native helpers}
     *
     * @param campaign the campaign
     */
    public static CampaignPlan of(Campaign campaign) {
        return new CampaignPlan(campaign, Set.of(), List.of(), 0, MappingPolicy.STRICT, Instant.now(), true);
    }

    /**
     * {@return the policy the plan was made under: a mapper that finds a rule it can only keep by
     * leaving something out refuses under STRICT and warns under LENIENT}
     */
    public MappingPolicy policy() {
        return policy;
    }

    /** {@return when the plan was made, by the client's clock: "today" for a schedule without a start} */
    public Instant plannedAt() {
        return plannedAt;
    }

    /** {@return the campaign as the user built it} */
    public Campaign campaign() {
        return campaign;
    }

    /**
     * {@return whether this feature goes on the wire (false only for features dropped under LENIENT)}
     *
     * @param feature the feature
     */
    public boolean keeps(Feature feature) {
        return !dropped.contains(feature);
    }

    /** {@return the features dropped under LENIENT} */
    public Set<Feature> dropped() {
        return dropped;
    }

    /** {@return one warning per dropped feature} */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * {@return whether the targets were checked before sending; false when a lazy audience is
     * left to the upload (see {@link AbstractCampaignClient#checksLazyTargetsWhileSending()}),
     * which then also learns {@link #targetCount()} and the target-level features}
     */
    public boolean targetsChecked() {
        return targetsChecked;
    }

    /** {@return the number of inline targets, counted during validation} */
    public long targetCount() {
        return targetCount;
    }
}
