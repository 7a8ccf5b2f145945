package dev.unidial;

import java.util.Optional;

/**
 * {@link CampaignClient#awaitStatus} ran out of time before the campaign reached a wanted
 * status. {@link #lastSnapshot()} is the last state read, if any read succeeded.
 */
public class CampaignTimeoutException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The last state read, or null. */
    private final transient CampaignSnapshot lastSnapshot;

    /**
     * An exception with a message and the last state read.
     *
     * @param message what was awaited and for how long
     * @param lastSnapshot the last state read, when any
     */
    public CampaignTimeoutException(String message, Optional<CampaignSnapshot> lastSnapshot) {
        super(message);
        this.lastSnapshot = lastSnapshot.orElse(null);
    }

    /** {@return the last state read before the time ran out, when any read succeeded} */
    public Optional<CampaignSnapshot> lastSnapshot() {
        return Optional.ofNullable(lastSnapshot);
    }
}
