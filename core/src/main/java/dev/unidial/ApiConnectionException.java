package dev.unidial;

/**
 * No usable answer arrived: the connection was refused or reset, the host was not found,
 * or the vendor did not answer in time. {@link #timedOut()} tells a timeout from the rest;
 * {@link #requestSent()} tells whether the vendor may have received the request (and so
 * may have acted on it).
 */
public class ApiConnectionException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** Whether the failure was a timeout. */
    private final boolean timedOut;
    /** Whether any of the request reached the vendor. */
    private final boolean requestSent;

    /**
     * @param message what happened, without credentials
     * @param cause the I/O failure
     * @param timedOut whether a timeout ended the exchange
     * @param requestSent whether the request may have reached the vendor
     */
    public ApiConnectionException(String message, Throwable cause, boolean timedOut, boolean requestSent) {
        super(message, cause);
        this.timedOut = timedOut;
        this.requestSent = requestSent;
    }

    /** {@return whether a timeout ended the exchange} */
    public boolean timedOut() {
        return timedOut;
    }

    /** {@return whether the request may have reached the vendor; false means it certainly did not} */
    public boolean requestSent() {
        return requestSent;
    }

    /** The same as {@link #requestSent()}. */
    @Override
    public boolean vendorMayHaveActed() {
        return requestSent;
    }
}
