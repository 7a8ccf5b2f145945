package dev.unidial;

import java.util.Objects;
import java.util.Optional;

/**
 * The line a campaign calls from. Vendors name it either by its number (E.164) or by the
 * id of the phone-number record in their account; some want both.
 */
public final class CallerId {
    private final String number;
    private final String phoneNumberId;

    private CallerId(String number, String phoneNumberId) {
        this.number = number;
        this.phoneNumberId = phoneNumberId;
    }

    /**
     * {@return a caller number in E.164 form ({@code +15101234567})}
     *
     * @param number the number, in E.164 form
     */
    public static CallerId ofNumber(String number) {
        return new CallerId(Objects.requireNonNull(number, "number"), null);
    }

    /**
     * {@return the id of the vendor's phone-number record}
     *
     * @param phoneNumberId the vendor's id of the phone number
     */
    public static CallerId ofPhoneNumberId(String phoneNumberId) {
        return new CallerId(null, Objects.requireNonNull(phoneNumberId, "phoneNumberId"));
    }

    /**
     * {@return both the number and the vendor's id of it}
     *
     * @param number the number, in E.164 form
     * @param phoneNumberId the vendor's id of the phone number
     */
    public static CallerId of(String number, String phoneNumberId) {
        return new CallerId(Objects.requireNonNull(number, "number"), Objects.requireNonNull(phoneNumberId, "phoneNumberId"));
    }

    /** {@return the caller number, when given} */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** {@return the vendor's phone-number id, when given} */
    public Optional<String> phoneNumberId() {
        return Optional.ofNullable(phoneNumberId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallerId other
                && Objects.equals(number, other.number)
                && Objects.equals(phoneNumberId, other.phoneNumberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, phoneNumberId);
    }

    @Override
    public String toString() {
        return "CallerId[number=" + number + ", phoneNumberId=" + phoneNumberId + "]";
    }
}
