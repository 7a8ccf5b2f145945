package dev.unidial.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one zone's clock is ahead of another's over a period, at its least and at its most:
 * the two differ when the zones change their clocks on different dates (London and New York
 * for some weeks each spring and autumn) or only one of them changes. A window converted from
 * one zone into another with these bounds holds on every day of the period, not only on the
 * day it was converted.
 *
 * @param minMinutes the least {@code to − from} difference of local times over the period, in minutes
 * @param maxMinutes the greatest, in minutes
 */
public record ZoneDifference(int minMinutes, int maxMinutes) {
    /** How far ahead a window must hold when a campaign does not say when it ends: the next 12 months. */
    public static final Period HORIZON = Period.ofMonths(12);

    private static final int MINUTES_PER_DAY = 24 * 60;

    /**
     * {@return how far {@code to}'s clock is ahead of {@code from}'s while {@code from}'s local
     * time is inside a daily window, from {@code start} through {@link #HORIZON} after it}
     * Every clock change of either zone in that time is read; a difference that holds only
     * outside the window (the hour between two zones' changes at 02:00 on the same night) does
     * not count, since no call is made then.
     *
     * @param from the zone the window is written in
     * @param to the zone it is converted into
     * @param start the first instant the difference matters
     * @param windowStart the window's first minute, in {@code from}'s local time
     * @param windowEnd the window's end (exclusive), in {@code from}'s local time
     */
    public static ZoneDifference over(ZoneId from, ZoneId to, Instant start, LocalTime windowStart, LocalTime windowEnd) {
        Objects.requireNonNull(start, "start");
        Instant end = start.atZone(ZoneOffset.UTC).plus(HORIZON).toInstant();
        ZoneRules a = from.getRules();
        ZoneRules b = to.getRules();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        Instant at = start;
        while (at.isBefore(end)) {
            Instant next = earlier(a.nextTransition(at), b.nextTransition(at), end);
            if (meetsWindow(from, at, next, windowStart, windowEnd)) {
                int diff = (b.getOffset(at).getTotalSeconds() - a.getOffset(at).getTotalSeconds()) / 60;
                min = Math.min(min, diff);
                max = Math.max(max, diff);
            }
            at = next;
        }
        if (min == Integer.MAX_VALUE) {
            // The window is never open (it cannot be empty, but be safe): the difference at the start.
            min = max = (b.getOffset(start).getTotalSeconds() - a.getOffset(start).getTotalSeconds()) / 60;
        }
        return new ZoneDifference(min, max);
    }

    /** Whether some instant in {@code [p, q)} falls inside the daily window of {@code zone}'s local time. */
    private static boolean meetsWindow(ZoneId zone, Instant p, Instant q, LocalTime windowStart, LocalTime windowEnd) {
        if (Duration.between(p, q).compareTo(Duration.ofDays(1)) >= 0) {
            return true;
        }
        LocalDateTime from = LocalDateTime.ofInstant(p, zone);
        LocalDateTime to = LocalDateTime.ofInstant(q, zone);
        for (LocalDate day = from.toLocalDate().minusDays(1); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (day.atTime(windowStart).isBefore(to) && day.atTime(windowEnd).isAfter(from)) {
                return true;
            }
        }
        return false;
    }

    private static Instant earlier(ZoneOffsetTransition x, ZoneOffsetTransition y, Instant end) {
        Instant next = end;
        if (x != null && x.getInstant().isBefore(next)) {
            next = x.getInstant();
        }
        if (y != null && y.getInstant().isBefore(next)) {
            next = y.getInstant();
        }
        return next;
    }

    /** {@return whether the difference is the same throughout the period} */
    public boolean isConstant() {
        return minMinutes == maxMinutes;
    }

    /**
     * {@return a daily window of {@code from}'s local time as the {@code to} hours that fall
     * inside it on every day of the period; empty when no minute does, or when those hours
     * would reach into another day}
     *
     * @param start the window's first minute, in {@code from}'s local time
     * @param end the window's end (exclusive), in {@code from}'s local time
     */
    public Optional<Window> convert(LocalTime start, LocalTime end) {
        int lo = minutes(start) + maxMinutes;
        int hi = minutes(end) + minMinutes;
        if (lo < 0 || hi >= MINUTES_PER_DAY || lo >= hi) {
            return Optional.empty();
        }
        return Optional.of(new Window(LocalTime.of(lo / 60, lo % 60), LocalTime.of(hi / 60, hi % 60)));
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    /**
     * A daily window converted into another zone.
     *
     * @param start its first minute
     * @param end its end (exclusive)
     */
    public record Window(LocalTime start, LocalTime end) {}
}
