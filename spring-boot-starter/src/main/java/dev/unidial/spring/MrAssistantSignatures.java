package dev.unidial.spring;

import dev.unidial.CallEvents;
import dev.unidial.Secret;
import dev.unidial.mrassistant.MrAssistantWebhookVerifier;

/**
 * MrAssistant's signature check for the webhook endpoint, in a class of its own so that the
 * endpoint loads without {@code unidial-mrassistant} on the class path.
 */
final class MrAssistantSignatures {
    /** The header the signature comes in (an assumption, as {@link MrAssistantWebhookVerifier} says). */
    static final String HEADER = "X-Webhook-Signature";

    private MrAssistantSignatures() {}

    /** Adds the check, with the campaign's webhook secret. */
    static void verify(CallEvents.Reader.Builder readers, String secret) {
        readers.verifier("mrassistant", MrAssistantWebhookVerifier.hmacSha256(Secret.of(secret), HEADER));
    }
}
