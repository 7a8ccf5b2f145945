package dev.unidial.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * What one gate run decided for each target of a lazy audience, in the order it was read: one
 * {@code int} per target, in chunks, so that the split campaigns can read the source again
 * without parsing a number twice. Each record holds the target's group (or that it was left
 * out), how its E.164 form is made from the number as written, and a 20-bit hash of that
 * number, so that a source that comes back in another order is caught instead of putting
 * targets in another zone's campaign.
 *
 * <p>Layout: bits 0–19 the hash, 20–27 the group (255 for left out), 28–29 the form
 * ({@link #AS_WRITTEN}, {@link #DIGITS}, {@link #PARSE}), 30–31 how many leading digits the
 * {@link #DIGITS} form drops (the national prefix). Written by one thread, then only read.
 */
final class GateRecords {
    /** The most groups a record can name; a run with more falls back to deciding each target again. */
    static final int MAX_GROUPS = 255;
    /** The group of a target left out. */
    static final int EXCLUDED = 255;
    /** The number is written in E.164 already. */
    static final int AS_WRITTEN = 0;
    /** E.164 is {@code +}, the default region's calling code, and the number's digits after the national prefix. */
    static final int DIGITS = 1;
    /** Any other writing: parsed again to be written in E.164. */
    static final int PARSE = 2;

    private static final int CHUNK = 1 << 16;
    private final List<int[]> chunks = new ArrayList<>();
    private long size;

    void add(int group, int form, int dropped, String phone) {
        int index = (int) (size & (CHUNK - 1));
        if (index == 0) {
            chunks.add(new int[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[index] = hash(phone) | group << 20 | form << 28 | dropped << 30;
        size++;
    }

    long size() {
        return size;
    }

    int record(long position) {
        return chunks.get((int) (position >>> 16))[(int) (position & (CHUNK - 1))];
    }

    static int group(int record) {
        return record >>> 20 & 0xFF;
    }

    static int form(int record) {
        return record >>> 28 & 0x3;
    }

    static int dropped(int record) {
        return record >>> 30 & 0x3;
    }

    /** Whether the record was made for this number. */
    static boolean sameNumber(int record, String phone) {
        return (record & 0xFFFFF) == hash(phone);
    }

    private static int hash(String phone) {
        int h = phone.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & 0xFFFFF;
    }
}
