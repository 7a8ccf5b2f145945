package dev.unidial.http;

import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A vendor's base URL, checked once: absolute, https (http only for loopback hosts, so
 * keys never travel in clear text), no query. Paths are joined so that the vendor's
 * documented path is kept exactly, trailing slash included, whether or not the base URL
 * ends in a slash.
 */
public final class BaseUrl {
    private final HttpUrl url;

    private BaseUrl(HttpUrl url) {
        this.url = url;
    }

    /**
     * Parses and checks a base URL.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL, is plain http on a
     *     host that is not loopback, or has a query or fragment
     */
    public static BaseUrl of(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, but is '" + baseUrl + "'");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException("baseUrl must use https; plain http is only allowed for loopback "
                    + "hosts (localhost, 127.0.0.0/8, ::1), so that credentials never travel in clear text: " + baseUrl);
        }
        return new BaseUrl(parsed);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /** Whether the base path already ends with this suffix (such as {@code /api/v1}). */
    public boolean pathEndsWith(String suffix) {
        String path = url.encodedPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.endsWith(suffix);
    }

    /**
     * The base URL joined with a documented path such as {@code /api/v1/campaigns/}: exactly
     * one slash between them, the path's trailing slash (or its absence) kept. The path may
     * carry a query.
     */
    public String resolve(String path) {
        Objects.requireNonNull(path, "path");
        String base = url.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** One path segment, percent-encoded, so that an id can never change the path it is put in. */
    public static String segment(String value) {
        Objects.requireNonNull(value, "path segment");
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The base URL without a trailing slash. */
    @Override
    public String toString() {
        return resolve("").replaceAll("/$", "");
    }
}
