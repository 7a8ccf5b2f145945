package dev.unidial.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * An unmodifiable, never empty map that keeps its keys in the order given. {@link #copyOf}
 * returns one as is instead of copying it again, so a target's variables are copied once
 * when the target is built and never again on the way to the wire (a campaign may have
 * millions).
 *
 * <p>The entries sit in one array: reading a map to write it out touches that array and
 * the entries, not a hash table's nodes spread over the heap, and a target's one or two
 * variables take less than half the memory of an unmodifiable {@link LinkedHashMap} (72
 * bytes against about 170 for one). Lookups scan the few entries a target usually has; a
 * larger map builds a hash index on its first lookup.
 */
public final class FrozenMap extends AbstractMap<String, Object> {
    private static final int SCAN_LIMIT = 8;

    private final Entry<String, Object>[] entries;
    /** Built on the first lookup of a map larger than {@value #SCAN_LIMIT}; a race builds it twice, harmlessly. */
    private volatile Map<Object, Object> index;

    /**
     * {@return an unmodifiable copy that keeps the keys in their order; none becomes an empty
     * map, and a map this method returned before is returned as is}
     *
     * @param value the entries, or null
     * @throws NullPointerException if a key or value is null
     */
    public static Map<String, Object> copyOf(Map<String, ?> value) {
        // Tested first: a frozen map is never empty, and this reads no more than its header.
        if (value instanceof FrozenMap frozen) {
            return frozen;
        }
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        List<Entry<String, Object>> copy = new ArrayList<>(value.size());
        value.forEach((k, v) -> copy.add(Map.entry(Objects.requireNonNull(k, "key"),
                Objects.requireNonNull(v, () -> "value of " + k))));
        // A map's keys are distinct by equals(), except in a map such as IdentityHashMap: a small
        // copy is checked directly, a large one made distinct by a hash table.
        if (copy.size() > SCAN_LIMIT || hasRepeatedKey(copy)) {
            LinkedHashMap<String, Object> distinct = new LinkedHashMap<>(copy.size() * 2);
            copy.forEach(e -> distinct.put(e.getKey(), e.getValue()));
            copy.clear();
            distinct.forEach((k, v) -> copy.add(Map.entry(k, v)));
        }
        return new FrozenMap(copy.toArray(newEntries(0)));
    }

    /**
     * {@return an array for a map's entries, to fill and hand to {@link #ofDistinct}}
     *
     * @param length how many entries it holds at most
     */
    @SuppressWarnings("unchecked")
    public static Entry<String, Object>[] newEntries(int length) {
        return (Entry<String, Object>[]) new Entry<?, ?>[length];
    }

    /**
     * {@return a map of entries whose keys are distinct already, such as a JSON object's
     * fields, taken without copying them again; none becomes an empty map}
     *
     * @param entries unmodifiable entries ({@link Map#entry}) with distinct keys, from the first on
     * @param count how many of them the map holds; the array is the map's own when it holds all
     */
    public static Map<String, Object> ofDistinct(Entry<String, Object>[] entries, int count) {
        if (count == 0) {
            return Map.of();
        }
        return new FrozenMap(count == entries.length ? entries : Arrays.copyOf(entries, count));
    }

    private static boolean hasRepeatedKey(List<Entry<String, Object>> entries) {
        for (int i = 1; i < entries.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (entries.get(i).getKey().equals(entries.get(j).getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @param entries unmodifiable entries, at least one, with distinct keys: the map's own */
    private FrozenMap(Entry<String, Object>[] entries) {
        this.entries = entries;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next == entries.length) {
                            throw new NoSuchElementException();
                        }
                        return entries[next++];
                    }
                };
            }

            @Override
            public int size() {
                return entries.length;
            }
        };
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object get(Object key) {
        if (entries.length <= SCAN_LIMIT) {
            for (Entry<String, Object> e : entries) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
            return null;
        }
        Map<Object, Object> i = index;
        if (i == null) {
            i = new HashMap<>(entries.length * 2);
            for (Entry<String, Object> e : entries) {
                i.put(e.getKey(), e.getValue());
            }
            index = i;
        }
        return i.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null; // values are never null
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (Entry<String, Object> e : entries) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    /**
     * {@return whether every entry passes the test} Allocates nothing: checks that run for
     * every target of a large audience use it.
     *
     * @param test a test of a key and its value
     */
    public boolean allMatch(BiPredicate<String, Object> test) {
        for (Entry<String, Object> e : entries) {
            if (!test.test(e.getKey(), e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
