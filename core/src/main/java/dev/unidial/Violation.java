package dev.unidial;

import java.util.Objects;

/**
 * One broken rule: where ({@code audience.targets[3].phone}) and what.
 *
 * @param path the field path in the neutral campaign
 * @param message what is wrong, in words a user can act on
 */
public record Violation(String path, String message) {
    /**
     *
     * @throws NullPointerException if either is null
     * @param path the field path in the neutral campaign
     * @param message what is wrong, in words a user can act on
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
