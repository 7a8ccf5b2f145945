package dev.unidial;

import dev.unidial.internal.UrlTokens;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the vendor reports campaign progress: a URL, an optional signing secret and
 * whether every completed call is reported (not just the campaign's progress).
 * The secret never shows in {@link #toString()}, nor does the URL's token
 * ({@link CallEvents#withUrlToken}).
 */
public final class Webhook {
    private final String url;
    private final Secret secret;
    private final boolean notifyOnEveryCall;

    private Webhook(String url, Secret secret, boolean notifyOnEveryCall) {
        this.url = Objects.requireNonNull(url, "url");
        this.secret = secret;
        this.notifyOnEveryCall = notifyOnEveryCall;
    }

    /**
     * {@return a webhook without a signing secret that reports campaign progress only}
     *
     * @param url the URL
     */
    public static Webhook of(String url) {
        return new Webhook(url, null, false);
    }

    /**
     * {@return a webhook with a signing secret}
     *
     * @param url the URL
     * @param secret the secret
     * @param notifyOnEveryCall whether every completed call is reported, not just the campaign
     */
    public static Webhook of(String url, Secret secret, boolean notifyOnEveryCall) {
        return new Webhook(url, Objects.requireNonNull(secret, "secret"), notifyOnEveryCall);
    }

    /** {@return the URL the vendor posts to} Checked at validation: absolute, https. */
    public String url() {
        return url;
    }

    /** {@return the signing secret, when set} */
    public Optional<Secret> secret() {
        return Optional.ofNullable(secret);
    }

    /** {@return whether every completed call is reported} */
    public boolean notifyOnEveryCall() {
        return notifyOnEveryCall;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Webhook other
                && url.equals(other.url)
                && Objects.equals(secret, other.secret)
                && notifyOnEveryCall == other.notifyOnEveryCall;
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, notifyOnEveryCall);
    }

    @Override
    public String toString() {
        return "Webhook[url=" + UrlTokens.redact(url) + ", secret=" + (secret == null ? "none" : secret) + ", notifyOnEveryCall="
                + notifyOnEveryCall + "]";
    }
}
