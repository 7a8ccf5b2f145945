package dev.unidial.spring;

import java.util.Objects;

/**
 * A {@code unidial.*} property that stops the application from starting: one no one reads, a
 * value that is not valid, or a setting whose partner is missing. The failure analyzer shows
 * it with the property's name and what to do.
 */
public class UnidialConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The property at fault. */
    private final String property;

    /**
     * An exception naming a property.
     *
     * @param property the property at fault, such as {@code unidial.ravan.api-key}
     * @param message what is wrong, naming it
     */
    public UnidialConfigurationException(String property, String message) {
        super(message);
        this.property = Objects.requireNonNull(property, "property");
    }

    /** {@return the property at fault} */
    public String property() {
        return property;
    }
}
