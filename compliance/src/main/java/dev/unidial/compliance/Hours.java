package dev.unidial.compliance;

import dev.unidial.CallingWindow;
import dev.unidial.Schedule;
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
final class Hours {
    /** The last whole minute of a day: windows never cross midnight, and vendors take whole minutes. */
    private static final int LAST_MINUTE = 24 * 60 - 1;

    private Hours() {}

    /**
     * The windows, in {@code zones.get(0)}'s local time, when a call is allowed in every zone;
     * empty when there is no such time. Offsets are those at {@code at}: zones that change
     * their clocks on different dates differ by an hour for some weeks, which these windows
     * do not follow (an assumption, labelled in the README).
     */
    static Optional<List<CallingWindow>> windows(List<ZoneId> zones, CallingHours hours, Schedule schedule, Instant at) {
        ZoneId first = zones.get(0);
        int firstOffset = first.getRules().getOffset(at).getTotalSeconds() / 60;
        int start = minutes(hours.start());
        int end = minutes(hours.end());
        int lo = 0;
        int hi = LAST_MINUTE;
        for (ZoneId z : zones) {
            int shift = z.getRules().getOffset(at).getTotalSeconds() / 60 - firstOffset;
            lo = Math.max(lo, start - shift);
            hi = Math.min(hi, end - shift);
        }
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
