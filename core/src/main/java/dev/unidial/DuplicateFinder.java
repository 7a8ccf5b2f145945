package dev.unidial;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds phone numbers that occur twice in an audience in memory that does not grow with
 * the audience.
 *
 * <p>Up to {@value #EXACT_LIMIT} numbers are tracked exactly. Past that, numbers go into a
 * fixed 2 MiB Bloom filter; a number the filter may have seen becomes a suspect, and
 * {@link #confirm} reads the audience once more to keep only real duplicates. A false
 * positive of the filter therefore costs a second read, never a false violation. At most
 * {@value #SUSPECT_LIMIT} suspects are kept; beyond that duplicates may go unreported,
 * which the vendor tolerates (it is a courtesy check, not a vendor rule).
 */
final class DuplicateFinder {
    static final int EXACT_LIMIT = 65_536;
    static final int SUSPECT_LIMIT = 10_000;
    private static final int BLOOM_BITS = 1 << 24;
    private static final int HASHES = 4;

    /** A number seen at two positions. */
    record Duplicate(String phone, long firstIndex, long secondIndex) {}

    private Map<String, Long> exact = new HashMap<>();
    private BitSet bloom;
    private final Set<String> suspects = new HashSet<>();
    private final List<Duplicate> found = new ArrayList<>();
    private long index;

    void offer(String phone) {
        long position = index++;
        if (exact != null) {
            Long first = exact.putIfAbsent(phone, position);
            if (first != null) {
                found.add(new Duplicate(phone, first, position));
            } else if (exact.size() > EXACT_LIMIT) {
                switchToBloom();
            }
            return;
        }
        if (mightContainThenAdd(phone) && suspects.size() < SUSPECT_LIMIT) {
            suspects.add(phone);
        }
    }

    /** Every duplicate, confirming suspects with one more read of the targets when there are any. */
    List<Duplicate> confirm(Iterable<Target> targets) {
        if (suspects.isEmpty()) {
            return found;
        }
        // The second read finds every pair again, including those the exact phase saw.
        found.forEach(d -> suspects.add(d.phone()));
        List<Duplicate> confirmed = new ArrayList<>();
        Map<String, Long> firstSeen = new HashMap<>();
        long position = 0;
        for (Target t : targets) {
            if (t != null && suspects.contains(t.phone())) {
                Long first = firstSeen.putIfAbsent(t.phone(), position);
                if (first != null) {
                    confirmed.add(new Duplicate(t.phone(), first, position));
                }
            }
            position++;
        }
        return confirmed;
    }

    private void switchToBloom() {
        bloom = new BitSet(BLOOM_BITS);
        exact.keySet().forEach(this::mightContainThenAdd);
        exact = null;
    }

    private boolean mightContainThenAdd(String phone) {
        int h1 = phone.hashCode();
        int h2 = Integer.reverse(h1 * 0x9E3779B9) | 1;
        boolean present = true;
        for (int i = 0; i < HASHES; i++) {
            int bit = (h1 + i * h2) & (BLOOM_BITS - 1);
            if (!bloom.get(bit)) {
                present = false;
                bloom.set(bit);
            }
        }
        return present;
    }
}
