package dev.unidial;

/**
 * A campaign's state, the same for every vendor. A vendor value the SDK does not know maps
 * to {@link #UNKNOWN}; {@link CreatedCampaign#rawStatus()} always keeps what was sent.
 */
public enum CampaignStatus {
    /** Created but not yet set to run. */
    DRAFT,
    /** Accepted and being prepared or queued by the vendor. */
    PENDING,
    /** Waiting for its scheduled start. */
    SCHEDULED,
    /** Placing calls. */
    RUNNING,
    /** Stopped for now; it can be resumed. */
    PAUSED,
    /** Every call was placed. */
    COMPLETED,
    /** Stopped for good before it completed. */
    CANCELLED,
    /** The vendor gave up on it. */
    FAILED,
    /** A status this version of the SDK does not know; see the raw status. */
    UNKNOWN;

    /** {@return whether the campaign can no longer change: completed, cancelled or failed} */
    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
}
