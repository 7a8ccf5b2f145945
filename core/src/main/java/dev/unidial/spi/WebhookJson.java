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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
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
        double seconds = seconds(node.get(field));
        return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /**
     * {@return a whole count in a field, when it is an integer from 0 to
     * {@link dev.unidial.CallEvent#MAX_COUNT}} A JSON integer, or a string of digits.
     *
     * @param node the object
     * @param field the field
     */
    public static OptionalInt count(JsonNode node, String field) {
        long count = count(node.get(field));
        return count < 0 ? OptionalInt.empty() : OptionalInt.of((int) count);
    }

    /** A number of seconds from 0 to {@link CallEvent#MAX_DURATION}, or -1 for none. */
    private static double seconds(JsonNode n) {
        double seconds;
        if (n instanceof NumericNode number) {
            seconds = number.doubleValue();
        } else if (n instanceof TextNode t && SECONDS.matcher(t.textValue().trim()).matches()) {
            seconds = Double.parseDouble(t.textValue().trim());
        } else {
            return -1;
        }
        // 1e999999999 reads as infinity, and a negative length is no length: both are left out.
        return Double.isFinite(seconds) && seconds >= 0 && seconds <= CallEvent.MAX_DURATION.toSeconds() ? seconds : -1;
    }

    /** A count from 0 to {@link CallEvent#MAX_COUNT}, or -1 for none. */
    private static long count(JsonNode n) {
        long v;
        if (n instanceof NumericNode number && number.isIntegralNumber() && number.canConvertToLong()) {
            v = number.longValue();
        } else if (n instanceof TextNode t && COUNT.matcher(t.textValue().trim()).matches()) {
            v = Long.parseLong(t.textValue().trim());
        } else {
            return -1;
        }
        return v >= 0 && v <= CallEvent.MAX_COUNT ? v : -1;
    }

    /**
     * {@return a field's text, when it is a non-blank string or a number}
     *
     * @param node the object
     * @param field the field's name
     */
    public static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(textOrNull(node, field));
    }

    /**
     * {@return a field's text, when it is a non-blank string or a number; else {@code absent}}
     *
     * @param node the object
     * @param field the field's name
     * @param absent what a field without text reads as, such as {@code ""}
     * @throws NullPointerException if {@code absent} is null
     */
    public static String text(JsonNode node, String field, String absent) {
        Objects.requireNonNull(absent, "absent");
        String text = textOrNull(node, field);
        return text == null ? absent : text;
    }

    /**
     * {@return a field's phone number in E.164 form (see {@link #e164}); else {@code absent}}
     *
     * @param node the object
     * @param field the field's name
     * @param absent what a field without a phone number reads as, such as {@code ""}
     * @throws NullPointerException if {@code absent} is null
     */
    public static String phone(JsonNode node, String field, String absent) {
        Objects.requireNonNull(absent, "absent");
        String number = phoneOrNull(node, field);
        return number == null ? absent : number;
    }

    // What follows sets an event's field from a JSON field when it holds a value, and leaves it
    // unset otherwise: a parser reads an event without allocating an Optional for each field,
    // which it would wherever the compiler does not inline the reading (a server that reads
    // several vendors' events).

    /**
     * Sets a field's text (as {@link #text(JsonNode, String)} reads it) on the event, when it has one.
     *
     * @param node the object
     * @param field the field's name
     * @param event the event being built
     * @param setter the builder's setter, such as {@code CallEvent.Builder::summary}
     */
    public static void text(JsonNode node, String field, CallEvent.Builder event, BiConsumer<CallEvent.Builder, String> setter) {
        String text = textOrNull(node, field);
        if (text != null) {
            setter.accept(event, text);
        }
    }

    /**
     * Sets a field's phone number in E.164 form on the event, when it holds one.
     *
     * @param node the object
     * @param field the field's name
     * @param event the event being built
     * @param setter the builder's setter, such as {@code CallEvent.Builder::from}
     */
    public static void phone(JsonNode node, String field, CallEvent.Builder event, BiConsumer<CallEvent.Builder, String> setter) {
        String number = phoneOrNull(node, field);
        if (number != null) {
            setter.accept(event, number);
        }
    }

    /**
     * Sets a field's seconds (as {@link #seconds(JsonNode, String)} reads them) on the event, when it has them.
     *
     * @param node the object
     * @param field the field's name
     * @param event the event being built
     * @param setter the builder's setter, such as {@code CallEvent.Builder::duration}
     */
    public static void seconds(JsonNode node, String field, CallEvent.Builder event, BiConsumer<CallEvent.Builder, Duration> setter) {
        double seconds = seconds(node.get(field));
        if (seconds >= 0) {
            setter.accept(event, Duration.ofMillis(Math.round(seconds * 1000)));
        }
    }

    /**
     * Sets a field's count (as {@link #count(JsonNode, String)} reads it) on the event, when it has one.
     *
     * @param node the object
     * @param field the field's name
     * @param event the event being built
     * @param setter the builder's setter, such as {@code CallEvent.Builder::attempt}
     */
    public static void count(JsonNode node, String field, CallEvent.Builder event, ObjIntConsumer<CallEvent.Builder> setter) {
        long count = count(node.get(field));
        if (count >= 0) {
            setter.accept(event, (int) count);
        }
    }

    /**
     * Sets a field's date-time (as {@link WireValues#instant} reads it) on the event, when it has one.
     *
     * @param node the object
     * @param field the field's name
     * @param accountZone the zone the account reads times without an offset in, if the client knows it
     * @param event the event being built
     * @param setter the builder's setter, such as {@code CallEvent.Builder::endedAt}
     */
    public static void time(JsonNode node, String field, Optional<ZoneId> accountZone, CallEvent.Builder event,
            BiConsumer<CallEvent.Builder, Instant> setter) {
        String text = textOrNull(node, field);
        if (text == null) {
            return;
        }
        Instant time = WireValues.instantOrNull(text, accountZone);
        if (time != null) {
            setter.accept(event, time);
        }
    }

    /**
     * {@return a phone number in E.164 form, adding the {@code +} a vendor may leave out; empty when it is not a number}
     *
     * @param number the number as the vendor sent it
     */
    public static Optional<String> e164(String number) {
        return Optional.ofNullable(e164OrNull(number));
    }

    private static String textOrNull(JsonNode node, String field) {
        // Type tests rather than JsonNode's own questions, which are calls through many node
        // types once several vendors' events have been read.
        JsonNode v = node.get(field);
        String text = v instanceof TextNode t ? t.textValue() : v instanceof NumericNode n ? n.asText() : null;
        return text == null || text.isBlank() ? null : text;
    }

    private static String phoneOrNull(JsonNode node, String field) {
        String number = textOrNull(node, field);
        return number == null ? null : e164OrNull(number);
    }

    private static String e164OrNull(String number) {
        String n = number.trim();
        String withPlus = n.startsWith("+") ? n : "+" + n;
        return Violations.isE164(withPlus) ? withPlus : null;
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
