package dev.unidial.internal;

import dev.unidial.CampaignValidationException;
import dev.unidial.CampaignValidator;
import dev.unidial.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects rule violations so that all of them are reported at once. Used by the neutral
 * {@link CampaignValidator} and by each provider's own rules.
 *
 * <p>At most {@value #LIMIT} violations are kept (a million bad rows should not become a
 * million objects); past that one last violation says how many more there were.
 */
public final class Violations {
    /** The most violations kept. */
    public static final int LIMIT = 1000;

    /** E.164: a plus, a non-zero digit, then 1 to 14 more digits. */
    public static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");

    private final List<Violation> list = new ArrayList<>();
    private long dropped;

    /**
     * Records a violation.
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @param message the message, with secrets removed
     * @return this collector
     */
    public Violations add(String path, String message) {
        if (list.size() < LIMIT) {
            list.add(new Violation(path, message));
        } else {
            dropped++;
        }
        return this;
    }

    /**
     * Adds all of another collector's violations.
     *
     * @param violations violations found elsewhere
     * @return this collector
     */
    public Violations addAll(List<Violation> violations) {
        violations.forEach(v -> add(v.path(), v.message()));
        return this;
    }

    /**
     * Checks a required string is present and not blank.
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @param value the text, or null when absent
     * @return this collector
     */
    public Violations requireText(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "is required and must not be blank");
        }
        return this;
    }

    /**
     * Checks a string's length in characters (code points), when present.
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @param value the text, or null when absent
     * @param min the least allowed
     * @param max the most allowed
     * @return this collector
     */
    public Violations requireLength(String path, String value, int min, int max) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max) {
                add(path, "must be " + min + " to " + max + " characters long, but is " + length);
            }
        }
        return this;
    }

    /**
     * Checks a number lies in a closed range.
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @param value the value
     * @param min the least allowed
     * @param max the most allowed
     * @return this collector
     */
    public Violations requireRange(String path, long value, long min, long max) {
        if (value < min || value > max) {
            add(path, "must be between " + min + " and " + max + ", but is " + value);
        }
        return this;
    }

    /**
     * {@return whether a number is E.164, as {@link #E164} says; hand-written because it runs once per
     * target and a million-target audience should not pay for a regex a million times}
     *
     * @param s the text to check
     */
    public static boolean isE164(String s) {
        int n = s.length();
        if (n < 3 || n > 16 || s.charAt(0) != '+' || s.charAt(1) < '1' || s.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a phone number is E.164, when present.
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @param phone the number, or null when absent
     * @return this collector
     */
    public Violations requireE164(String path, String phone) {
        if (phone != null && !isE164(phone)) {
            add(path, "must be an E.164 number such as +14155550123, but is '" + printable(phone) + "'");
        }
        return this;
    }

    /**
     * Checks a URL is absolute, with a host, and http or https: where a vendor posts webhooks.
     * A token in the URL is left out of the message.
     *
     * @param path the field's path
     * @param url the URL
     * @return this collector
     */
    public Violations requireHttpUrl(String path, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                add(path, "must be an absolute http(s) URL, but is '" + printable(UrlTokens.redact(url)) + "'");
            }
        } catch (URISyntaxException e) {
            add(path, "is not a valid URL: " + e.getReason());
        }
        return this;
    }

    /**
     * Records a violation unless the duration is a whole, positive number of minutes, as
     * vendors that take minutes need.
     *
     * @param path the field's path
     * @param value the duration
     * @param vendor the vendor's name, for the message
     * @return this
     */
    public Violations requireWholeMinutes(String path, Duration value, String vendor) {
        if (!isWholeMinutes(value)) {
            add(path, "must be a whole number of minutes for " + vendor + ", but is " + value);
        }
        return this;
    }

    /**
     * Records a violation unless the duration is a whole, positive number of seconds.
     *
     * @param path the field's path
     * @param value the duration
     * @param vendor the vendor's name, for the message
     * @return this
     */
    public Violations requireWholeSeconds(String path, Duration value, String vendor) {
        if (!isWholeSeconds(value)) {
            add(path, "must be a whole number of seconds for " + vendor + ", but is " + value);
        }
        return this;
    }

    /**
     * @param value a duration
     * @return whether it is a whole number of minutes, at least one
     */
    public static boolean isWholeMinutes(Duration value) {
        return value.toSeconds() % 60 == 0 && value.getNano() == 0 && value.compareTo(Duration.ofMinutes(1)) >= 0;
    }

    /**
     * @param value a duration
     * @return whether it is a whole number of seconds, at least one
     */
    public static boolean isWholeSeconds(Duration value) {
        return value.getNano() == 0 && value.compareTo(Duration.ofSeconds(1)) >= 0;
    }

    /** {@return whether nothing was recorded} */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** {@return the violations, with a final summary when some were not kept} */
    public List<Violation> list() {
        if (dropped == 0) {
            return List.copyOf(list);
        }
        List<Violation> all = new ArrayList<>(list);
        all.add(new Violation("campaign", dropped + " more violations were found and not listed"));
        return List.copyOf(all);
    }

    /** @throws CampaignValidationException if anything was recorded */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new CampaignValidationException(list());
        }
    }

    /**
     * {@return a value as it may appear in a message or a log line: control characters (CR and
     * LF among them) escaped as {@code \\u} and four hex digits, and more than 40 characters shortened with
     * {@code …}} Use it for anything a user or a vendor wrote.
     *
     * @param s the value
     */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return s.codePointCount(0, s.length()) > 40 ? b + "…" : b.toString();
    }
}
