package dev.unidial.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request's headers seen with their names in lower case, without copying them: a webhook
 * reads one or two headers of the ten or more a request carries, and lower-casing and
 * copying them all cost more than the lookups. Names compare as HTTP's do, ASCII letters
 * without regard to case (a name is a token of ASCII characters). When two names differ
 * only in case, the one in lower case wins, or else the first. Unmodifiable; iterating
 * builds the lower-cased copy once.
 */
public final class LowerCaseHeaders extends AbstractMap<String, String> {
    private final Map<String, String> headers;
    /** Built on first use; a race builds it twice, harmlessly. */
    private volatile Set<Entry<String, String>> entries;

    private LowerCaseHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    /**
     * {@return the headers as a map whose names are in lower case}
     *
     * @param headers the headers as received, names in any case
     */
    public static Map<String, String> of(Map<String, String> headers) {
        return headers instanceof LowerCaseHeaders ? headers : new LowerCaseHeaders(headers);
    }

    @Override
    public String get(Object name) {
        if (!(name instanceof String wanted) || !isLowerCase(wanted)) {
            return null;
        }
        String exact = headers.get(wanted);
        if (exact != null) {
            return exact;
        }
        for (Entry<String, String> e : headers.entrySet()) {
            if (sameName(wanted, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Set<Entry<String, String>> e = entries;
        if (e == null) {
            Map<String, String> lower = new LinkedHashMap<>();
            headers.forEach((k, v) -> {
                if (k != null && v != null) {
                    String name = k.toLowerCase(Locale.ROOT);
                    if (name.equals(k)) {
                        lower.put(name, v);
                    } else {
                        lower.putIfAbsent(name, v);
                    }
                }
            });
            e = Collections.unmodifiableMap(lower).entrySet();
            entries = e;
        }
        return e;
    }

    /**
     * Whether a name equals one in lower case, ASCII letters without regard to case: a loop
     * that needs no case tables, where {@code equalsIgnoreCase} costs more than the lookup.
     */
    private static boolean sameName(String lower, String name) {
        if (name == null || name.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = name.charAt(i);
            if (c != lower.charAt(i) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != lower.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
