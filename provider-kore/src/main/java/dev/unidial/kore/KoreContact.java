package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact to add to a list. Kore maps {@code firstName}, {@code lastName},
 * {@code phoneNumber}, {@code timeZone} and {@code uniqueId}; further fields are sent as given.
 *
 * @param phoneNumber the number, E.164
 * @param firstName first name
 * @param lastName last name
 * @param timeZone the contact's IANA zone
 * @param uniqueId your id for the contact
 * @param fields further fields
 */
public record KoreContact(
        String phoneNumber,
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<String> timeZone,
        Optional<String> uniqueId,
        @JsonAnyGetter Map<String, Object> fields) {

    /**
     * Refuses a null number; copies the fields.
     *
     * @param phoneNumber the number, E.164
     * @param firstName first name
     * @param lastName last name
     * @param timeZone the contact's IANA zone
     * @param uniqueId your id for the contact
     * @param fields further fields
     */
    public KoreContact {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        firstName = firstName == null ? Optional.empty() : firstName;
        lastName = lastName == null ? Optional.empty() : lastName;
        timeZone = timeZone == null ? Optional.empty() : timeZone;
        uniqueId = uniqueId == null ? Optional.empty() : uniqueId;
        fields = WireValues.map(fields);
    }

    /**
     * {@return a contact with a number and further fields}
     *
     * @param phoneNumber the number, in E.164 form
     * @param fields further contact fields
     */
    public static KoreContact of(String phoneNumber, Map<String, ?> fields) {
        return new KoreContact(phoneNumber, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                WireValues.map(Objects.requireNonNull(fields, "fields")));
    }
}
