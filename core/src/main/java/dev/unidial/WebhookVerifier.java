package dev.unidial;

import java.util.Map;

/**
 * Decides whether a webhook request really comes from the vendor, from its raw body and
 * headers (such as a signature over the body). Plugged into a {@link CallEvents.Reader} per
 * provider.
 */
@FunctionalInterface
public interface WebhookVerifier {
    /**
     * Checks one request.
     *
     * @param rawBody the body exactly as received
     * @param headers the headers, names in lower case
     * @return whether the request is genuine
     */
    boolean verify(byte[] rawBody, Map<String, String> headers);
}
