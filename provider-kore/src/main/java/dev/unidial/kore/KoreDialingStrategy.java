package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign's {@code dialingStrategy}, as sent and as returned.
 *
 * @param callerId the caller number
 * @param callingHours when calls may be placed
 * @param dialingOrder {@code FIFO} or {@code LIFO}
 * @param maxAttemptsPerRecord call attempts per contact, 1 to 100
 * @param defaultRetryPeriod minutes between attempts, 1 to 1440
 * @param maxRingTime seconds to ring, 5 to 120
 * @param other fields this version does not know
 */
public record KoreDialingStrategy(
        CallerId callerId,
        CallingHours callingHours,
        String dialingOrder,
        int maxAttemptsPerRecord,
        int defaultRetryPeriod,
        int maxRingTime,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Copies unknown fields.
     *
     * @param callerId the caller number
     * @param callingHours when calls may be placed
     * @param dialingOrder {@code FIFO} or {@code LIFO}
     * @param maxAttemptsPerRecord call attempts per contact, 1 to 100
     * @param defaultRetryPeriod minutes between attempts, 1 to 1440
     * @param maxRingTime seconds to ring, 5 to 120
     * @param other fields this version does not know
     */
    public KoreDialingStrategy {
        other = WireValues.other(other);
    }

    /**
     * @param callerNumber the number shown to the person called
     * @param callingHours when calls may be placed
     * @return a builder: FIFO, one attempt, a retry period of 10 minutes, a ring time of 30 s
     */
    public static Builder builder(String callerNumber, CallingHours callingHours) {
        return new Builder(callerNumber, callingHours);
    }

    /** Builds a {@link KoreDialingStrategy}; every method refuses null. */
    public static final class Builder {
        private final String callerNumber;
        private final CallingHours callingHours;
        private KoreDialingOrder dialingOrder = KoreDialingOrder.FIFO;
        private int maxAttemptsPerRecord = 1;
        private int defaultRetryPeriod = 10;
        private int maxRingTime = 30;

        private Builder(String callerNumber, CallingHours callingHours) {
            this.callerNumber = Objects.requireNonNull(callerNumber, "callerNumber");
            this.callingHours = Objects.requireNonNull(callingHours, "callingHours");
        }

        /**
         * @param order FIFO or LIFO
         * @return this builder
         */
        public Builder dialingOrder(KoreDialingOrder order) {
            this.dialingOrder = Objects.requireNonNull(order, "dialingOrder");
            return this;
        }

        /**
         * @param attempts call attempts per contact, 1 to 100
         * @return this builder
         */
        public Builder maxAttemptsPerRecord(int attempts) {
            this.maxAttemptsPerRecord = attempts;
            return this;
        }

        /**
         * @param minutes minutes between attempts, 1 to 1440
         * @return this builder
         */
        public Builder defaultRetryPeriod(int minutes) {
            this.defaultRetryPeriod = minutes;
            return this;
        }

        /**
         * @param seconds seconds to ring, 5 to 120
         * @return this builder
         */
        public Builder maxRingTime(int seconds) {
            this.maxRingTime = seconds;
            return this;
        }

        /** @return the strategy */
        public KoreDialingStrategy build() {
            return new KoreDialingStrategy(new CallerId(callerNumber), callingHours, dialingOrder.name(),
                    maxAttemptsPerRecord, defaultRetryPeriod, maxRingTime, Map.of());
        }
    }

    /**
     * {@code callerId}.
     *
     * @param phoneNumber the number shown to the person called
     */
    public record CallerId(String phoneNumber) {}

    /**
     * {@code callingHours}.
     *
     * @param frequency {@code WEEKLY}, {@code DAILY} or {@code CUSTOM}
     * @param timezone an IANA zone
     * @param days the calling blocks
     */
    public record CallingHours(String frequency, String timezone, List<Day> days) {
        /**
         * Copies the days.
         *
         * @param frequency {@code WEEKLY}, {@code DAILY} or {@code CUSTOM}
         * @param timezone an IANA zone
         * @param days the calling blocks
         */
        public CallingHours {
            days = WireValues.list(days);
        }
    }

    /**
     * One calling block.
     *
     * @param day {@code MO}, {@code TU}, {@code WE}, {@code TH}, {@code FR}, {@code SA} or {@code SU}
     * @param start the start, {@code h:mm AM/PM} such as {@code 9:00 AM}
     * @param end the end, such as {@code 6:00 PM}
     */
    public record Day(String day, String start, String end) {}
}
