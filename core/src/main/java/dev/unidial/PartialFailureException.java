package dev.unidial;

/**
 * A create that takes several requests got part of the way: the campaign exists at the
 * vendor, but some of its targets were not queued. {@link #campaign()} holds the created
 * campaign and every target's outcome, so nothing is lost: the failed ones (never acted on)
 * can be sent again safely; the uncertain ones (whose request may have reached the vendor)
 * only after checking that they were not called.
 */
public class PartialFailureException extends UnidialException {
    private static final long serialVersionUID = 1L;

    private final transient CreatedCampaign campaign;

    /** @param campaign the created campaign with every target's outcome */
    public PartialFailureException(CreatedCampaign campaign) {
        super(message(campaign));
        this.campaign = campaign;
    }

    /**
     * The audience's own source failed while the targets were sent: the targets read before
     * it have their outcomes in {@code campaign}, the ones after were never read.
     *
     * @param campaign the created campaign with the outcome of every target read
     * @param sourceFailure what the source threw: the cause
     */
    public PartialFailureException(CreatedCampaign campaign, RuntimeException sourceFailure) {
        super("The audience's source failed after " + campaign.outcomeCounts().values().stream().mapToLong(Long::longValue).sum()
                + " targets of "
                + campaign.provider() + " campaign " + campaign.id() + " were read (" + sourceFailure.getClass().getSimpleName()
                + "): the targets after them were not read or sent. campaign() holds the campaign and the outcome of every"
                + " target read; " + (campaign.outcomeCounts().keySet().stream().allMatch(st -> st == TargetOutcome.State.QUEUED)
                        ? "all of them were queued." : message(campaign)), sourceFailure);
        this.campaign = campaign;
    }

    private static String message(CreatedCampaign campaign) {
        long failed = campaign.outcomeCounts().getOrDefault(TargetOutcome.State.FAILED, 0L);
        long uncertain = campaign.outcomeCounts().getOrDefault(TargetOutcome.State.UNCERTAIN, 0L);
        long all = campaign.outcomeCounts().values().stream().mapToLong(Long::longValue).sum();
        return (failed + uncertain) + " of " + all + " calls were not queued in "
                + campaign.provider() + " campaign " + campaign.id() + ": " + failed + " failed (never reached the vendor"
                + " or refused by it, safe to send again) and " + uncertain + " uncertain (the request may have reached"
                + " the vendor, so the person may still be called). campaign() holds every target's outcome. First error: "
                + campaign.targetOutcomes().stream().filter(o -> !o.isQueued()).findFirst().flatMap(TargetOutcome::error)
                        .map(Throwable::getMessage).orElse("none");
    }

    /** {@return the created campaign, with every target's outcome} */
    public CreatedCampaign campaign() {
        return campaign;
    }
}
