package dev.unidial.compliance;

import dev.unidial.CallingWindow;
import dev.unidial.Schedule;
import dev.unidial.spi.ZoneDifference;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy's local hours, kept in every one of a number's zones and written in the first
 * zone's local time, intersected with the campaign's own windows (read, like the policy's
 * hours, in the recipient's local time).
 */
final class HoursAcrossZones {
    /** The last whole minute of a day: windows never cross midnight, and vendors take whole minutes. */
    private static final int LAST_MINUTE = 24 * 60 - 1;

    private HoursAcrossZones() {}

    /**
     * {@return a note when the zones' clocks change on different dates within the period, so
     * that their shared hours are narrower than on the first day; empty otherwise}
     */
    static Optional<String> narrowing(List<ZoneId> zones, CallingHours hours, Instant from) {
        ZoneId first = zones.get(0);
        List<String> moving = new ArrayList<>();
        for (ZoneId z : zones.subList(1, zones.size())) {
            if (!ZoneDifference.over(first, z, from, hours.start(), hours.end()).isConstant()) {
                moving.add(z.getId());
            }
        }
        return moving.isEmpty() ? Optional.empty() : Optional.of("The hours of " + first + " were narrowed to those"
                + " inside the policy's local hours in " + String.join(", ", moving) + " too on every day through "
                + from.atZone(first).plus(ZoneDifference.HORIZON).toLocalDate() + ": their clocks change on other dates.");
    }

    /**
     * The windows, in {@code zones.get(0)}'s local time, when a call is allowed in every zone
     * on every day from {@code from} through {@link ZoneDifference#HORIZON}: zones that change
     * their clocks on different dates (or only one of them) are an hour apart for some weeks,
     * and the windows keep only the hours that hold in all of them. Empty when no time is left.
     */
    static Optional<List<CallingWindow>> windows(List<ZoneId> zones, CallingHours hours, Schedule schedule, Instant from) {
        ZoneId first = zones.get(0);
        int start = minutes(hours.start());
        int end = minutes(hours.end());
        int lo = 0;
        int hi = LAST_MINUTE;
        for (ZoneId z : zones.subList(1, zones.size())) {
            ZoneDifference d = ZoneDifference.over(first, z, from, hours.start(), hours.end());
            lo = Math.max(lo, start - d.minMinutes());
            hi = Math.min(hi, end - d.maxMinutes());
        }
        lo = Math.max(lo, start);
        hi = Math.min(hi, end);
        if (lo >= hi) {
            return Optional.empty();
        }
        List<CallingWindow> out = new ArrayList<>();
        if (schedule.windows().isEmpty()) {
            out.add(CallingWindow.everyDay(time(lo), time(hi)));
        } else {
            for (CallingWindow w : schedule.windows()) {
                int a = Math.max(minutes(w.start()), lo);
                int b = Math.min(minutes(w.end()), hi);
                if (a < b) {
                    out.add(CallingWindow.of(w.days(), time(a), time(b)));
                }
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }
}
