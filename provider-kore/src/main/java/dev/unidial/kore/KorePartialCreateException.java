package dev.unidial.kore;

import dev.unidial.UnidialException;
import dev.unidial.internal.Violations;

/**
 * A create from inline targets failed after its first step: Kore.ai now holds the contact list
 * the SDK made for the targets ({@link #contactList()}), with {@link #contactsAdded()} of
 * them acknowledged, but the campaign was not created (or may not have been: see
 * {@link #vendorMayHaveActed()}). The cause is the failure of the step that failed. Create the
 * campaign on that list with {@code Audience.contactLists(...)} once the rest of its contacts
 * are in, or remove the list in Kore.ai.
 */
public final class KorePartialCreateException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The name of the list that exists at Kore.ai. */
    private final String contactList;
    /** How many contacts Kore.ai acknowledged. */
    private final long contactsAdded;
    /** Whether the campaign's create was the step that failed. */
    private final boolean campaignSent;

    KorePartialCreateException(String contactList, long contactsAdded, long contacts, boolean campaignSent,
            RuntimeException cause) {
        super("Kore.ai now holds the contact list '" + Violations.printable(contactList) + "' with " + contactsAdded
                + " of " + contacts + " contacts added, but " + (campaignSent ? "creating the campaign on it failed"
                        : "adding the contacts failed, and the campaign was not sent")
                + ": " + cause.getMessage(), cause);
        this.contactList = contactList;
        this.contactsAdded = contactsAdded;
        this.campaignSent = campaignSent;
    }

    /** {@return the name of the contact list that exists at Kore.ai (Kore.ai names lists, it gives them no id)} */
    public String contactList() {
        return contactList;
    }

    /** {@return how many contacts Kore.ai acknowledged on the list} */
    public long contactsAdded() {
        return contactsAdded;
    }

    /** {@return whether the campaign's own create was the step that failed (true), or adding contacts (false)} */
    public boolean campaignSent() {
        return campaignSent;
    }

    /** {@return whether Kore.ai may have acted on the step that failed; the list itself exists either way} */
    @Override
    public boolean vendorMayHaveActed() {
        return getCause() instanceof UnidialException u ? u.vendorMayHaveActed() : true;
    }
}
