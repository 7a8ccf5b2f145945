package dev.unidial.internal;

import dev.unidial.Feature;
import dev.unidial.Target;
import dev.unidial.Violation;
import java.util.List;
import java.util.Set;

/**
 * The neutral checks of inline targets, one target at a time, for a provider that reads a
 * lazy audience once while it uploads it instead of once to validate and once to send (see
 * {@code AbstractCampaignClient.checksLazyTargetsWhileSending()}). Made by
 * {@link CampaignRules#targetCheck()}; the same checks as
 * {@link dev.unidial.CampaignValidator#validate}, with the same field paths. Not thread-safe:
 * one per upload.
 */
public interface TargetCheck {
    /**
     * Checks the next target of the audience.
     *
     * @param target the target, or null (a violation)
     */
    void check(Target target);

    /** {@return how many targets were checked} */
    long count();

    /** {@return the target-level features the checked targets use, such as {@link Feature#TARGET_VARIABLES}} */
    Set<Feature> features();

    /**
     * Ends the check: an empty audience and duplicate numbers are reported here. When a
     * duplicate may exist, the audience is read once more to find where.
     *
     * @param audience the targets that were checked, to read again if needed
     * @return every violation found, in audience order
     */
    List<Violation> finish(Iterable<Target> audience);
}
