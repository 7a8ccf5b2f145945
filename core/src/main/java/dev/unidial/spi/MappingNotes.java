package dev.unidial.spi;

import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a provider's mapping says about a planned campaign beyond its rules: warnings that go
 * into the preview and the created campaign, and, under {@link MappingPolicy#LENIENT}, a
 * feature it must leave out although the vendor supports it in general (CallKaro's window
 * that would cross midnight in the account's zone). A dropped feature is then dropped like
 * one the vendor lacks: {@link CampaignPlan#keeps} is false for it, and it is listed in
 * {@link CampaignPlan#dropped()}. Filled by {@link AbstractCampaignClient#vendorNotes}.
 */
public final class MappingNotes {
    private final MappingPolicy policy;
    private final Set<Feature> dropped = EnumSet.noneOf(Feature.class);
    private final List<String> warnings = new ArrayList<>();

    MappingNotes(MappingPolicy policy) {
        this.policy = policy;
    }

    /**
     * Adds a warning.
     *
     * @param warning a sentence for {@code CreatedCampaign.warnings()}
     * @return these notes
     */
    public MappingNotes warn(String warning) {
        warnings.add(Objects.requireNonNull(warning, "warning"));
        return this;
    }

    /**
     * Leaves a feature out, with a warning that says why.
     *
     * @param feature the feature not sent
     * @param warning a sentence for {@code CreatedCampaign.warnings()}
     * @return these notes
     * @throws IllegalStateException under STRICT: the provider's rules must refuse such a campaign instead
     */
    public MappingNotes drop(Feature feature, String warning) {
        if (policy == MappingPolicy.STRICT) {
            throw new IllegalStateException("under STRICT a provider refuses in vendorRules instead of dropping " + feature);
        }
        dropped.add(Objects.requireNonNull(feature, "feature"));
        return warn(warning);
    }

    Set<Feature> dropped() {
        return dropped;
    }

    List<String> warnings() {
        return warnings;
    }

    boolean isEmpty() {
        return dropped.isEmpty() && warnings.isEmpty();
    }
}
