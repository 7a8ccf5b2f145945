package dev.unidial.mrassistant;

import dev.unidial.spi.WireFields;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a campaign's {@code targets}.
 *
 * @param toNumber the number to call, E.164
 * @param fromNumber the caller number, when set
 * @param context variables for this call
 */
public record MrAssistantTarget(
        @JsonProperty("to_number") String toNumber,
        @JsonProperty("from_number") Optional<String> fromNumber,
        Map<String, Object> context) {

    /**
     *
     * @throws NullPointerException if {@code toNumber} is null
     * @param toNumber the number to call, E.164
     * @param fromNumber the caller number, when set
     * @param context variables for this call
     */
    public MrAssistantTarget {
        Objects.requireNonNull(toNumber, "toNumber");
        fromNumber = fromNumber == null ? Optional.empty() : fromNumber;
        context = WireFields.map(context);
    }
}
