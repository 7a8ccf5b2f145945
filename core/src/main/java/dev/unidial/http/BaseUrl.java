package dev.unidial.http;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * @param baseUrl the base URL
     * @return the checked base URL
     * @throws IllegalArgumentException if it is not an absolute http(s) URL, carries user
     * info, is plain http on a host that is not loopback, or has a query or fragment
     */
    public static BaseUrl of(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
        // The messages show the scheme and host alone: a path, a query or user info may hold a key.
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL such as https://api.example.com;"
                    + " the value given is not (it is not shown, since it may hold a key)");
        }
        if (!parsed.encodedUsername().isEmpty() || !parsed.encodedPassword().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not carry user info (user:password@): credentials belong "
                    + "in the client builder, where they are never printed. Given for " + origin(parsed)
                    + " (the rest is not shown)");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment; given for " + origin(parsed)
                    + " (the path and query are not shown, since they may hold a key)");
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException("baseUrl must use https; plain http is only allowed for loopback "
                    + "hosts (localhost, a literal 127.x.y.z or ::1), so that credentials never travel in clear text: "
                    + origin(parsed));
        }
        return new BaseUrl(parsed);
    }

    /** The scheme, host and port: what a message may show of a URL. */
    private static String origin(HttpUrl url) {
        return url.scheme() + "://" + url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
    }

    private static final Pattern IPV4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /**
     * Loopback means {@code localhost} or a literal loopback address: a name that merely
     * starts with {@code 127.} ({@code 127.0.0.1.nip.io}) resolves wherever its owner likes.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        Matcher m = IPV4.matcher(h);
        if (m.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(m.group(i)) > 255) {
                    return false;
                }
            }
            return m.group(1).equals("127");
        }
        String literal = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        if (literal.indexOf(':') >= 0 && literal.matches("[0-9a-f:.]+")) {
            try {
                // A literal IPv6 address: parsed without any lookup.
                return InetAddress.getByName(literal).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@return whether the base path already ends with this suffix (such as {@code /api/v1})}
     *
     * @param suffix a path suffix such as {@code /api/v1}
     */
    public boolean pathEndsWith(String suffix) {
        String path = url.encodedPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.endsWith(suffix);
    }

    /**
     * {@return the base URL joined with a documented path such as {@code /api/v1/campaigns/}: exactly
     * one slash between them, the path's trailing slash (or its absence) kept} The path may
     * carry a query.
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     */
    public String resolve(String path) {
        Objects.requireNonNull(path, "path");
        String base = url.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * {@return one path segment, percent-encoded, so that an id can never change the path it is put in}
     *
     * @param value the value
     * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}: OkHttp
     * resolves such segments (even encoded ones) and the request would go to another path
     */
    public static String segment(String value) {
        Objects.requireNonNull(value, "id");
        if (value.isEmpty() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("An id used in a URL path must not be empty, '.' or '..', but is '"
                    + value + "': such a segment would change the path. Nothing was sent.");
        }
        return encode(value);
    }

    /**
     * {@return a query parameter's value, percent-encoded}
     *
     * @param value the value
     */
    public static String queryValue(String value) {
        return encode(Objects.requireNonNull(value, "query value"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The base URL without a trailing slash. */
    @Override
    public String toString() {
        return resolve("").replaceAll("/$", "");
    }
}
