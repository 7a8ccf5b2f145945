package dev.unidial;

import java.util.Map;
import java.util.Objects;

/**
 * One person to call: a phone number in E.164 form and the variables the agent may use
 * for this call (a first name, an order number…).
 *
 * <p>The number is checked against E.164 when the campaign is validated, not here, so a
 * bad number in a million-row source is reported with its position instead of stopping
 * the read. Variables are copied; their values should be JSON-friendly (strings, numbers,
 * booleans, lists and maps of those).
 *
 * @param phone the number to call, E.164 ({@code +919876543210})
 * @param variables per-target variables, never null, possibly empty
 */
public record Target(String phone, Map<String, Object> variables) {

    /** @throws NullPointerException if {@code phone}, {@code variables} or any key or value is null */
    public Target {
        Objects.requireNonNull(phone, "phone");
        variables = Values.copyOf(variables, "variables");
    }

    /** A target with no variables. */
    public static Target of(String phone) {
        return new Target(phone, Map.of());
    }

    /** A target with its own variables; they win over campaign variables of the same name. */
    public static Target of(String phone, Map<String, ?> variables) {
        return new Target(phone, Values.copyOf(variables, "variables"));
    }
}
