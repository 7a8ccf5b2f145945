package dev.unidial.tck;

import dev.unidial.ApiException;
import dev.unidial.PartialFailureException;
import dev.unidial.TargetOutcome;
import dev.unidial.UnexpectedResponseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for a secret in a text the way an attacker reading logs would: as is, and behind
 * every encoding a server could have echoed it in (JSON and HTML escapes, percent-encoding,
 * hex, Base64 of either alphabet at any offset). Written apart from the SDK's redaction, so
 * that the two do not share a blind spot.
 */
public final class SecretLeaks {
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern HTML_DECIMAL = Pattern.compile("&#(\\d{1,7});");
    private static final Pattern HTML_HEX = Pattern.compile("&#[xX]([0-9a-fA-F]{1,6});");
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_\\-]{8,}");

    private SecretLeaks() {}

    /**
     * {@return every text a thrown exception carries: messages, toString, bodies, headers, causes, outcomes}
     *
     * @param thrown the exception
     */
    public static List<String> textsOf(Throwable thrown) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
            for (Throwable s : t.getSuppressed()) {
                texts.addAll(textsOf(s));
            }
            if (t instanceof ApiException api) {
                texts.add(api.body());
                api.headers().values().forEach(v -> texts.add(String.join(",", v)));
            }
            if (t instanceof UnexpectedResponseException u) {
                texts.add(u.body());
            }
            if (t instanceof PartialFailureException p) {
                texts.add(p.campaign().toString());
                for (TargetOutcome o : p.campaign().targetOutcomes()) {
                    texts.add(o.toString());
                    o.error().ifPresent(e -> texts.addAll(textsOf(e)));
                }
            }
        }
        return texts;
    }

    /**
     * {@return the first way the secret can be read out of the text, or null when it cannot}
     *
     * @param text the text
     * @param secret the secret
     */
    public static String find(String text, String secret) {
        if (text == null) {
            return null;
        }
        Set<String> views = new LinkedHashSet<>(List.of(text));
        List<String> fresh = List.of(text);
        for (int round = 0; round < 3 && !fresh.isEmpty(); round++) {
            List<String> next = new ArrayList<>();
            for (String v : fresh) {
                for (String decoded : List.of(unescapeJson(v), percentDecode(v), unescapeHtml(v))) {
                    if (views.add(decoded)) {
                        next.add(decoded);
                    }
                }
            }
            fresh = next;
        }
        String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
        for (String v : views) {
            if (v.contains(secret)) {
                return "as is: " + excerpt(v, v.indexOf(secret));
            }
            if (v.toLowerCase(Locale.ROOT).contains(hex)) {
                return "in hex";
            }
            Matcher m = BASE64_RUN.matcher(v);
            while (m.find()) {
                if (base64Holds(m.group(), secret)) {
                    return "in Base64: " + m.group();
                }
            }
        }
        return null;
    }

    private static boolean base64Holds(String run, String secret) {
        byte[] wanted = secret.getBytes(StandardCharsets.UTF_8);
        for (int start = 0; start < 4 && start < run.length(); start++) {
            String part = run.substring(start).replace("=", "");
            part = part.substring(0, part.length() - part.length() % 4);
            for (boolean urlSafe : new boolean[] {false, true}) {
                try {
                    byte[] decoded = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(part);
                    if (indexOf(decoded, wanted) >= 0) {
                        return true;
                    }
                } catch (IllegalArgumentException notThisAlphabet) {
                    // try the other
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String unescapeJson(String s) {
        String out = JSON_ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return out.replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String unescapeHtml(String s) {
        String out = HTML_DECIMAL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                new String(Character.toChars(Integer.parseInt(m.group(1))))));
        out = HTML_HEX.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
        return out.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String percentDecode(String s) {
        StringBuilder b = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && HexFormat.isHexDigit(s.charAt(i + 1)) && HexFormat.isHexDigit(s.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                b.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            b.append(c == '+' ? ' ' : c);
        }
        b.append(bytes.toString(StandardCharsets.UTF_8));
        return b.toString();
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 40);
        return "…" + text.substring(from, Math.min(text.length(), at + 60)) + "…";
    }
}
