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
import java.util.Optional;

/**
 * JSON in and out, with one shared {@link ObjectMapper} per client: unset fields
 * ({@code null}, empty {@code Optional}) are left out of requests, unknown fields in
 * responses are accepted, and dates are ISO-8601 text.
 *
 * <p>Response parsing never returns null and never throws a
 * {@code NullPointerException}: a body that is empty, not JSON, or lacks what the vendor
 * documents becomes an {@link UnexpectedResponseException} carrying the body.
 */
public final class Json {
    /** The content type of JSON request bodies. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final int SHOWN = 300;

    private final ObjectMapper mapper;

    private Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A codec with a newly configured mapper. */
    public static Json create() {
        return new Json(newMapper());
    }

    /** A mapper configured as described above. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** The shared mapper. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** A JSON request body. */
    public WireBody body(Object value) {
        try {
            return WireBody.of(CONTENT_TYPE, mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The body as a JSON tree, or null when it is empty or not JSON; for error decoders. */
    public Optional<JsonNode> tryTree(WireResponse response) {
        if (response.body().length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readTree(response.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The body as a JSON object.
     *
     * @throws UnexpectedResponseException if the body is empty, not JSON, or not an object
     */
    public JsonNode tree(WireResponse response) {
        if (response.body().length == 0) {
            throw unexpected(response, "an empty body", null);
        }
        try {
            JsonNode node = mapper.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw unexpected(response, "JSON that is not an object", null);
            }
            return node;
        } catch (IOException e) {
            throw unexpected(response, response.bodyText().trim().startsWith("<") ? "HTML or XML" : "invalid JSON", e);
        }
    }

    /**
     * Reads a JSON node as a wire type.
     *
     * @throws UnexpectedResponseException if it does not fit the type
     */
    public <T> T read(JsonNode node, Class<T> type, WireResponse response) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnexpectedResponseException(response.statusCode(), "The response does not match "
                    + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""), response.bodyText(), e);
        }
    }

    /**
     * A JSON array as a list of wire types.
     *
     * @param what what the array is, for the message ({@code "Ravan's contact list"})
     * @throws UnexpectedResponseException if the node is not an array or an item does not fit the type
     */
    public <T> java.util.List<T> readList(JsonNode array, Class<T> type, WireResponse response, String what) {
        if (array == null || !array.isArray()) {
            throw new UnexpectedResponseException(response.statusCode(), what + " is not an array. Body: "
                    + shorten(response.bodyText()), response.bodyText(), null);
        }
        try {
            return mapper.convertValue(array, mapper.getTypeFactory().constructCollectionType(java.util.List.class, type));
        } catch (IllegalArgumentException e) {
            throw new UnexpectedResponseException(response.statusCode(), what + " does not match "
                    + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""), response.bodyText(), e);
        }
    }

    /**
     * A text field that the vendor documents as always present, at a path such as
     * {@code data}, {@code id}.
     *
     * @throws UnexpectedResponseException if it is missing, null or blank
     */
    public String requireText(JsonNode root, WireResponse response, String... path) {
        JsonNode node = root;
        for (String p : path) {
            node = node.path(p);
        }
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw new UnexpectedResponseException(response.statusCode(), "The response has no "
                    + String.join(".", path) + ", which the vendor documents as always present. Body: "
                    + shorten(response.bodyText()), response.bodyText(), null);
        }
        return node.asText();
    }

    /** The first {@value #SHOWN} characters, for messages. */
    public static String shorten(String text) {
        String t = text.strip();
        return t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "… (" + t.length() + " characters)";
    }

    private static UnexpectedResponseException unexpected(WireResponse r, String what, Throwable cause) {
        return new UnexpectedResponseException(r.statusCode(), "Expected a JSON object from the vendor but got "
                + what + " (HTTP " + r.statusCode() + "). Body: " + (r.body().length == 0 ? "<empty>" : shorten(r.bodyText())),
                r.bodyText(), cause);
    }
}
