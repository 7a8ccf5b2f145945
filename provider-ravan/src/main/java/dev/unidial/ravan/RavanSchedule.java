package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's {@code schedule} object, as sent and as returned. Every field is optional;
 * absent ones are left out of requests. Responses are read in camelCase or snake_case.
 *
 * @param start the campaign's start date-time (sent on create for a scheduled start; settable on update)
 * @param end the campaign's end date-time (read; settable on update)
 * @param windowStart daily window start, {@code HH:mm}
 * @param windowEnd daily window end, {@code HH:mm}
 * @param windowDays days calls may be placed, 1 = Monday … 7 = Sunday
 * @param timezone IANA zone, such as {@code Asia/Kolkata}
 * @param maxConcurrent the most simultaneous calls
 * @param retryAttempts retries per contact after an unsuccessful call
 * @param retryGapMin minutes between retries
 * @param other fields this version does not know, kept as sent
 */
public record RavanSchedule(
        Optional<String> start,
        Optional<String> end,
        @JsonAlias("window_start") Optional<String> windowStart,
        @JsonAlias("window_end") Optional<String> windowEnd,
        @JsonAlias("window_days") Optional<List<Integer>> windowDays,
        Optional<String> timezone,
        @JsonAlias("max_concurrent") Optional<Integer> maxConcurrent,
        @JsonAlias("retry_attempts") Optional<Integer> retryAttempts,
        @JsonAlias("retry_gap_min") Optional<Integer> retryGapMin,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param start the campaign's start date-time (sent on create for a scheduled start; settable on update)
     * @param end the campaign's end date-time (read; settable on update)
     * @param windowStart daily window start, {@code HH:mm}
     * @param windowEnd daily window end, {@code HH:mm}
     * @param windowDays days calls may be placed, 1 = Monday … 7 = Sunday
     * @param timezone IANA zone, such as {@code Asia/Kolkata}
     * @param maxConcurrent the most simultaneous calls
     * @param retryAttempts retries per contact after an unsuccessful call
     * @param retryGapMin minutes between retries
     * @param other fields this version does not know, kept as sent
     */
    public RavanSchedule {
        start = WireValues.optional(start);
        end = WireValues.optional(end);
        windowStart = WireValues.optional(windowStart);
        windowEnd = WireValues.optional(windowEnd);
        windowDays = WireValues.optionalList(windowDays);
        timezone = WireValues.optional(timezone);
        maxConcurrent = WireValues.optional(maxConcurrent);
        retryAttempts = WireValues.optional(retryAttempts);
        retryGapMin = WireValues.optional(retryGapMin);
        other = WireValues.other(other);
    }

    /** {@return an empty schedule to fill with the {@code with…} methods} */
    public static RavanSchedule empty() {
        return new RavanSchedule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** {@return whether no field is set} */
    @JsonIgnore
    public boolean isEmpty() {
        return start.isEmpty() && end.isEmpty() && windowStart.isEmpty() && windowEnd.isEmpty() && windowDays.isEmpty()
                && timezone.isEmpty() && maxConcurrent.isEmpty() && retryAttempts.isEmpty() && retryGapMin.isEmpty()
                && other.isEmpty();
    }

    /**
     * With a daily window.
     *
     * @param windowStart {@code HH:mm}
     * @param windowEnd {@code HH:mm}
     * @param windowDays days, 0 for Sunday to 6 for Saturday
     * @return a copy with these values
     */
    public RavanSchedule withWindow(String windowStart, String windowEnd, List<Integer> windowDays) {
        return new RavanSchedule(start, end, Optional.of(windowStart), Optional.of(windowEnd), Optional.of(windowDays),
                timezone, maxConcurrent, retryAttempts, retryGapMin, other);
    }

    /**
     * With a time zone.
     *
     * @param timezone an IANA zone id
     * @return a copy with this value
     */
    public RavanSchedule withTimezone(String timezone) {
        return new RavanSchedule(start, end, windowStart, windowEnd, windowDays, Optional.of(timezone),
                maxConcurrent, retryAttempts, retryGapMin, other);
    }

    /**
     * With a concurrency limit.
     *
     * @param maxConcurrent the most calls at once
     * @return a copy with this value
     */
    public RavanSchedule withMaxConcurrent(int maxConcurrent) {
        return new RavanSchedule(start, end, windowStart, windowEnd, windowDays, timezone,
                Optional.of(maxConcurrent), retryAttempts, retryGapMin, other);
    }

    /**
     * With retries.
     *
     * @param retryAttempts how many times to redial
     * @return a copy with this value
     */
    public RavanSchedule withRetryAttempts(int retryAttempts) {
        return new RavanSchedule(start, end, windowStart, windowEnd, windowDays, timezone, maxConcurrent,
                Optional.of(retryAttempts), retryGapMin, other);
    }

    /**
     * With a retry gap.
     *
     * @param retryGapMin minutes between attempts
     * @return a copy with this value
     */
    public RavanSchedule withRetryGapMin(int retryGapMin) {
        return new RavanSchedule(start, end, windowStart, windowEnd, windowDays, timezone, maxConcurrent,
                retryAttempts, Optional.of(retryGapMin), other);
    }

    /**
     * With a start date-time: when the campaign may begin calling.
     *
     * @param start the start, ISO-8601 with an offset
     * @return a copy with this value
     */
    public RavanSchedule withStart(String start) {
        return new RavanSchedule(Optional.of(start), end, windowStart, windowEnd, windowDays, timezone,
                maxConcurrent, retryAttempts, retryGapMin, other);
    }

    /**
     * With start and end date-times (for updates).
     *
     * @param start the start, ISO-8601
     * @param end the end, ISO-8601
     * @return a copy with these values
     */
    public RavanSchedule withStartAndEnd(String start, String end) {
        return new RavanSchedule(Optional.of(start), Optional.of(end), windowStart, windowEnd, windowDays, timezone,
                maxConcurrent, retryAttempts, retryGapMin, other);
    }
}
