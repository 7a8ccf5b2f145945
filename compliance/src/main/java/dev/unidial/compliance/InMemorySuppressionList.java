package dev.unidial.compliance;

import java.util.Set;
import java.util.function.Predicate;

/** Numbers as given; the gate normalises them with its policy's default region (see {@link NumberCheck}). */
final class InMemorySuppressionList implements SuppressionList {
    private final Set<String> numbers;

    InMemorySuppressionList(Set<String> numbers) {
        this.numbers = Set.copyOf(numbers);
    }

    Set<String> numbers() {
        return numbers;
    }

    @Override
    public Predicate<String> snapshot() {
        return numbers::contains;
    }
}
