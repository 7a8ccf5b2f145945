package dev.unidial;

/**
 * A webhook request that failed verification: no check applies to its provider, its URL token
 * is missing or wrong, or its signature does not match. It may not come from the vendor at
 * all: answer 401 and say no more.
 */
public class WebhookVerificationException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message which check failed; never the token or the secret
     */
    public WebhookVerificationException(String message) {
        super(message);
    }
}
