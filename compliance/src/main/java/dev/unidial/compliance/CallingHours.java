package dev.unidial.compliance;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of a day when a recipient may be called, in the recipient's own local time;
 * {@code end} is exclusive. The presets are plain data for common rules and a convenience,
 * not legal advice: check the rules that apply to your calls.
 *
 * @param start the first minute calls may start
 * @param end when calling must stop
 */
public record CallingHours(LocalTime start, LocalTime end) {
    /** 08:00–21:00: the hours the US federal telemarketing rules allow at the called party's location. */
    public static final CallingHours US_FEDERAL = new CallingHours(LocalTime.of(8, 0), LocalTime.of(21, 0));
    /** 09:00–21:00: the hours India's telemarketing regulations allow. */
    public static final CallingHours INDIA = new CallingHours(LocalTime.of(9, 0), LocalTime.of(21, 0));

    /**
     * Checks the hours.
     *
     * @param start the first minute calls may start
     * @param end when calling must stop, after {@code start}
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public CallingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("calling hours must start before they end, but run " + start + " to " + end);
        }
    }
}
