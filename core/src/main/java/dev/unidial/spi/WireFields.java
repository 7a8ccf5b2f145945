package dev.unidial.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every provider's wire records do in their compact constructors: a field the vendor
 * left out becomes an empty {@code Optional} or collection (never null), and fields the
 * SDK does not know are kept, copied, in the record's {@code other} map.
 */
public final class WireFields {
    private WireFields() {}

    /**
     * Absent becomes empty.
     *
     * @param <T> the wire type
     * @param value the value
     * @return the value, never null
     */
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /**
     * Absent becomes empty; present lists are copied.
     *
     * @param <T> the wire type
     * @param value the value
     * @return the value, never null
     */
    public static <T> Optional<List<T>> optionalList(Optional<List<T>> value) {
        return value == null ? Optional.empty() : value.map(List::copyOf);
    }

    /**
     * Absent becomes an empty list; present lists are copied.
     *
     * @param <T> the wire type
     * @param value the value
     * @return the list, never null
     */
    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /**
     * An unmodifiable copy that keeps the keys in their order (so that JSON objects are
     * written in the order the user gave); none becomes an empty map. A map this method
     * returned before, such as a {@link dev.unidial.Target}'s variables, is returned as is.
     *
     * @param value the entries, or null
     * @return the map, never null
     * @throws NullPointerException if a key or value is null
     */
    public static Map<String, Object> map(Map<String, ?> value) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        if (value instanceof FrozenMap frozen) {
            return frozen;
        }
        java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>(value.size() * 2);
        value.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k, "key"),
                java.util.Objects.requireNonNull(v, () -> "value of " + k)));
        return new FrozenMap(copy);
    }

    /**
     * Unknown fields, copied; none becomes an empty map.
     *
     * @param other unknown fields, or null
     * @return the fields, never null
     */
    public static Map<String, JsonNode> other(Map<String, JsonNode> other) {
        return other == null ? Map.of() : Map.copyOf(other);
    }

    /**
     * {@return a vendor timestamp as an {@link OffsetDateTime}: ISO-8601 with an offset or {@code Z},
     * or without one (read as UTC)} Anything else is empty rather than an error, since a
     * timestamp is informational and must not fail a create that succeeded.
     *
     * @param text the text
     */
    public static Optional<OffsetDateTime> dateTime(Optional<String> text) {
        if (text == null || text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        String t = text.get().trim();
        try {
            return Optional.of(OffsetDateTime.parse(t));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(Instant.parse(t).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notInstant) {
                try {
                    return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).atOffset(ZoneOffset.UTC));
                } catch (DateTimeParseException unreadable) {
                    return Optional.empty();
                }
            }
        }
    }
}
