package dev.unidial;

import dev.unidial.internal.FrozenMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies that keep insertion order and refuse nulls with the offending name. */
final class DefensiveCopies {
    private DefensiveCopies() {}

    static Map<String, Object> copyOf(Map<String, ?> source, String what) {
        Objects.requireNonNull(source, what);
        if (source.isEmpty()) {
            return Map.of();
        }
        source.forEach((key, value) -> {
            Objects.requireNonNull(key, () -> what + " key");
            Objects.requireNonNull(value, () -> what + "[" + key + "]");
        });
        return FrozenMap.copyOf(source);
    }

    static List<String> copyOfStrings(List<String> source, String what) {
        Objects.requireNonNull(source, what);
        List<String> copy = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            int index = i;
            copy.add(Objects.requireNonNull(source.get(i), () -> what + "[" + index + "]"));
        }
        return Collections.unmodifiableList(copy);
    }
}
