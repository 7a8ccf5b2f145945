package dev.unidial.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java platform has: for keys, fingerprints and file names. Not API. */
public final class Sha256 {
    private Sha256() {}

    /** {@return a new SHA-256 digest, to feed in parts} */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * {@return the SHA-256 of a text's UTF-8 bytes}
     *
     * @param text the text
     */
    public static byte[] of(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
