package dev.unidial.compliance;

import dev.unidial.internal.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Entries as given, each with where it came from; {@link CompliancePolicy.Builder#build()}
 * reads them with the policy's default region ({@link #normalise}) and refuses the policy when
 * one cannot be read, so that a do-not-call list is never applied in part.
 */
final class InMemorySuppressionList implements SuppressionList {
    /** How many unreadable entries an error shows. */
    private static final int SHOWN = 5;

    /** One entry as written, and where: {@code "entry 3"} or {@code "line 12"}. */
    record Entry(String text, String where) {}

    private final List<Entry> entries;
    private final Set<String> e164;

    InMemorySuppressionList(List<Entry> entries) {
        this(List.copyOf(entries), null);
    }

    private InMemorySuppressionList(List<Entry> entries, Set<String> e164) {
        this.entries = entries;
        this.e164 = e164;
    }

    /**
     * {@return this list with every entry in E.164}
     *
     * @param defaultRegion the region national entries are read in
     * @throws IllegalArgumentException counting the entries that are not phone numbers, with the first few
     */
    InMemorySuppressionList normalise(Optional<String> defaultRegion) {
        HashSet<String> numbers = new HashSet<>();
        List<Entry> unreadable = new ArrayList<>();
        for (Entry e : entries) {
            Optional<String> n = NumberCheck.e164(e.text(), defaultRegion);
            if (n.isPresent() && NumberCheck.looksLikeOneNumber(e.text())) {
                numbers.add(n.get());
            } else {
                unreadable.add(e);
            }
        }
        if (!unreadable.isEmpty()) {
            StringBuilder shown = new StringBuilder();
            unreadable.stream().limit(SHOWN).forEach(e -> shown.append(shown.length() == 0 ? "" : ", ")
                    .append(e.where()).append(' ').append('\'').append(Violations.printable(e.text())).append('\''));
            throw new IllegalArgumentException(unreadable.size() + " of " + entries.size() + " do-not-call entries"
                    + " cannot be read as one valid phone number" + defaultRegion.map(r -> " (national numbers read in " + r + ")")
                            .orElse(" (no default region: national numbers cannot be read)")
                    + ": " + shown + (unreadable.size() > SHOWN ? ", …" : "")
                    + ". A do-not-call list is never applied in part: correct or remove these entries.");
        }
        return new InMemorySuppressionList(entries, Set.copyOf(numbers));
    }

    @Override
    public Predicate<String> snapshot() {
        if (e164 == null) {
            throw new IllegalStateException("the list is read by CompliancePolicy.Builder.build()");
        }
        return e164::contains;
    }

    @Override
    public String toString() {
        return "SuppressionList[" + entries.size() + " entries]";
    }
}
