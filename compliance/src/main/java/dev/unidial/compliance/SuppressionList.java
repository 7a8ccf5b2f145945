package dev.unidial.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Numbers never to call (a do-not-call list). The gate asks for one {@link #snapshot()} per
 * run and reads every target against it, so that every pass over a lazy audience decides
 * alike even while the list changes. Numbers are compared in E.164 after normalisation: a
 * list's own entries are normalised with the policy's default region by the in-memory and
 * file forms; your own implementation receives E.164 numbers.
 */
@FunctionalInterface
public interface SuppressionList {
    /**
     * {@return a stable view of the list for one run of the gate: whether an E.164 number is on it}
     * Backed by a database, take a consistent snapshot (or copy the numbers), so that a
     * number's fate does not change between passes over the audience.
     */
    Predicate<String> snapshot();

    /** {@return a list with no numbers} */
    static SuppressionList none() {
        return () -> n -> false;
    }

    /**
     * {@return a list of these numbers, held in memory} Entries are normalised to E.164 by the gate.
     *
     * @param numbers the numbers, E.164 or national with the policy's default region
     */
    static SuppressionList of(Collection<String> numbers) {
        return new InMemorySuppressionList(Set.copyOf(Objects.requireNonNull(numbers, "numbers")));
    }

    /**
     * {@return a list read from a text file: one number per line; blank lines and lines starting
     * with {@code #} are skipped} The file is read once, when the gate is built.
     *
     * @param file the file
     * @throws UncheckedIOException if it cannot be read
     */
    static SuppressionList fromFile(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            Set<String> numbers = new HashSet<>();
            lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(numbers::add);
            return new InMemorySuppressionList(numbers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suppression list " + file, e);
        }
    }
}
