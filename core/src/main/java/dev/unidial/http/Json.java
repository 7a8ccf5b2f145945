package dev.unidial.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.WireBody;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON in and out, with one shared {@link ObjectMapper} per client: unset fields
 * ({@code null}, empty {@code Optional}) are left out of requests, unknown fields in
 * responses are accepted, and dates are ISO-8601 text.
 *
 * <p>Response parsing never returns null and never throws a
 * {@code NullPointerException}: a body that is empty, not JSON (trailing text after the
 * document included), or lacks what the vendor documents becomes an
 * {@link UnexpectedResponseException} carrying the body, with every secret of the request
 * removed from its message and body. The parser's own exception is not kept as the cause:
 * its message quotes the text it choked on.
 */
public final class Json {
    /** The content type of JSON request bodies. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final int SHOWN = 300;

    private final ObjectMapper mapper;

    private Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@return a codec with a newly configured mapper} */
    public static Json create() {
        return new Json(newMapper());
    }

    /** {@return a mapper configured as described above} */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** {@return the shared mapper} */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * {@return a JSON request body}
     *
     * @param value the value
     */
    public WireBody body(Object value) {
        try {
            return WireBody.of(CONTENT_TYPE, mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@return the body as a JSON tree, empty when the body is empty or not JSON; for error decoders}
     * The body is parsed once per response: {@link #tree} then reads the same tree.
     *
     * @param response the response being read
     */
    public Optional<JsonNode> tryTree(WireResponse response) {
        return Optional.ofNullable(response.jsonTree(this::readTreeOrNull));
    }

    private JsonNode readTreeOrNull(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }


    /**
     * {@return the body as a JSON object}
     *
     * @param response the response being read
     * @throws UnexpectedResponseException if the body is empty, not JSON, or not an object
     */
    public JsonNode tree(WireResponse response) {
        if (response.body().length == 0) {
            throw notAnObject(response, "an empty body");
        }
        JsonNode node = response.jsonTree(this::readTreeOrNull);
        if (node == null) {
            throw notAnObject(response, response.bodyText().trim().startsWith("<") ? "HTML or XML" : "invalid JSON");
        }
        if (!node.isObject()) {
            throw notAnObject(response, "JSON that is not an object");
        }
        return node;
    }

    /**
     * Reads a JSON node as a wire type.
     *
     * @param <T> the wire type
     * @param node the JSON node
     * @param type the wire type
     * @param response the response being read
     * @return the wire value
     * @throws UnexpectedResponseException if it does not fit the type
     */
    public <T> T read(JsonNode node, Class<T> type, WireResponse response) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unexpected(response, "The response does not match " + type.getSimpleName() + ": " + firstLine(e));
        }
    }

    /**
     * Reads a JSON node as a wire type and keeps the node.
     *
     * @param <T> the wire type
     * @param node the JSON node
     * @param type the wire type
     * @param response the response being read
     * @return the wire value with its JSON
     * @throws UnexpectedResponseException if it does not fit the type
     */
    public <T> Parsed<T> readParsed(JsonNode node, Class<T> type, WireResponse response) {
        return new Parsed<>(read(node, type, response), node);
    }

    /**
     * {@return the items of a JSON array, each with its own JSON} With id fields, every item must
     * carry an id, checked as {@link #requireId} checks one (a non-blank string, or an integer): a
     * boolean, a fraction or a missing id is refused, not turned into the text {@code "true"}.
     *
     * @param <T> the wire type
     * @param array the JSON array
     * @param type the wire type
     * @param response the response being read
     * @param what what the array is, for messages
     * @param idFields the fields an item's id may be in; none when items need no id
     * @throws UnexpectedResponseException if the node is not an array or an item does not fit
     */
    public <T> List<Parsed<T>> readParsedList(JsonNode array, Class<T> type, WireResponse response, String what,
            String... idFields) {
        List<T> items = idFields.length == 0 ? readList(array, type, response, what)
                : readListWithIds(array, type, response, what, idFields);
        List<Parsed<T>> parsed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            parsed.add(new Parsed<>(items.get(i), array.get(i)));
        }
        return parsed;
    }

    /**
     * {@return a JSON array as a list of wire types}
     *
     * @param what what the array is, for the message ({@code "Ravan's contact list"})
     * @param <T> the wire type
     * @param array the JSON array
     * @param type the wire type
     * @param response the response being read
     * @throws UnexpectedResponseException if the node is not an array or an item does not fit the type
     */
    public <T> List<T> readList(JsonNode array, Class<T> type, WireResponse response, String what) {
        if (array == null || !array.isArray()) {
            throw unexpected(response, what + " is not an array. Body: " + shorten(response.bodyText()));
        }
        try {
            return mapper.convertValue(array, mapper.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IllegalArgumentException e) {
            throw unexpected(response, what + " does not match " + type.getSimpleName() + ": " + firstLine(e));
        }
    }

    /**
     * {@return the items of a list whose every item must carry an id, checked as
     * {@link #requireId} checks one (a non-blank string, or an integer): a boolean, a fraction
     * or a missing id is refused, not turned into the text {@code "true"} or {@code "Infinity"}}
     *
     * @param <T> the wire type
     * @param array the JSON array
     * @param type the wire type
     * @param response the response being read
     * @param what what the array is, for messages
     * @param idFields the fields an item's id may be in, the first present wins (Kore.ai: {@code id}, {@code _id})
     * @throws UnexpectedResponseException if the node is not an array, or an item has no usable id or does not fit the type
     */
    private <T> List<T> readListWithIds(JsonNode array, Class<T> type, WireResponse response, String what,
            String... idFields) {
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                boolean found = false;
                for (String f : idFields) {
                    if (optionalId(item.path(f)).isPresent()) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    throw unexpected(response, what + "[" + i + "] has no usable " + String.join(" or ", idFields)
                            + " (an id is a JSON string or integer). Body: " + shorten(response.bodyText()));
                }
            }
        }
        return readList(array, type, response, what);
    }

    /**
     * {@return a text field that the vendor documents as always present, at a path such as
     * {@code data}, {@code id}}
     *
     * @param root the JSON document
     * @param response the response being read
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @throws UnexpectedResponseException if it is missing, null or blank
     */
    public String requireText(JsonNode root, WireResponse response, String... path) {
        JsonNode node = at(root, path);
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw unexpected(response, "The response has no " + String.join(".", path)
                    + ", which the vendor documents as always present. Body: " + shorten(response.bodyText()));
        }
        return node.asText();
    }

    /**
     * {@return an id the vendor documents as always present: a non-blank JSON string, or a JSON
     * integer (written as its digits)} A boolean, an object, a fraction or a number such as
     * {@code 1e999999999} is not an id.
     *
     * @param root the JSON document
     * @param response the response being read
     * @param path the field path, such as {@code audience.targets[3].phone}
     * @throws UnexpectedResponseException if it is missing or not a string or integer
     */
    public String requireId(JsonNode root, WireResponse response, String... path) {
        return optionalId(at(root, path)).orElseThrow(() -> unexpected(response, "The response has no usable "
                + String.join(".", path) + " (an id is a JSON string or integer), which the vendor documents as always"
                + " present. Body: " + shorten(response.bodyText())));
    }

    /**
     * {@return the node as an id (a non-blank string, or an integer as its digits), when it is one}
     *
     * @param node the JSON node
     */
    public static Optional<String> optionalId(JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            return Optional.of(node.asText());
        }
        if (node.isIntegralNumber()) {
            return Optional.of(node.bigIntegerValue().toString());
        }
        return Optional.empty();
    }

    private static JsonNode at(JsonNode root, String... path) {
        JsonNode node = root;
        for (String p : path) {
            node = node.path(p);
        }
        return node;
    }

    /**
     * {@return an {@link UnexpectedResponseException} for a 2xx answer that is not what the vendor
     * documents: the message and the body leave out every secret of the request}
     *
     * @param response the response being read
     * @param message the message, with secrets removed
     */
    public static UnexpectedResponseException unexpected(WireResponse response, String message) {
        return new UnexpectedResponseException(response.statusCode(), response.redact(message), response.bodyText(), null);
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    /**
     * {@return the first {@value #SHOWN} characters, on one line, for messages} See {@link #oneLine}.
     *
     * @param text the text
     */
    public static String shorten(String text) {
        String t = text.strip();
        return oneLine(t.length() <= SHOWN ? t : t.substring(0, SHOWN)) + (t.length() <= SHOWN ? ""
                : "… (" + t.length() + " characters)");
    }

    /**
     * {@return text a vendor wrote, safe to put into a message or a log line: CR, LF and tab as
     * {@code \r}, {@code \n}, {@code \t}, and every other control character (and the Unicode
     * line and paragraph separators) as a backslash, {@code u} and four hex digits} A vendor's value can
     * then never start a forged line in a log.
     *
     * @param text the text
     */
    public static String oneLine(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (escape != null) {
                    b.append(escape);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static UnexpectedResponseException notAnObject(WireResponse r, String what) {
        return unexpected(r, "Expected a JSON object from the vendor but got " + what + " (HTTP " + r.statusCode()
                + "). Body: " + (r.body().length == 0 ? "<empty>" : shorten(r.bodyText())));
    }
}
