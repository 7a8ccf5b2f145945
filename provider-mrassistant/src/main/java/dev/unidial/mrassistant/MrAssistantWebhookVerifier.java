package dev.unidial.mrassistant;

import dev.unidial.Secret;
import dev.unidial.WebhookVerifier;
import dev.unidial.internal.LowerCaseHeaders;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook body came from MrAssistant.
 *
 * <p><b>MrAssistant documents a {@code webhook_secret} "for signature verification" but not
 * the signature's header, algorithm or encoding.</b> This interface is therefore pluggable:
 * implement it once MrAssistant tells you the scheme. {@link #hmacSha256} is offered as the
 * most common scheme (HMAC-SHA256 of the raw body, hex or base64, optionally prefixed
 * {@code sha256=}); it is an assumption, not a documented fact, so confirm it with
 * MrAssistant before you rely on it.
 */
@FunctionalInterface
public interface MrAssistantWebhookVerifier extends WebhookVerifier {

    /**
     * {@return whether the body is authentic}
     *
     * @param rawBody the request body exactly as received
     * @param headers the request headers (names compared case-insensitively by implementations)
     */
    boolean verify(byte[] rawBody, Map<String, String> headers);

    /**
     * HMAC-SHA256 of the raw body with the webhook secret, read from {@code signatureHeader}
     * as hex or base64, with or without a {@code sha256=} prefix; compared in constant time.
     * An assumed scheme: see the interface documentation.
     *
     * @param secret the secret
     * @param signatureHeader the header carrying the hex signature
     * @return the verifier
     */
    static MrAssistantWebhookVerifier hmacSha256(Secret secret, String signatureHeader) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(signatureHeader, "signatureHeader");
        SecretKeySpec key = new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        String lowerName = signatureHeader.toLowerCase(Locale.ROOT);
        // A Mac per thread, keyed once: looking the algorithm up and keying it for each event cost
        // more than reading the event.
        ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> mac(key));
        return (body, headers) -> {
            // A reader hands the headers over as this view already; a direct caller may not.
            String sent = LowerCaseHeaders.of(headers).get(lowerName);
            if (sent == null) {
                return false;
            }
            String value = sent.trim();
            if (value.isEmpty()) {
                return false;
            }
            int start = value.regionMatches(true, 0, "sha256=", 0, 7) ? 7 : 0;
            byte[] expected = macs.get().doFinal(body);
            Optional<Boolean> asHex = hexEquals(expected, value, start);
            if (asHex.isPresent()) {
                return asHex.get();
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(value.substring(start));
            } catch (IllegalArgumentException notEncoded) {
                return false;
            }
            return MessageDigest.isEqual(expected, given);
        };
    }

    /**
     * Compares a digest with the hex digits from {@code start} on, in a time that does not
     * depend on how much of them is right, without decoding them into a new array; a loop
     * rather than a regular expression, which cost a fifth of reading an event.
     *
     * @return empty when the text is not as many hex digits as the digest needs
     */
    private static Optional<Boolean> hexEquals(byte[] expected, String hex, int start) {
        if (hex.length() - start != expected.length * 2) {
            return Optional.empty();
        }
        int difference = 0;
        for (int i = 0; i < expected.length; i++) {
            char high = hex.charAt(start + 2 * i);
            char low = hex.charAt(start + 2 * i + 1);
            if (!HexFormat.isHexDigit(high) || !HexFormat.isHexDigit(low)) {
                return Optional.empty();
            }
            difference |= (expected[i] & 0xFF) ^ (HexFormat.fromHexDigit(high) << 4 | HexFormat.fromHexDigit(low));
        }
        return Optional.of(difference == 0);
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
