package dev.unidial.callkaro;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * {@code gap_between_retries}, in minutes: one value for every retry, or one per retry.
 *
 * @param minutes the gap, or one gap per retry
 */
public record CallKaroRetryGap(List<Integer> minutes) {

    /**
     * Copies the list.
     *
     * @param minutes the gap, or one gap per retry
     */
    public CallKaroRetryGap {
        minutes = List.copyOf(minutes);
    }

    /**
     * {@return the same gap before every retry}
     *
     * @param minutes minutes
     */
    public static CallKaroRetryGap every(int minutes) {
        return new CallKaroRetryGap(List.of(minutes));
    }

    /**
     * {@return a gap per retry, such as 30 then 60 minutes}
     *
     * @param minutes minutes
     */
    public static CallKaroRetryGap perRetry(List<Integer> minutes) {
        return new CallKaroRetryGap(minutes);
    }

    /** On the wire: a number for one gap, an array for several. */
    @JsonValue
    Object wire() {
        return minutes.size() == 1 ? minutes.get(0) : minutes;
    }
}
