package dev.unidial.kore;

import dev.unidial.Secret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 JSON Web Tokens (RFC 7519, signed as in RFC 7515), with the JDK's HMAC only.
 * Kore.ai's public APIs take a token the app signs itself: payload
 * {@code {"sub": …, "appId": <client id>}} signed with the client secret.
 */
public final class KoreJwt {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private KoreJwt() {}

    /**
     * Signs a JSON payload with the standard HS256 header.
     *
     * @param payloadJson the claims, as JSON
     * @param key the app's client secret
     * @return the signed token
     */
    public static String sign(String payloadJson, Secret key) {
        return sign(HEADER, payloadJson, key.reveal().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs exactly these header and payload bytes: {@code base64url(header) "."
     * base64url(payload) "." base64url(HMAC-SHA256)}.
     *
     * @param headerJson the JWT header, as JSON
     * @param payloadJson the claims, as JSON
     * @param key the signing key
     * @return the signed token
     */
    public static String sign(String headerJson, String payloadJson, byte[] key) {
        String signingInput = B64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
