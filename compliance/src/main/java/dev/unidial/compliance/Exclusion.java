package dev.unidial.compliance;

import dev.unidial.Target;
import java.util.Objects;

/**
 * A target the gate left out, and why.
 *
 * @param index the target's position in the audience, from 0
 * @param target the target as it was given
 * @param reason why it was left out
 * @param detail a sentence for people (such as the zones that share no hour)
 */
public record Exclusion(long index, Target target, ExclusionReason reason, String detail) {
    /**
     * Refuses nulls.
     *
     * @param index the target's position in the audience, from 0
     * @param target the target as it was given
     * @param reason why it was left out
     * @param detail a sentence for people
     */
    public Exclusion {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
