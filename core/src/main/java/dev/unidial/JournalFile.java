package dev.unidial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The file format of the directory journal: append-only records, each its length (4 bytes),
 * its CRC-32 (4 bytes) and its bytes. A crash can cut the last record short at any byte; that
 * tail is dropped when the file is read, and cut off before the next append. A record that
 * fails its check with good records after it is damage, not a crash: reading throws, naming
 * the file and the offset.
 */
final class JournalFile {
    private static final int HEADER = 8;
    /** No record is this long: a length past it is a damaged header. */
    private static final int MAX_RECORD = 16 * 1024 * 1024;

    private JournalFile() {}

    /** What a file holds: its whole records, and where the last one ends. */
    record Contents(List<byte[]> records, long validLength, long fileLength) {}

    static byte[] frame(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER + payload.length).putInt(payload.length).putInt((int) crc.getValue())
                .put(payload).array();
    }

    /**
     * Reads every whole record.
     *
     * @throws UnidialException if a record in the middle of the file is damaged
     */
    static Contents read(Path file) {
        if (!Files.exists(file)) {
            return new Contents(List.of(), 0, 0);
        }
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal file " + file, e);
        }
        List<byte[]> records = new ArrayList<>();
        int at = 0;
        while (at < all.length) {
            if (all.length - at < HEADER) {
                break; // a header cut short: the end of what a crash left
            }
            ByteBuffer b = ByteBuffer.wrap(all, at, HEADER);
            int length = b.getInt();
            int crc = b.getInt();
            int end = at + HEADER + length;
            if (length < 0 || length > MAX_RECORD || end > all.length) {
                if (length >= 0 && length <= MAX_RECORD) {
                    break; // a record cut short at the end
                }
                throw damaged(file, at);
            }
            CRC32 check = new CRC32();
            check.update(all, at + HEADER, length);
            if ((int) check.getValue() != crc) {
                if (end == all.length) {
                    break; // the last record, not all of it written
                }
                throw damaged(file, at);
            }
            byte[] payload = new byte[length];
            System.arraycopy(all, at + HEADER, payload, 0, length);
            records.add(payload);
            at = end;
        }
        return new Contents(records, at, all.length);
    }

    private static UnidialException damaged(Path file, long offset) {
        return new UnidialException("The journal file " + file + " is damaged at byte " + offset + ": a record there"
                + " fails its check and more records follow, so it is not what a crash leaves. Nothing was sent;"
                + " restore the file, or forget the key.");
    }

    /** Opens a file for appending, first cutting off a tail a crash left. */
    static FileChannel openForAppend(Path file, long validLength) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (ch.size() > validLength) {
                ch.truncate(validLength);
            }
            ch.position(ch.size());
            return ch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal file " + file, e);
        }
    }

    /** Writes one framed record at the end; when this returns the operating system holds it. */
    static void write(FileChannel ch, ByteBuffer framed) {
        try {
            while (framed.hasRemaining()) {
                ch.write(framed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal", e);
        }
    }

    /** Writes whole records at the end; when this returns the operating system holds them. */
    static void append(FileChannel ch, List<byte[]> payloads) {
        int size = 0;
        for (byte[] p : payloads) {
            size += HEADER + p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        payloads.forEach(p -> b.put(frame(p)));
        b.flip();
        try {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal", e);
        }
    }
}
