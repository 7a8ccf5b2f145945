package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Copies unknown fields. */
    public KoreDialingStrategy {
        other = WireFields.other(other);
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
        /** Copies the days. */
        public CallingHours {
            days = WireFields.list(days);
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
