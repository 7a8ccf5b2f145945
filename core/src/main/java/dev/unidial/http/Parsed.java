package dev.unidial.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A wire value with the JSON it was read from, as the vendor sent it: the neutral model's
 * {@code raw()} is that JSON, with every field the wire type does not know, never the wire
 * value written out again.
 *
 * @param <T> the wire type
 * @param value the wire value
 * @param json the JSON it was read from
 */
public record Parsed<T>(T value, JsonNode json) {
    /**
     * Checks that both are present.
     *
     * @param value the wire value
     * @param json the JSON it was read from
     */
    public Parsed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(json, "json");
    }

    /**
     * {@return what the function makes of the value and its JSON}
     *
     * @param <R> the result
     * @param read reads both, as a mapper's {@code snapshot(wire, raw)} does
     */
    public <R> R map(BiFunction<? super T, JsonNode, R> read) {
        return read.apply(value, json);
    }
}
