package dev.unidial;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Hours in which calls may be placed on some days of the week, in the schedule's time zone.
 * The end is exclusive. A window must have at least one day and start before it ends;
 * that is checked when the campaign is validated.
 *
 * @param days the days the window applies to (copied, iterated Monday first)
 * @param start the local time calls may start
 * @param end the local time by which calls stop
 */
public record CallingWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    /**
     *
     * @throws NullPointerException if any argument or day is null
     * @param days the days the window applies to (copied, iterated Monday first)
     * @param start the local time calls may start
     * @param end the local time by which calls stop
     */
    public CallingWindow {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        days.forEach(d -> Objects.requireNonNull(d, "days contains null"));
        days = days.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /**
     * {@return a window on the given days}
     *
     * @param days the days of the week
     * @param start when calling starts, local time
     * @param end when calling stops, local time (exclusive)
     */
    public static CallingWindow of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new CallingWindow(days, start, end);
    }

    /**
     * {@return a window on every day of the week}
     *
     * @param start when calling starts, local time
     * @param end when calling stops, local time (exclusive)
     */
    public static CallingWindow everyDay(LocalTime start, LocalTime end) {
        return new CallingWindow(EnumSet.allOf(DayOfWeek.class), start, end);
    }

    /**
     * {@return a window Monday to Friday}
     *
     * @param start when calling starts, local time
     * @param end when calling stops, local time (exclusive)
     */
    public static CallingWindow weekdays(LocalTime start, LocalTime end) {
        return new CallingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
    }

    /** {@return whether the window applies to all seven days} */
    public boolean coversEveryDay() {
        return days.size() == DayOfWeek.values().length;
    }
}
