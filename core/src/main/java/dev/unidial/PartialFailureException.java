package dev.unidial;

/**
 * A create that takes several requests got part of the way: the campaign exists at the
 * vendor, but some of its targets failed. {@link #campaign()} holds the created campaign
 * and every target's outcome, so the failed ones can be sent again and nothing is lost.
 */
public class PartialFailureException extends UnidialException {
    private static final long serialVersionUID = 1L;

    private final transient CreatedCampaign campaign;

    /** @param campaign the created campaign with every target's outcome */
    public PartialFailureException(CreatedCampaign campaign) {
        super(campaign.failedTargets().size() + " of " + campaign.targetOutcomes().size()
                + " calls could not be added to " + campaign.provider() + " campaign " + campaign.id()
                + "; campaign() holds every target's outcome, and the failed ones can be resent. First error: "
                + campaign.failedTargets().stream().findFirst().flatMap(TargetOutcome::error)
                        .map(Throwable::getMessage).orElse("none"));
        this.campaign = campaign;
    }

    /** The created campaign, with every target's outcome. */
    public CreatedCampaign campaign() {
        return campaign;
    }
}
