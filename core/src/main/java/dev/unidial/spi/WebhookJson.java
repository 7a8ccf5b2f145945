package dev.unidial.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.unidial.CallEvent;
import dev.unidial.WebhookException;
import dev.unidial.http.Json;
import dev.unidial.internal.FrozenMap;
import dev.unidial.internal.Violations;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** What every provider's {@link CallEventParser} does with a webhook body. */
public final class WebhookJson {
    private static final Pattern COUNT = Pattern.compile("\\d{1,10}");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");

    private static final ObjectMapper MAPPER = Json.newMapper();

    private WebhookJson() {}

    /**
     * {@return the body as a JSON object}
     *
     * @param body the raw body
     * @param vendor the vendor's display name, for the message
     * @throws WebhookException if it is not one JSON object
     */
    public static JsonNode object(byte[] body, String vendor) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new WebhookException("Not a " + vendor + " call event: the body is not JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new WebhookException("Not a " + vendor + " call event: the body is not a JSON object.");
        }
        return root;
    }

    /**
     * {@return a number of seconds in a field as a duration, when it is a finite number from 0 to
     * {@link dev.unidial.CallEvent#MAX_DURATION}} A JSON number, or a string holding one: vendors'
     * samples show both ({@code "call_duration": "65"}).
     *
     * @param node the object
     * @param field the field
     */
    public static Optional<Duration> seconds(JsonNode node, String field) {
        OptionalDouble value = number(node.get(field));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        double seconds = value.getAsDouble();
        // 1e999999999 reads as infinity, and a negative length is no length: both are left out.
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > CallEvent.MAX_DURATION.toSeconds()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /**
     * {@return a whole count in a field, when it is an integer from 0 to
     * {@link dev.unidial.CallEvent#MAX_COUNT}} A JSON integer, or a string of digits.
     *
     * @param node the object
     * @param field the field
     */
    public static OptionalInt count(JsonNode node, String field) {
        JsonNode n = node.get(field);
        long v;
        if (n instanceof NumericNode number && number.isIntegralNumber() && number.canConvertToLong()) {
            v = number.longValue();
        } else if (n instanceof TextNode t && COUNT.matcher(t.textValue().trim()).matches()) {
            v = Long.parseLong(t.textValue().trim());
        } else {
            return OptionalInt.empty();
        }
        return v >= 0 && v <= CallEvent.MAX_COUNT ? OptionalInt.of((int) v) : OptionalInt.empty();
    }

    /** A JSON number, or a string that is one in plain decimal; empty otherwise (and for no node). */
    private static OptionalDouble number(JsonNode n) {
        if (n instanceof NumericNode number) {
            return OptionalDouble.of(number.doubleValue());
        }
        if (n instanceof TextNode t && SECONDS.matcher(t.textValue().trim()).matches()) {
            return OptionalDouble.of(Double.parseDouble(t.textValue().trim()));
        }
        return OptionalDouble.empty();
    }

    /**
     * {@return a field's text, when it is a non-blank string or a number}
     *
     * @param node the object
     * @param field the field's name
     */
    public static Optional<String> text(JsonNode node, String field) {
        // Type tests rather than JsonNode's own questions, which are calls through many node
        // types once several vendors' events have been read.
        JsonNode v = node.get(field);
        String text = v instanceof TextNode t ? t.textValue() : v instanceof NumericNode n ? n.asText() : null;
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /**
     * {@return a phone number in E.164 form, adding the {@code +} a vendor may leave out; empty when it is not a number}
     *
     * @param number the number as the vendor sent it
     */
    public static Optional<String> e164(String number) {
        String n = number.trim();
        String withPlus = n.startsWith("+") ? n : "+" + n;
        return Violations.isE164(withPlus) ? Optional.of(withPlus) : Optional.empty();
    }

    /**
     * {@return an object's fields as variables, unmodifiable, in their order (null values left
     * out; the raw body keeps them)}
     *
     * @param node an object, or anything else for none
     */
    public static Map<String, Object> variables(JsonNode node) {
        // Scalars are taken as they are; Jackson's conversion, for objects and arrays only, costs
        // more than the rest of reading an event.
        if (!(node instanceof ObjectNode object)) {
            return Map.of();
        }
        Map.Entry<String, Object>[] out = FrozenMap.newEntries(object.size());
        int count = 0;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!(e.getValue() instanceof NullNode)) {
                out[count++] = Map.entry(e.getKey(), plain(e.getValue()));
            }
        }
        // A JSON object's fields are distinct: the event takes these entries as they are.
        return FrozenMap.ofDistinct(out, count);
    }

    /** A JSON value as the plain Java value Jackson's conversion gives: String, Integer/Long/BigInteger, Double, Boolean, Map, List. */
    private static Object plain(JsonNode v) {
        if (v instanceof TextNode t) {
            return t.textValue();
        }
        if (v instanceof BooleanNode b) {
            return b.booleanValue();
        }
        if (v instanceof IntNode i) {
            return i.intValue();
        }
        if (v instanceof LongNode l) {
            return l.longValue();
        }
        if (v instanceof DoubleNode d) {
            return d.doubleValue();
        }
        return MAPPER.convertValue(v, Object.class);
    }
}
