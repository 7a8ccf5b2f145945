package dev.unidial.internal;

import dev.unidial.Target;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Finds phone numbers that occur twice in an audience, in memory that stays bounded
 * however large the audience grows.
 *
 * <p>A number is kept as the hash of the integer its digits spell: the hash is a bijection,
 * so two numbers share one exactly when they are equal, and it is computed once per number
 * rather than once per stage. Each number costs the caller's loop one store into the open
 * chunk; all else happens once per chunk. (When the work of a full chunk sat on the path of
 * every number, the compiler inlined it into the caller's loop, and that loop's code cost as
 * much as keeping the numbers.) The numbers go through three stages:
 * <ol>
 *   <li>up to {@value #EXACT_LIMIT} numbers in one small chunk, compared at the end in a
 *       table of at most 128 KiB, small enough to stay in the CPU's caches;</li>
 *   <li>up to {@value #KEPT_LIMIT} numbers (8 bytes each, the million recipients the SDK is
 *       sized for) kept in the order read, then at the end split into {@value #PARTITIONS}
 *       partitions by hash and compared within each. Keeping is one sequential write per
 *       number while the audience is read, and each partition's comparison fits in the CPU's
 *       caches: a table of a million numbers looked up at random would miss them on nearly
 *       every number;</li>
 *   <li>past that, a fixed 8 MiB Bloom filter with 7 hashes in one cache line, fed a batch
 *       at a time, where a number the filter may have seen becomes a suspect.</li>
 * </ol>
 * When there is a duplicate or a suspect, {@link #confirm} reads the audience once more to
 * find the positions of the real ones, so a false positive of the filter costs a second
 * read, never a false violation. At most {@value #SUSPECT_LIMIT} suspects are kept; beyond
 * that duplicates may go unreported, which the vendors tolerate (it is a courtesy check, not
 * a vendor rule).
 */
public final class DuplicateFinder {
    /** How many numbers the first chunk holds, compared in one table when they are all there are. */
    public static final int EXACT_LIMIT = 8_192;
    /** How many numbers are kept for the exact comparison, the first chunk's included. */
    public static final int KEPT_LIMIT = 1 << 20;
    /** How many suspects are kept. */
    public static final int SUSPECT_LIMIT = 10_000;
    private static final int PARTITION_BITS = 6;
    private static final int PARTITIONS = 1 << PARTITION_BITS;
    /** A partition's chunk: 32 KiB, so that 64 partitions fill a few at a time. */
    private static final int PARTITION_CHUNK = 4096;
    /** The first chunk of an audience of unknown size, doubled up to {@value #EXACT_LIMIT}. */
    private static final int FIRST_CHUNK = 1024;
    /** Numbers gathered before they go into the filter together. */
    private static final int FILTER_BATCH = 1024;
    /**
     * A chunk of the numbers kept in read order: 1 MiB with its header, which G1 in a small
     * heap allocates outside the young generation and never copies. The kept numbers live as
     * long as the audience is read, while the audience's own objects die young: in 32 KiB
     * chunks, each young collection of a 64 MiB heap copied the whole growing list again.
     */
    private static final int KEPT_CHUNK = (1 << 17) - 2;
    private static final long[] NO_CHUNK = {};
    /**
     * Full chunks of finished checks, emptied, for the next check to fill again. Allocated
     * anew for every large audience, these humongous objects made G1 start a concurrent
     * cycle with nearly every upload of a million numbers. Held softly, so the collector
     * takes them back when memory runs short.
     */
    private static final ArrayBlockingQueue<SoftReference<long[]>> SPARE_CHUNKS =
            new ArrayBlockingQueue<>(KEPT_LIMIT / KEPT_CHUNK + 1);
    private static final int BLOOM_BITS = 1 << 26;
    private static final int HASHES = 7;
    private static final int BLOCKS_PER_PARTITION = (BLOOM_BITS >>> 9) >>> PARTITION_BITS;

    /**
     * A number seen at two positions.
     *
     * @param phone the number
     * @param firstIndex where it was first seen
     * @param secondIndex where it was seen again
     */
    public record Duplicate(String phone, long firstIndex, long secondIndex) {}

    /** The chunk being filled: the first one, one of stage 2, or the filter's batch. */
    private long[] open;
    private int fill;

    /** Stage 2: the full chunks, in the order read; null in stage 1. */
    private List<long[]> kept;
    private int keptSize;

    /** Stage 3. */
    private long[] bloom;

    /** Numbers seen twice for certain (stages 1 and 2) or perhaps (stage 3); {@link #confirm} finds their positions. */
    private final Set<Long> suspects = new HashSet<>();

    /**
     * A finder sized for the numbers expected, so that the first chunk of a known audience is
     * not grown while it fills.
     *
     * @param expected how many numbers there will be, or 0 when unknown
     */
    public DuplicateFinder(int expected) {
        open = new long[expected > 0 ? Math.min(expected, EXACT_LIMIT) : FIRST_CHUNK];
    }

    /**
     * Notes a target's number if it is in E.164 form. An E.164 number has at most 15 digits
     * and no leading zero, so the integer its digits spell identifies it exactly, without
     * hashing strings or boxing; the form is checked while the digits are read.
     *
     * @param phone the number as given
     * @return false, noting nothing, when the number is not E.164 (a violation of its own)
     */
    public boolean offer(String phone) {
        long key = key(phone);
        if (key < 0) {
            return false;
        }
        long hash = mix(key);
        if (fill < open.length) {
            open[fill++] = hash;
        } else {
            chunkFull(hash);
        }
        return true;
    }

    /** The open chunk is full: makes room for the number, once per chunk. */
    private void chunkFull(long hash) {
        if (bloom != null) {
            filter(open, fill);
            fill = 0;
        } else if (kept == null && open.length < EXACT_LIMIT) {
            open = Arrays.copyOf(open, Math.min(open.length * 2, EXACT_LIMIT));
        } else {
            if (kept == null) {
                kept = new ArrayList<>();
            }
            kept.add(open);
            keptSize += open.length;
            // The chunk is in the list now, and must be handed back to the spares once only.
            open = NO_CHUNK;
            fill = 0;
            if (keptSize == KEPT_LIMIT) {
                switchToBloom();
                open = new long[FILTER_BATCH];
            } else {
                // Never past the limit, so that the open chunk fills up exactly when stage 2 ends.
                open = newChunk(Math.min(KEPT_CHUNK, KEPT_LIMIT - keptSize));
            }
        }
        open[fill++] = hash;
    }

    /**
     * {@return every duplicate, with one more read of the targets when there may be any}
     *
     * @param targets the audience that was offered, to read again
     */
    public List<Duplicate> confirm(Iterable<Target> targets) {
        if (bloom != null) {
            filter(open, fill);
        } else if (kept == null) {
            compareFirst();
        } else {
            compareKept();
        }
        open = null;
        bloom = null;
        if (suspects.isEmpty()) {
            return List.of();
        }
        List<Duplicate> confirmed = new ArrayList<>();
        Map<Long, Long> firstSeen = new HashMap<>();
        long position = 0;
        for (Target t : targets) {
            long key = t == null ? -1 : key(t.phone());
            if (key >= 0 && suspects.contains(mix(key))) {
                Long first = firstSeen.putIfAbsent(key, position);
                if (first != null) {
                    confirmed.add(new Duplicate(t.phone(), first, position));
                }
            }
            position++;
        }
        return confirmed;
    }

    /** All the numbers are in the first chunk: one table compares them. */
    private void compareFirst() {
        long[] table = new long[slotsFor(fill)];
        int mask = table.length - 1;
        for (int i = 0; i < fill; i++) {
            if (!insert(table, mask, open[i])) {
                suspect(open[i]);
            }
        }
    }

    private void suspect(long hash) {
        if (suspects.size() < SUSPECT_LIMIT) {
            suspects.add(hash);
        }
    }

    /** {@return the integer an E.164 number's digits spell, or -1 when the text is not E.164} */
    private static long key(String phone) {
        int n = phone.length();
        if (n < 3 || n > 16 || phone.charAt(0) != '+' || phone.charAt(1) == '0') {
            return -1;
        }
        long key = 0;
        for (int i = 1; i < n; i++) {
            int digit = phone.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            key = key * 10 + digit;
        }
        return key;
    }

    /**
     * Adds the hash to the first {@code mask + 1} slots of the table, a power of two. A hash
     * is never 0 (the empty slot), since only 0 hashes to 0 and no E.164 number spells 0.
     */
    private static boolean insert(long[] table, int mask, long hash) {
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (table[i] == hash) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = hash;
                return true;
            }
        }
    }

    /**
     * Moves the kept numbers into partitions by hash, chunk by chunk, so that memory does not
     * double: a tight pass that stays in the CPU's caches, unlike a partition chosen per number
     * while the audience is being read and written.
     */
    private LongChunks[] partitionKept() {
        LongChunks[] partitions = new LongChunks[PARTITIONS];
        for (int p = 0; p < PARTITIONS; p++) {
            partitions[p] = new LongChunks();
        }
        for (int c = 0; c < kept.size(); c++) {
            long[] chunk = kept.set(c, null);
            for (long h : chunk) {
                partitions[partition(h)].add(h);
            }
            recycle(chunk);
        }
        for (int i = 0; i < fill; i++) {
            partitions[partition(open[i])].add(open[i]);
        }
        recycle(open);
        kept = null;
        keptSize = 0;
        open = NO_CHUNK;
        fill = 0;
        return partitions;
    }

    /** Compares each partition's numbers in a table small enough to stay in the CPU's caches. */
    private void compareKept() {
        LongChunks[] partitions = partitionKept();
        int largest = Arrays.stream(partitions).mapToInt(LongChunks::size).max().orElse(0);
        long[] table = new long[slotsFor(largest)];
        for (LongChunks partition : partitions) {
            // Only the part of the table this partition needs is cleared and used, at most half full.
            int mask = slotsFor(partition.size()) - 1;
            Arrays.fill(table, 0, mask + 1, 0);
            partition.drain((chunk, length) -> {
                for (int i = 0; i < length; i++) {
                    if (!insert(table, mask, chunk[i])) {
                        suspect(chunk[i]);
                    }
                }
            });
        }
    }

    private static long[] newChunk(int length) {
        if (length == KEPT_CHUNK) {
            for (SoftReference<long[]> spare = SPARE_CHUNKS.poll(); spare != null; spare = SPARE_CHUNKS.poll()) {
                long[] chunk = spare.get();
                if (chunk != null) {
                    return chunk;
                }
            }
        }
        return new long[length];
    }

    /**
     * Empties a full-size chunk (no number outlives its check) and keeps it if there is room.
     * A chunk is handed back once, by the check that holds it, after its last read.
     */
    private static void recycle(long[] chunk) {
        if (chunk.length == KEPT_CHUNK && SPARE_CHUNKS.remainingCapacity() > 0) {
            Arrays.fill(chunk, 0);
            SPARE_CHUNKS.offer(new SoftReference<>(chunk));
        }
    }

    /** {@return the spare chunks now held, for tests} */
    static List<long[]> spareChunks() {
        List<long[]> spares = new ArrayList<>();
        for (SoftReference<long[]> spare : SPARE_CHUNKS) {
            long[] chunk = spare.get();
            if (chunk != null) {
                spares.add(chunk);
            }
        }
        return spares;
    }

    private static int slotsFor(int keys) {
        return Math.max(16, Integer.highestOneBit(Math.max(1, keys * 2 - 1)) << 1);
    }

    private void switchToBloom() {
        LongChunks[] partitions = partitionKept();
        bloom = new long[BLOOM_BITS >>> 6];
        // A partition's numbers all fall in its own region of the filter, so this pass stays in cache.
        for (LongChunks partition : partitions) {
            partition.drain((chunk, length) -> {
                for (int i = 0; i < length; i++) {
                    if (mightContainThenAdd(chunk[i])) {
                        suspect(chunk[i]);
                    }
                }
            });
        }
    }

    /** Stage 3: a batch of numbers into the filter. */
    private void filter(long[] batch, int count) {
        for (int i = 0; i < count; i++) {
            if (mightContainThenAdd(batch[i])) {
                suspect(batch[i]);
            }
        }
    }

    private static int partition(long hash) {
        return (int) (hash >>> (64 - PARTITION_BITS));
    }

    /**
     * A Bloom filter blocked by cache line: a number's {@value #HASHES} bits all lie in one
     * 512-bit block, in its partition's region, so a lookup costs one cache miss instead of
     * one per hash.
     */
    private boolean mightContainThenAdd(long h) {
        long bits = mix(h ^ 0x9E3779B97F4A7C15L);
        int block = partition(h) * BLOCKS_PER_PARTITION + ((int) h & (BLOCKS_PER_PARTITION - 1));
        int base = block << 3;
        long missing = 0;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) (bits >>> (9 * i)) & 511;
            long mask = 1L << bit;
            int word = base + (bit >>> 6);
            long w = bloom[word];
            missing |= ~w & mask;
            bloom[word] = w | mask;
        }
        return missing == 0;
    }

    /**
     * A 64-bit finaliser (from MurmurHash3), so that numbers close together spread over the
     * table; each of its steps can be undone, so distinct numbers never share a hash.
     */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a3ec1L;
        k ^= k >>> 33;
        return k;
    }

    /** A partition's numbers in chunks of {@value #PARTITION_CHUNK}, so that it grows without copying. */
    private static final class LongChunks {
        private final List<long[]> full = new ArrayList<>();
        private long[] open = new long[PARTITION_CHUNK];
        private int fill;

        // Small enough to be inlined into the partitioning loop; the rare case is a call of its own.
        void add(long key) {
            if (fill == PARTITION_CHUNK) {
                startChunk();
            }
            open[fill++] = key;
        }

        private void startChunk() {
            full.add(open);
            open = new long[PARTITION_CHUNK];
            fill = 0;
        }

        int size() {
            return full.size() * PARTITION_CHUNK + fill;
        }

        /** Hands every chunk over with how much of it is filled, letting each go once it is read. */
        void drain(ChunkReader reader) {
            for (int c = 0; c < full.size(); c++) {
                reader.read(full.set(c, null), PARTITION_CHUNK);
            }
            reader.read(open, fill);
            full.clear();
            open = null;
        }
    }

    /** Reads the first {@code length} numbers of a chunk. */
    private interface ChunkReader {
        void read(long[] chunk, int length);
    }
}
