package dev.unidial;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a campaign runs: an optional start, the time zone its calling windows are read in,
 * and the windows themselves. {@link #immediately()} starts at once with no windows.
 */
public final class Schedule {
    private static final Schedule IMMEDIATELY = new Schedule(null, null, List.of());

    private final OffsetDateTime startAt;
    private final ZoneId timeZone;
    private final List<CallingWindow> windows;

    private Schedule(OffsetDateTime startAt, ZoneId timeZone, List<CallingWindow> windows) {
        this.startAt = startAt;
        this.timeZone = timeZone;
        this.windows = windows;
    }

    /** {@return a schedule that starts as soon as the vendor can, at any hour} */
    public static Schedule immediately() {
        return IMMEDIATELY;
    }

    /** {@return a builder for a scheduled start, a time zone and calling windows} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this schedule's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startAt = startAt;
        b.timeZone = timeZone;
        b.windows.addAll(windows);
        return b;
    }

    /** {@return the first moment calls may start, when scheduled} */
    public Optional<OffsetDateTime> startAt() {
        return Optional.ofNullable(startAt);
    }

    /** {@return the zone calling windows are read in, when set} */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    /** {@return the calling windows, in the order given; empty means any time} */
    public List<CallingWindow> windows() {
        return windows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other
                && Objects.equals(startAt, other.startAt)
                && Objects.equals(timeZone, other.timeZone)
                && windows.equals(other.windows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startAt, timeZone, windows);
    }

    @Override
    public String toString() {
        return "Schedule[startAt=" + startAt + ", timeZone=" + timeZone + ", windows=" + windows + "]";
    }

    /** Builds a {@link Schedule}; every method refuses null. */
    public static final class Builder {
        private OffsetDateTime startAt;
        private ZoneId timeZone;
        private final List<CallingWindow> windows = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the first moment calls may start.
         *
         * @param startAt the start
         * @return this builder
         */
        public Builder startAt(OffsetDateTime startAt) {
            this.startAt = Objects.requireNonNull(startAt, "startAt");
            return this;
        }

        /**
         * Sets the zone in which windows (and, for vendors that take local times, the start) are read.
         *
         * @param timeZone the time zone
         * @return this builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
            return this;
        }

        /**
         * Adds a calling window; call once per window.
         *
         * @param window the window
         * @return this builder
         */
        public Builder window(CallingWindow window) {
            windows.add(Objects.requireNonNull(window, "window"));
            return this;
        }

        /** {@return a new immutable schedule} */
        public Schedule build() {
            return new Schedule(startAt, timeZone, List.copyOf(windows));
        }
    }
}
