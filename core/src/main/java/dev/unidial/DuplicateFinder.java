package dev.unidial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds phone numbers that occur twice in an audience in memory that does not grow with
 * the audience.
 *
 * <p>Up to {@value #EXACT_LIMIT} numbers are tracked exactly, in at most 1 MiB. Past that,
 * numbers go into a fixed 8 MiB Bloom filter with 7 hashes in one cache line (at a million
 * numbers a false suspect is rare, and so is a second read), and a number the filter may have seen becomes
 * a suspect. When there is a duplicate or a suspect, {@link #confirm} reads the audience once
 * more to find the positions of the real duplicates. A false positive of the filter
 * therefore costs a second read, never a false violation. At most
 * {@value #SUSPECT_LIMIT} suspects are kept; beyond that duplicates may go unreported,
 * which the vendor tolerates (it is a courtesy check, not a vendor rule).
 */
final class DuplicateFinder {
    static final int EXACT_LIMIT = 65_536;
    static final int SUSPECT_LIMIT = 10_000;
    private static final int BLOOM_BITS = 1 << 26;
    private static final int HASHES = 7;
    private static final int BLOCKS = BLOOM_BITS >>> 9;

    /** A number seen at two positions. */
    record Duplicate(String phone, long firstIndex, long secondIndex) {}

    /** The exact phase: E.164 numbers as the integers their digits spell (open addressing, 0 is empty). */
    private long[] exact = new long[64];
    private int exactSize;
    private long[] bloom;

    /** Numbers seen twice for certain (exact phase) or perhaps (Bloom phase); {@link #confirm} finds their positions. */
    private final Set<String> suspects = new HashSet<>();

    /**
     * Notes a target's number, which must be E.164 (any other is a violation of its own). An
     * E.164 number has at most 15 digits and no leading zero, so the integer its digits spell
     * identifies it exactly, without hashing strings or boxing.
     */
    void offer(String phone) {
        long key = key(phone);
        if (exact != null) {
            // Positions are not kept: duplicates are rare, and the read that confirms them finds them.
            if (!addExact(key)) {
                suspects.add(phone);
            } else if (exactSize > EXACT_LIMIT) {
                switchToBloom();
            }
            return;
        }
        if (mightContainThenAdd(key) && suspects.size() < SUSPECT_LIMIT) {
            suspects.add(phone);
        }
    }

    /** Every duplicate, with one more read of the targets when there may be any. */
    List<Duplicate> confirm(Iterable<Target> targets) {
        if (suspects.isEmpty()) {
            return List.of();
        }
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

    private static long key(String phone) {
        long key = 0;
        for (int i = 1; i < phone.length(); i++) {
            key = key * 10 + (phone.charAt(i) - '0');
        }
        return key;
    }

    private boolean addExact(long key) {
        if (exactSize * 2 >= exact.length) {
            long[] old = exact;
            exact = new long[old.length * 2];
            exactSize = 0;
            for (long k : old) {
                if (k != 0) {
                    addExact(k);
                }
            }
        }
        int mask = exact.length - 1;
        for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
            if (exact[i] == key) {
                return false;
            }
            if (exact[i] == 0) {
                exact[i] = key;
                exactSize++;
                return true;
            }
        }
    }

    private void switchToBloom() {
        bloom = new long[BLOOM_BITS >>> 6];
        for (long k : exact) {
            if (k != 0) {
                mightContainThenAdd(k);
            }
        }
        exact = null;
    }

    /**
     * A Bloom filter blocked by cache line: a number's {@value #HASHES} bits all lie in one
     * 512-bit block, so a lookup costs one cache miss instead of one per hash (with millions
     * of numbers the filter is far larger than the CPU's caches).
     */
    private boolean mightContainThenAdd(long key) {
        long h = mix(key);
        long bits = mix(h ^ 0x9E3779B97F4A7C15L);
        int block = (int) (h >>> 32) & (BLOCKS - 1);
        int base = block << 3;
        boolean present = true;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) (bits >>> (9 * i)) & 511;
            long mask = 1L << bit;
            int word = base + (bit >>> 6);
            if ((bloom[word] & mask) == 0) {
                present = false;
                bloom[word] |= mask;
            }
        }
        return present;
    }

    /** A 64-bit finaliser (from MurmurHash3), so that numbers close together spread over the table. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a3ec1L;
        k ^= k >>> 33;
        return k;
    }
}
