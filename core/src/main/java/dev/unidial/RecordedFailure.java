package dev.unidial;

/**
 * A target's failure as a {@link CampaignJournal} recorded it: the original exception's
 * simple class name and its message (secrets were removed before it was recorded). Outcomes
 * rebuilt from a journal carry it, so that an outcome read back after a restart says what
 * went wrong and whether the vendor may have acted.
 */
public final class RecordedFailure extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The original exception's simple class name. */
    private final String type;
    /** Whether the vendor may have acted on the request. */
    private final boolean mayHaveActed;

    /**
     * @param type the original exception's simple class name
     * @param message its message, without secrets
     * @param mayHaveActed whether the vendor may have acted on the request
     */
    public RecordedFailure(String type, String message, boolean mayHaveActed) {
        super(message);
        this.type = type;
        this.mayHaveActed = mayHaveActed;
    }

    /** {@return the original exception's simple class name, such as {@code InvalidRequestException}} */
    public String type() {
        return type;
    }

    @Override
    public boolean vendorMayHaveActed() {
        return mayHaveActed;
    }
}
