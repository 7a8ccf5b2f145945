package dev.unidial.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.internal.FrozenMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every provider's wire records do in their compact constructors: a field the vendor
 * left out becomes an empty {@code Optional} or collection (never null), and fields the
 * SDK does not know are kept, copied, in the record's {@code other} map.
 */
public final class WireValues {
    /** What {@link #localSeconds} gives for a text that is no date-time. */
    private static final long NOT_A_TIME = Long.MIN_VALUE;

    private WireValues() {}

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
     * {@return a count as the vendor sent it, or empty when it sent none or a negative one}
     *
     * @param value the count read from the wire
     */
    public static Optional<Long> count(Optional<Long> value) {
        return value == null ? Optional.empty() : value.filter(n -> n >= 0);
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
        return FrozenMap.copyOf(value);
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
     * {@return a vendor's date-time, a zone-less one read in the account's zone when one is
     * set} As {@link #dateTime(Optional)}, which reads a zone-less date-time in UTC.
     *
     * @param text the value as sent
     * @param accountZone the zone the account reads times in, if the client knows it
     */
    public static Optional<OffsetDateTime> dateTime(Optional<String> text, Optional<ZoneId> accountZone) {
        if (accountZone.isEmpty() || text == null || text.isEmpty() || text.get().isBlank()) {
            return dateTime(text);
        }
        Optional<LocalDateTime> local = localDateTime(text.get().trim());
        return local.isPresent() ? Optional.of(local.get().atZone(accountZone.get()).toOffsetDateTime()) : dateTime(text);
    }

    /**
     * {@return a vendor's date-time as an instant} As {@link #dateTime(Optional, Optional)},
     * but the common shape ({@code 2026-06-12T13:04:41Z}, with a fraction or an offset) goes
     * straight to the instant, without the date-time objects on the way.
     *
     * @param text the value as sent
     * @param accountZone the zone the account reads times in, if the client knows it
     */
    public static Optional<Instant> instant(Optional<String> text, Optional<ZoneId> accountZone) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.ofNullable(instantOrNull(text.get(), accountZone));
    }

    /** As {@link #instant}: the instant of a vendor's date-time, or null when it is none. */
    static Instant instantOrNull(String text, Optional<ZoneId> accountZone) {
        // A text that ends in an offset is never a zone-less date-time: reading it first changes nothing.
        Instant common = commonInstant(text.trim());
        return common != null ? common : dateTime(Optional.of(text), accountZone).map(OffsetDateTime::toInstant).orElse(null);
    }

    /**
     * {@return a date-time without a zone, {@code 2025-12-19 16:01:07} or with a {@code T}; empty
     * for anything else} The plain shape is read directly (java.time's general parser costs
     * more than the rest of reading a webhook).
     *
     * @param t the text
     */
    public static Optional<LocalDateTime> localDateTime(String t) {
        if (t.length() == 19 && t.charAt(4) == '-' && t.charAt(7) == '-' && (t.charAt(10) == ' ' || t.charAt(10) == 'T')
                && t.charAt(13) == ':' && t.charAt(16) == ':') {
            LocalDateTime local = dateAndTime(t);
            if (local != null) {
                return Optional.of(local);
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
        OffsetDateTime common = rfc3339(t);
        if (common != null) {
            return Optional.of(common);
        }
        try {
            return Optional.of(OffsetDateTime.parse(t));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(Instant.parse(t).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notInstant) {
                return localDateTime(t).map(local -> local.atOffset(ZoneOffset.UTC));
            }
        }
    }

    /**
     * The shape nearly every vendor sends, {@code 2026-06-12T13:04:41[.861]Z} or with an offset
     * such as {@code +05:30}, read directly: java.time's general parser costs microseconds a
     * call, as much as the rest of reading a small answer. Null for any other text (which the
     * general parsers then read) or for fields out of range.
     */
    private static OffsetDateTime rfc3339(String t) {
        Instant instant = commonInstant(t);
        return instant == null ? null : instant.atOffset(trailingOffset(t));
    }

    /** {@return the instant of a trimmed text of the common shape, with its offset; null for any other text} */
    private static Instant commonInstant(String t) {
        ZoneOffset offset = trailingOffset(t);
        return offset == null ? null : rfc3339(t, offset);
    }

    /** {@return the offset that ends a text of the common shape's length, {@code Z} or {@code ±hh:mm}; null for none} */
    private static ZoneOffset trailingOffset(String t) {
        int n = t.length();
        if (n < 20) {
            return null;
        }
        if (t.charAt(n - 1) == 'Z' || t.charAt(n - 1) == 'z') {
            return ZoneOffset.UTC;
        }
        char sign = t.charAt(n - 6);
        int hours = digits(t, n - 5, n - 3);
        int minutes = digits(t, n - 2, n);
        if ((sign != '+' && sign != '-') || t.charAt(n - 3) != ':' || hours < 0 || minutes < 0) {
            return null;
        }
        int s = sign == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(s * hours, s * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@return the instant of {@code yyyy-MM-ddTHH:mm:ss[.fraction]} followed by the offset
     * {@link #trailingOffset} found; null if the rest is not that shape or a field is out of range}
     */
    private static Instant rfc3339(String t, ZoneOffset offset) {
        int n = t.length();
        int end = t.charAt(n - 1) == 'Z' || t.charAt(n - 1) == 'z' ? n - 1 : n - 6;
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != 't')
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (end > 19) {
            int fraction = end - 20;
            if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(t, 20, end);
            if (nanos < 0) {
                return null;
            }
            for (int d = fraction; d < 9; d++) {
                nanos *= 10;
            }
        } else if (end < 19) {
            return null;
        }
        long local = localSeconds(t);
        return local == NOT_A_TIME ? null : Instant.ofEpochSecond(local - offset.getTotalSeconds(), nanos);
    }

    /**
     * The date and time of {@code yyyy-MM-dd?HH:mm:ss} at the start of a text whose separators
     * were checked; null if a field is not digits or out of range.
     */
    private static LocalDateTime dateAndTime(String t) {
        long local = localSeconds(t);
        return local == NOT_A_TIME ? null : LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    }

    /**
     * The seconds from 1970 to the date and time of {@code yyyy-MM-dd?HH:mm:ss} at the start of
     * a text whose separators were checked, both read in UTC; {@link #NOT_A_TIME} if a field is
     * not digits or out of range.
     */
    private static long localSeconds(String t) {
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return NOT_A_TIME;
        }
        try {
            return IsoChronology.INSTANCE.epochSecond(year, month, day, hour, minute, second, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return NOT_A_TIME;
        }
    }

    /** {@return the ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not a digit} */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
