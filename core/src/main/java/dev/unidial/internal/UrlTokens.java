package dev.unidial.internal;

import dev.unidial.CallEvents;
import dev.unidial.Secret;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared-secret token of a webhook URL ({@value CallEvents#TOKEN_PARAMETER}): added before
 * any {@code #fragment}, found again in a URL, and left out of every text the SDK writes.
 */
public final class UrlTokens {
    /** What a token's value is replaced by in text. */
    public static final String REDACTED = "[redacted]";

    private static final String PREFIX = CallEvents.TOKEN_PARAMETER + "=";

    private UrlTokens() {}

    /**
     * {@return the URL with the token as the last query parameter, before any fragment}
     *
     * @param url a webhook URL
     * @param token the shared secret
     */
    public static String add(String url, Secret token) {
        Objects.requireNonNull(url, "webhookUrl");
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String value = URLEncoder.encode(token.reveal(), StandardCharsets.UTF_8);
        return beforeFragment + (beforeFragment.indexOf('?') < 0 ? "?" : "&") + PREFIX + value + fragment;
    }

    /**
     * {@return the token a URL carries, decoded; empty when it carries none}
     *
     * @param url a webhook URL
     */
    public static Optional<Secret> find(String url) {
        int[] at = valueRange(url);
        if (at == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Secret.of(URLDecoder.decode(url.substring(at[0], at[1]), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.of(Secret.of(url.substring(at[0], at[1])));
        }
    }

    /**
     * {@return the URL with every token's value replaced by {@value #REDACTED}} For any text the SDK writes.
     *
     * @param url any URL
     */
    public static String redact(String url) {
        int query = url.indexOf('?');
        if (query < 0 || !url.contains(PREFIX)) {
            return url;
        }
        int hash = url.indexOf('#', query);
        int end = hash < 0 ? url.length() : hash;
        StringBuilder out = new StringBuilder(url.length()).append(url, 0, query + 1);
        String[] params = url.substring(query + 1, end).split("&", -1);
        for (int i = 0; i < params.length; i++) {
            out.append(i == 0 ? "" : "&").append(params[i].startsWith(PREFIX) ? PREFIX + REDACTED : params[i]);
        }
        return out.append(url, end, url.length()).toString();
    }

    /** Where the token's value is in the URL's query, or null. */
    private static int[] valueRange(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        int hash = url.indexOf('#', query);
        int end = hash < 0 ? url.length() : hash;
        int from = query + 1;
        while (from < end) {
            int amp = url.indexOf('&', from);
            int paramEnd = amp < 0 || amp > end ? end : amp;
            if (url.startsWith(PREFIX, from)) {
                return new int[] {from + PREFIX.length(), paramEnd};
            }
            from = paramEnd + 1;
        }
        return null;
    }
}
