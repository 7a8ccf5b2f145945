package dev.unidial.callkaro;

/**
 * What {@link CallKaroApi#resendFailed(dev.unidial.CreatedCampaign, dev.unidial.Campaign, UncertainCalls)} (and a resumed keyed create, see {@code CallKaroClient.Builder#uncertainCalls})
 * does with calls whose request may have reached CallKaro
 * ({@link dev.unidial.TargetOutcome.State#UNCERTAIN}).
 */
public enum UncertainCalls {
    /** Leave them as they are: the safe choice, since the person may already be called. */
    LEAVE,
    /** Send them again: only once you know they were not called, or a person may be called twice. */
    RESEND
}
