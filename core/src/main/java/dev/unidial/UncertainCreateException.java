package dev.unidial;

import dev.unidial.internal.Violations;

/**
 * A create with an idempotency key whose request was sent with no answer recorded (the
 * process stopped, or the failure was ambiguous): the vendor may have created the campaign.
 * Nothing was sent this time. Look at the vendor, then call
 * {@link CampaignJournal#settle(String, String)} with the campaign's id if it exists, or
 * {@link CampaignJournal#forget(String)} if it does not; the next create under the key then
 * returns the settled campaign, or creates it.
 */
public final class UncertainCreateException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The key whose create is uncertain. */
    private final String idempotencyKey;

    /**
     * @param idempotencyKey the key
     * @param what what was sent with no answer recorded
     */
    public UncertainCreateException(String idempotencyKey, String what) {
        super("The create under idempotency key '" + Violations.printable(idempotencyKey) + "' is uncertain: " + what
                + " was sent and no answer was recorded, so the vendor may have acted on it. Nothing was sent now."
                + " Look at the vendor, then call journal.settle(key, campaignId) if the campaign exists, or"
                + " journal.forget(key) if it does not.");
        this.idempotencyKey = idempotencyKey;
    }

    /** {@return the key whose create is uncertain} */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** {@return true: the vendor may have created the campaign} */
    @Override
    public boolean vendorMayHaveActed() {
        return true;
    }
}
