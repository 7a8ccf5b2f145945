package dev.unidial.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Removes known secrets from text that a server sent back, in whatever encoding the server
 * chose to echo them: as is, Base64 (standard or URL-safe, at any offset inside a longer
 * Base64 text), hex, and behind JSON escapes ({@code \/}, {@code \u0073}), percent-encoding
 * ({@code %2F}, {@code +}) or HTML character references. A text that holds none of the
 * secrets is returned unchanged; one that does is returned with every occurrence replaced
 * by {@value #REDACTED}, decoded where the secret was hidden behind an escape.
 *
 * <p>Secrets shorter than {@value #MIN_LENGTH} characters are ignored: cutting such short
 * strings out of every message would mangle ordinary text and protect little.
 */
final class Redactor {
    /** What replaces a secret wherever one would show. */
    static final String REDACTED = "[redacted]";
    /** The shortest secret that is looked for. */
    static final int MIN_LENGTH = 6;
    /** Redacts nothing. */
    static final Redactor NONE = new Redactor(List::of);

    private final Supplier<? extends Collection<String>> source;
    /** Gathered on first use, like the forms: most answers are never turned into a message. */
    private volatile List<String> secrets;
    private volatile List<String> forms;

    private Redactor(Supplier<? extends Collection<String>> source) {
        this.source = source;
    }

    private List<String> secrets() {
        List<String> s = secrets;
        if (s == null) {
            Set<String> unique = new LinkedHashSet<>();
            for (String secret : source.get()) {
                if (secret != null && secret.length() >= MIN_LENGTH) {
                    unique.add(secret);
                }
            }
            s = List.copyOf(unique);
            secrets = s;
        }
        return s;
    }

    private List<String> forms() {
        List<String> f = forms;
        if (f == null) {
            Set<String> all = new LinkedHashSet<>();
            for (String s : secrets()) {
                all.addAll(encodedForms(s));
            }
            // Longest first, so that a form is never half-replaced by a shorter one inside it.
            List<String> sorted = new ArrayList<>(all);
            sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
            f = List.copyOf(sorted);
            forms = f;
        }
        return f;
    }

    /** A redactor for these secret values; null and short values are skipped. */
    static Redactor of(Collection<String> secrets) {
        return secrets.isEmpty() ? NONE : new Redactor(() -> secrets);
    }

    /**
     * A redactor for secret values gathered when it is first used, from a source that does
     * not change; null and short values are skipped.
     */
    static Redactor lazy(Supplier<? extends Collection<String>> secrets) {
        return new Redactor(secrets);
    }

    /** Whether there is nothing to redact. */
    boolean isEmpty() {
        return secrets().isEmpty();
    }

    /** The text with every secret removed, looking behind each escape a server may use. */
    String scrub(String text) {
        if (text == null || text.isEmpty() || secrets().isEmpty()) {
            return text;
        }
        String out = replaceForms(text);
        // Each pass removes what one decoded view shows; a text can hide several.
        for (int pass = 0; pass < 4; pass++) {
            String hidden = viewShowingASecret(out);
            if (hidden == null) {
                break;
            }
            out = replaceForms(hidden);
        }
        return out;
    }

    /**
     * The first decoded view of the text (one decoder, or up to three nested: a JSON escape
     * inside a percent-encoding…) in which a secret shows, or null when none does.
     */
    private String viewShowingASecret(String text) {
        Set<String> seen = new HashSet<>(Set.of(text));
        List<String> fresh = List.of(text);
        for (int depth = 0; depth < 3 && !fresh.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String view : fresh) {
                for (String decoded : decodings(view)) {
                    if (seen.add(decoded)) {
                        if (containsForm(decoded)) {
                            return decoded;
                        }
                        next.add(decoded);
                    }
                }
            }
            fresh = next;
        }
        return null;
    }

    /**
     * A response body with every secret removed. A JSON body stays valid JSON: its strings
     * are scrubbed one by one (Jackson has already undone their escapes) and it is written
     * again; any other body is scrubbed as text. A body without secrets is returned as is.
     */
    byte[] scrubBody(byte[] body, ObjectMapper mapper) {
        if (body.length == 0 || secrets().isEmpty()) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String scrubbed = scrub(text);
        if (scrubbed.equals(text)) {
            return body;
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree != null && tree.isContainerNode()) {
                return mapper.writeValueAsBytes(scrubTree(tree));
            }
        } catch (IOException notJson) {
            // Fall through to text.
        }
        return scrubbed.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Request headers as logs and previews show them: the value of every header named in
     * {@code sensitive} (lower case) replaced by {@value #REDACTED}.
     */
    static Map<String, String> headerValues(Map<String, String> headers, Set<String> sensitive) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, value) -> out.put(name, sensitive.contains(name.toLowerCase(Locale.ROOT)) ? REDACTED : value));
        return out;
    }

    /** Header values with every secret removed. */
    Map<String, List<String>> scrubHeaders(Map<String, List<String>> headers) {
        if (secrets().isEmpty()) {
            return headers;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> out.put(name, values.stream().map(this::scrub).toList()));
        return out;
    }

    private JsonNode scrubTree(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(scrub(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Map.Entry<String, JsonNode> f : object.properties()) {
                copy.set(scrub(f.getKey()), scrubTree(f.getValue()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(scrubTree(item)));
            return copy;
        }
        return node;
    }

    private boolean containsForm(String text) {
        for (String f : forms()) {
            if (text.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private String replaceForms(String text) {
        String out = text;
        for (String f : forms()) {
            if (out.contains(f)) {
                out = out.replace(f, REDACTED);
            }
        }
        return out;
    }

    /**
     * The ways a server can write a secret without escapes: as is, in hex, and in Base64.
     * Base64 text embedded in a longer encoding depends on the secret's offset in a 3-byte
     * group, so each of the three offsets gives its own stable middle part.
     */
    static List<String> encodedForms(String secret) {
        List<String> forms = new ArrayList<>();
        forms.add(secret);
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(bytes);
        forms.add(hex);
        forms.add(hex.toUpperCase(Locale.ROOT));
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, shifted, offset, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            // The first characters also carry the bytes before the secret, the last one the bytes after it.
            int skip = offset == 0 ? 0 : offset + 1;
            int trailing = shifted.length % 3 == 0 ? 0 : 1;
            if (encoded.length() - trailing - skip >= MIN_LENGTH) {
                String stable = encoded.substring(skip, encoded.length() - trailing);
                forms.add(stable);
                forms.add(stable.replace('+', '-').replace('/', '_'));
            }
        }
        return forms;
    }

    /** The text with one kind of escape undone, for each kind it may hold: JSON, percent, HTML. */
    static List<String> decodings(String text) {
        List<String> out = new ArrayList<>(3);
        if (text.indexOf('\\') >= 0) {
            out.add(jsonUnescape(text));
        }
        if (text.indexOf('%') >= 0 || text.indexOf('+') >= 0) {
            out.add(percentDecode(text));
        }
        if (text.indexOf('&') >= 0) {
            out.add(htmlUnescape(text));
        }
        return out;
    }

    private static String jsonUnescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(i + 1);
            switch (n) {
                case '"', '\\', '/' -> { b.append(n); i++; }
                case 'b' -> { b.append('\b'); i++; }
                case 'f' -> { b.append('\f'); i++; }
                case 'n' -> { b.append('\n'); i++; }
                case 'r' -> { b.append('\r'); i++; }
                case 't' -> { b.append('\t'); i++; }
                case 'u', 'x' -> {
                    int digits = n == 'u' ? 4 : 2;
                    int code = hexValue(s, i + 2, digits);
                    if (code >= 0) {
                        b.append((char) code);
                        i += 1 + digits;
                    } else {
                        b.append(c);
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int code = c == '%' ? hexValue(s, i + 1, 2) : -1;
            if (code >= 0) {
                bytes.write(code);
                i += 2;
                continue;
            }
            flush(bytes, b);
            b.append(c == '+' ? ' ' : c);
        }
        flush(bytes, b);
        return b.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder b) {
        if (bytes.size() > 0) {
            b.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static final Map<String, String> HTML_ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "sol", "/", "equals", "=", "plus", "+");

    private static String htmlUnescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == '&' ? s.indexOf(';', i) : -1;
            if (end > i + 1 && end - i <= 10) {
                String name = s.substring(i + 1, end);
                String decoded = null;
                if (name.startsWith("#x") || name.startsWith("#X")) {
                    int code = hexValue(name, 2, name.length() - 2);
                    decoded = code >= 0 ? new String(Character.toChars(code)) : null;
                } else if (name.startsWith("#")) {
                    try {
                        decoded = new String(Character.toChars(Integer.parseInt(name.substring(1))));
                    } catch (IllegalArgumentException e) {
                        decoded = null;
                    }
                } else {
                    decoded = HTML_ENTITIES.get(name.toLowerCase(Locale.ROOT));
                }
                if (decoded != null) {
                    b.append(decoded);
                    i = end;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The value of {@code digits} hex digits at {@code from}, or -1 when they are not all hex. */
    private static int hexValue(String s, int from, int digits) {
        if (digits <= 0 || digits > 6 || from + digits > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value <= Character.MAX_CODE_POINT ? value : -1;
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets().size() + " secrets]";
    }
}
