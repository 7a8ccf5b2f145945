package dev.unidial.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Numbers never to call (a do-not-call list). The gate asks for one {@link #snapshot()} per
 * run and reads every target against it, so that every pass over a lazy audience decides
 * alike even while the list changes. Numbers are compared in E.164 after normalisation.
 *
 * <p>The lists made by {@link #of} and {@link #fromFile} are read in full when the policy is
 * built, and an entry that is not one valid phone number stops the build: a do-not-call list
 * is never applied in part. A list you implement yourself is a predicate the SDK cannot
 * inspect: it receives E.164 numbers, and its correctness (its numbers normalised to E.164,
 * nothing skipped) is yours.
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
     * {@return a list of these numbers, held in memory} The entries are read when the policy is
     * built ({@link CompliancePolicy.Builder#build()}), national ones with its default region;
     * an entry that is not one valid phone number makes the build throw.
     *
     * @param numbers the numbers, E.164 or national with the policy's default region
     */
    static SuppressionList of(Collection<String> numbers) {
        List<InMemorySuppressionList.Entry> entries = new ArrayList<>();
        int i = 0;
        for (String n : Objects.requireNonNull(numbers, "numbers")) {
            entries.add(new InMemorySuppressionList.Entry(Objects.requireNonNull(n, "numbers[" + i + "]"), "entry " + i));
            i++;
        }
        return new InMemorySuppressionList(entries);
    }

    /**
     * {@return a list read from a UTF-8 text file} Each line holds one number (E.164, or national
     * with the policy's default region), or is blank, or is a comment whose first non-blank
     * character is {@code #}. The file is read once, here; its numbers are read when the
     * policy is built.
     *
     * @param file the file
     * @throws IllegalArgumentException naming the line numbers of lines that hold anything else
     *     (a CSV column, a header row, a comment after a number)
     * @throws UncheckedIOException if it cannot be read
     */
    static SuppressionList fromFile(Path file) {
        List<InMemorySuppressionList.Entry> entries = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String l = line.strip();
                if (lineNumber == 1 && l.startsWith("\uFEFF")) {
                    l = l.substring(1).strip();
                }
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (NumberCheck.looksLikeOneNumber(l)) {
                    entries.add(new InMemorySuppressionList.Entry(l, "line " + lineNumber));
                } else {
                    bad.add(lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suppression list " + file, e);
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("The do-not-call file " + file + " has " + bad.size() + " line"
                    + (bad.size() == 1 ? "" : "s") + " that " + (bad.size() == 1 ? "is" : "are")
                    + " neither one number, blank, nor a # comment: line" + (bad.size() == 1 ? " " : "s ")
                    + bad.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "))
                    + (bad.size() > 20 ? ", …" : "") + ". A do-not-call list is never applied in part.");
        }
        return new InMemorySuppressionList(entries);
    }
}
