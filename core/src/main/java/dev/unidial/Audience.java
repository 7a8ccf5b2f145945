package dev.unidial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a campaign calls: exactly one of inline {@linkplain #targets(List) targets}, the ids
 * of {@linkplain #contactIds(List) contacts} that already exist at the vendor, or the names
 * of vendor {@linkplain #contactLists(List) contact lists}.
 *
 * <p>Inline targets may come from a lazy {@link Iterable} (a database cursor, a CSV
 * reader) so that a million recipients never sit in memory at once. Such a source is
 * iterated <b>more than once</b>: once to validate, once to send (and once more to confirm
 * suspected duplicates, see {@link CampaignValidator}). Each iteration must yield the
 * same targets in the same order.
 */
public final class Audience {

    /** Which form of audience this is. */
    public enum Kind {
        /** Inline {@link Target}s. */
        TARGETS,
        /** Ids of contacts that already exist at the vendor. */
        CONTACT_IDS,
        /** Names of vendor contact lists. */
        CONTACT_LISTS
    }

    private final Kind kind;
    private final Iterable<Target> targets;
    private final boolean lazy;
    private final List<String> ids;

    private Audience(Kind kind, Iterable<Target> targets, boolean lazy, List<String> ids) {
        this.kind = kind;
        this.targets = targets;
        this.lazy = lazy;
        this.ids = ids;
    }

    /**
     * {@return inline targets held in memory; the list is copied}
     *
     * @param targets the targets
     * @throws NullPointerException if the list or any element is null
     */
    public static Audience targets(List<Target> targets) {
        Objects.requireNonNull(targets, "targets");
        List<Target> copy = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            int index = i;
            copy.add(Objects.requireNonNull(targets.get(i), () -> "targets[" + index + "]"));
        }
        return new Audience(Kind.TARGETS, Collections.unmodifiableList(copy), false, List.of());
    }

    /**
     * {@return inline targets; see {@link #targets(List)}}
     *
     * @param targets the targets
     */
    public static Audience targets(Target... targets) {
        return targets(List.of(targets));
    }

    /**
     * {@return inline targets from a lazy source that is read, not copied, and iterated more than
     * once (see the class documentation)} A {@link List} is copied as by
     * {@link #targets(List)}. A null element is reported as a validation violation.
     *
     * @param targets the targets
     */
    public static Audience targets(Iterable<Target> targets) {
        Objects.requireNonNull(targets, "targets");
        if (targets instanceof List<Target> list) {
            return targets(list);
        }
        return new Audience(Kind.TARGETS, targets, true, List.of());
    }

    /**
     * {@return ids of contacts that already exist at the vendor; copied}
     *
     * @param contactIds the vendor's contact ids
     */
    public static Audience contactIds(List<String> contactIds) {
        return new Audience(Kind.CONTACT_IDS, List.of(), false, DefensiveCopies.copyOfStrings(contactIds, "contactIds"));
    }

    /**
     * {@return names of contact lists that already exist at the vendor; copied}
     *
     * @param contactLists the names of the vendor's contact lists
     */
    public static Audience contactLists(List<String> contactLists) {
        return new Audience(Kind.CONTACT_LISTS, List.of(), false, DefensiveCopies.copyOfStrings(contactLists, "contactLists"));
    }

    /** {@return which form this audience takes} */
    public Kind kind() {
        return kind;
    }

    /** {@return the inline targets; empty unless {@link #kind()} is {@link Kind#TARGETS}} */
    public Iterable<Target> targets() {
        return targets;
    }

    /** {@return whether the targets come from a lazy source rather than an in-memory list} */
    public boolean isLazy() {
        return lazy;
    }

    /** {@return the in-memory target list, when the targets are not lazy} */
    public Optional<List<Target>> targetList() {
        return kind == Kind.TARGETS && !lazy ? Optional.of(castList()) : Optional.empty();
    }

    /** {@return the contact ids; empty unless {@link #kind()} is {@link Kind#CONTACT_IDS}} */
    public List<String> contactIds() {
        return kind == Kind.CONTACT_IDS ? ids : List.of();
    }

    /** {@return the contact list names; empty unless {@link #kind()} is {@link Kind#CONTACT_LISTS}} */
    public List<String> contactLists() {
        return kind == Kind.CONTACT_LISTS ? ids : List.of();
    }

    @SuppressWarnings("unchecked")
    private List<Target> castList() {
        return (List<Target>) targets;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Audience other) || kind != other.kind || lazy != other.lazy) {
            return false;
        }
        // A lazy source is compared by identity: reading it here could be expensive or one-shot.
        return lazy ? targets == other.targets : targets.equals(other.targets) && ids.equals(other.ids);
    }

    @Override
    public int hashCode() {
        return lazy ? System.identityHashCode(targets) : Objects.hash(kind, targets, ids);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TARGETS -> lazy ? "Audience[targets=<lazy source>]" : "Audience[targets=" + castList().size() + "]";
            case CONTACT_IDS -> "Audience[contactIds=" + ids.size() + "]";
            case CONTACT_LISTS -> "Audience[contactLists=" + ids + "]";
        };
    }
}
