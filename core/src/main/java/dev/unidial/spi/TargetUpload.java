package dev.unidial.spi;

import dev.unidial.Target;
import dev.unidial.UnidialException;
import dev.unidial.http.AbortedUpload;
import dev.unidial.internal.TargetCheck;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One upload that checks a lazy audience's targets as it writes them: the body's writer calls
 * {@link #start} when it begins (a retried request writes its body again), {@link #check}
 * for each target it reads and {@link #finish} after the last one, before it ends the body. A failed check throws {@link AbortedUpload} from {@code finish}, which leaves
 * the body unfinished (the vendor cannot act on it) and reaches the caller as the usual
 * {@link dev.unidial.CampaignValidationException} or
 * {@link dev.unidial.UnsupportedFeatureException}. Made by
 * {@link AbstractCampaignClient#startUpload}; one per request, not thread-safe.
 */
public final class TargetUpload {
    private final CampaignPlan plan;
    private final Supplier<TargetCheck> newCheck;
    private TargetCheck check;
    private final BiFunction<CampaignPlan, TargetCheck, CampaignPlan> complete;
    private volatile CampaignPlan completed;

    TargetUpload(CampaignPlan plan, Supplier<TargetCheck> newCheck,
            BiFunction<CampaignPlan, TargetCheck, CampaignPlan> complete) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.newCheck = newCheck;
        this.complete = complete;
    }

    /** Starts a fresh check: called each time the body is written from its beginning. */
    public void start() {
        check = newCheck.get();
        completed = null;
    }

    /**
     * Checks the next target before it is written.
     *
     * @param target the target read from the audience
     */
    public void check(Target target) {
        if (check == null) {
            throw new IllegalStateException("start() the upload before checking targets");
        }
        check.check(target);
    }

    /**
     * Ends the check after the last target and before the body ends.
     *
     * @throws AbortedUpload if a target broke a rule, or used a feature the vendor lacks under STRICT
     */
    public void finish() throws AbortedUpload {
        if (check == null) {
            throw new IllegalStateException("start() the upload before finishing it");
        }
        try {
            completed = complete.apply(plan, check);
        } catch (UnidialException e) {
            throw new AbortedUpload(e);
        }
    }

    /**
     * {@return the plan completed with what the upload learnt: the target count, and the
     * features dropped under LENIENT with their warnings}
     *
     * @throws IllegalStateException if the upload did not finish
     */
    public CampaignPlan plan() {
        CampaignPlan p = completed;
        if (p == null) {
            throw new IllegalStateException("the upload did not finish its target check");
        }
        return p;
    }
}
