package dev.unidial;

/**
 * A webhook request that is not the vendor's call event: a body that does not parse, lacks
 * the called number, comes from a vendor that sends no call events, or fails verification
 * (a wrong URL token or signature). Answer such a request with a 4xx and do not act on it.
 */
public class WebhookException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong with the request; never the body's secrets
     */
    public WebhookException(String message) {
        super(message);
    }

    @Override
    public boolean vendorMayHaveActed() {
        return false;
    }
}
