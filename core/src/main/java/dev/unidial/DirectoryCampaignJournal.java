package dev.unidial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.internal.Sha256;
import dev.unidial.internal.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link CampaignJournal#inDirectory(Path)}: one folder per key (named by the SHA-256 of the
 * key), holding {@code key.log} (the create, its steps, the chunk leases) and one
 * {@code chunk-N.log} per chunk of a CallKaro fan-out (each target's number before its call,
 * its outcome after). Every operation on a key's state holds the key's lock: a lock within
 * this process and a {@link FileLock} on {@code <hash>.lock}, which every process on the
 * machine respects. A chunk's file is written by the chunk's lease holder only.
 *
 * <p>Each record is written with one {@code write} before the request it describes is sent,
 * so a killed process loses nothing. Syncs of the targets' records to disk are batched, on the
 * journal's own thread: the targets' records after {@value #SYNC_EVERY_RECORDS} records or
 * {@value #SYNC_EVERY_MILLIS} ms, whichever comes first, and a key's own records (the claim, the steps, the chunk leases)
 * {@value #SYNC_EVERY_MILLIS} ms after they are written; a power loss can cost what was
 * written in that window (and during the sync that follows it).
 */
final class DirectoryCampaignJournal implements CampaignJournal {
    /** A file is synced to disk after this many records written to it... */
    static final int SYNC_EVERY_RECORDS = 1024;
    /** ... or this many milliseconds after its first unsynced record. */
    static final int SYNC_EVERY_MILLIS = 100;

    private static final ScheduledExecutorService SYNCER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "unidial-journal-sync");
        t.setDaemon(true);
        return t;
    });

    private final Path root;
    private final Duration lease;
    private final Clock clock;
    /** One lock per key file in this JVM: a {@link FileLock} is held by the whole process, not a thread. */
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    DirectoryCampaignJournal(Path root, Duration lease, Clock clock) {
        Objects.requireNonNull(root, "directory");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = clock;
        for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new IllegalArgumentException("The journal directory " + root + " cannot be made: " + p
                        + " is a file.");
            }
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("The journal directory " + root + " cannot be made: " + e, e);
        }
        this.root = root;
    }

    // ---- the key's state, under its lock ----

    private static String hash(String key) {
        return HexFormat.of().formatHex(Sha256.of(key));
    }

    /** Each key's folder, its name hashed once: the hot path asks for it twice per call. */
    private final Map<String, Path> dirs = new ConcurrentHashMap<>();

    private Path dir(String key) {
        return dirs.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> root.resolve(hash(k)));
    }

    /** Syncs a key's file to disk, on the journal's thread; a file forgotten meanwhile needs none. */
    private static void syncQuietly(Path log) {
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.force(false);
        } catch (NoSuchFileException gone) {
            // forgotten
        } catch (IOException e) {
            System.getLogger("dev.unidial.journal").log(System.Logger.Level.WARNING, "cannot sync " + log, e);
        }
    }

    /** Work on a key's files, under its lock. */
    @FunctionalInterface
    private interface KeyWork<T> {
        T run(Path dir) throws IOException;
    }

    /** Runs work under the key's lock: this process's, then the machine's (a {@link FileLock}). */
    private <T> T withKeyLock(String key, KeyWork<T> work) {
        Path dir = dir(key);
        ReentrantLock local = LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        try (FileChannel lockFile = FileChannel.open(root.resolve(dir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lockFile.lock()) {
            return work.run(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("The journal of idempotency key '" + Violations.printable(key)
                    + "' cannot be used (" + dir + ")", e);
        } finally {
            local.unlock();
        }
    }

    /** Runs an operation on a key's state under the key's lock, appending the events it returns. */
    private <T> T locked(String key, Function<JournalKey, JournalKey.Decision<T>> op) {
        return withKeyLock(key, dir -> {
            Path log = dir.resolve("key.log");
            JournalFile.Contents contents = JournalFile.read(log);
            JournalKey state = new JournalKey(key);
            for (byte[] r : contents.records()) {
                state.apply(JournalKey.JSON.readTree(r));
            }
            JournalKey.Decision<T> d = op.apply(state);
            if (!d.events().isEmpty()) {
                Files.createDirectories(dir);
                try (FileChannel ch = JournalFile.openForAppend(log, contents.validLength())) {
                    List<byte[]> payloads = new ArrayList<>();
                    for (ObjectNode e : d.events()) {
                        payloads.add(JournalKey.JSON.writeValueAsBytes(e));
                        state.apply(e);
                    }
                    JournalFile.append(ch, payloads);
                }
                SYNCER.schedule(() -> syncQuietly(log), SYNC_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            }
            return d.answer();
        });
    }

    @Override
    public void settle(String key, String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        locked(key, s -> new JournalKey.Decision<>(null, s.settle(campaignId)));
    }

    @Override
    public void forget(String key) {
        withKeyLock(key, dir -> {
            closeChunkFiles(dir);
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Stream<TargetOutcome> outcomes(String key) {
        Path dir = dir(key);
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<Long> chunks = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("chunk-") && n.endsWith(".log"))
                    .forEach(n -> chunks.add(Long.parseLong(n.substring(6, n.length() - 4))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the journal of a key (" + dir + ")", e);
        }
        chunks.sort(null);
        // One chunk in memory at a time: a million targets are streamed, never held.
        return chunks.stream().flatMap(c -> targets(key, c).values().stream()).map(TargetRecord::toOutcome);
    }

    @Override
    public Duration lease() {
        return lease;
    }

    @Override
    public Claim begin(String key, String fingerprint, String owner) {
        return locked(key, s -> s.begin(fingerprint, owner, clock.instant(), lease));
    }

    @Override
    public void step(String key, String owner, String name, String value) {
        locked(key, s -> new JournalKey.Decision<>(null, s.step(owner, name, value, clock.instant(), lease)));
    }

    @Override
    public void created(String key, String owner, JournaledCampaign campaign) {
        locked(key, s -> new JournalKey.Decision<>(null, s.created(owner, campaign)));
    }

    @Override
    public void done(String key, JournaledCampaign campaign) {
        locked(key, s -> new JournalKey.Decision<>(null, s.done(campaign)));
        closeChunkFiles(dir(key));
    }

    @Override
    public void release(String key, String owner) {
        locked(key, s -> new JournalKey.Decision<>(null, s.release(owner)));
    }

    @Override
    public OptionalLong claimChunk(String key, String owner) {
        return locked(key, s -> s.claimChunk(owner, clock.instant(), lease));
    }

    @Override
    public boolean renewChunk(String key, long chunk, String owner) {
        return locked(key, s -> s.renewChunk(chunk, owner, clock.instant(), lease));
    }

    @Override
    public void releaseChunk(String key, long chunk, String owner) {
        closeAppender(new ChunkId(key, chunk));
        locked(key, s -> new JournalKey.Decision<>(null, s.releaseChunk(chunk, owner)));
    }

    @Override
    public void reopenChunk(String key, long chunk) {
        locked(key, s -> new JournalKey.Decision<>(null, s.reopenChunk(chunk)));
    }

    @Override
    public void chunkDone(String key, long chunk, String owner) {
        closeAppender(new ChunkId(key, chunk));
        locked(key, s -> new JournalKey.Decision<>(null, s.chunkDone(chunk, owner)));
    }

    private void closeAppender(ChunkId id) {
        Appender a = appenders.remove(id);
        if (a != null) {
            a.close();
        }
    }

    @Override
    public boolean allChunksDone(String key) {
        return locked(key, s -> new JournalKey.Decision<>(s.allChunksDone(), List.of()));
    }

    @Override
    public void audienceEnd(String key, long size) {
        locked(key, s -> new JournalKey.Decision<>(null, s.audienceEnd(size)));
    }

    private Path chunkFile(String key, long chunk) {
        return dir(key).resolve("chunk-" + chunk + ".log");
    }

    /** A chunk of a key: what the hot path looks its file up by, without building a path. */
    private record ChunkId(String key, long chunk) {}

    private final Map<ChunkId, Appender> appenders = new ConcurrentHashMap<>();

    private Appender appender(String key, long index) {
        return appenders.computeIfAbsent(new ChunkId(key, index / CHUNK_SIZE), id -> {
            Path f = chunkFile(id.key(), id.chunk());
            return new Appender(f, JournalFile.read(f).validLength());
        });
    }

    @Override
    public void intent(String key, long index, String phone) {
        appender(key, index).append(JournalKey.intentBytes(index, phone));
    }

    @Override
    public void outcome(String key, TargetOutcome outcome) {
        appender(key, outcome.index()).append(JournalKey.outcomeBytes(outcome));
    }

    @Override
    public Map<Long, TargetRecord> targets(String key, long chunk) {
        Path file = chunkFile(key, chunk);
        TreeMap<Long, TargetRecord> out = new TreeMap<>();
        try {
            for (byte[] r : JournalFile.read(file).records()) {
                JournalKey.foldTarget(JournalKey.JSON.readTree(r), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal file " + file, e);
        }
        return out;
    }

    @Override
    public Optional<Entry> entry(String key) {
        return locked(key, s -> new JournalKey.Decision<>(s.exists() ? Optional.of(s.entry()) : Optional.empty(), List.of()));
    }

    private void closeChunkFiles(Path dir) {
        appenders.keySet().stream().filter(id -> dir(id.key()).equals(dir)).toList().forEach(this::closeAppender);
    }

    @Override
    public String toString() {
        return "CampaignJournal.inDirectory[" + root + ", lease=" + lease + "]";
    }

    /**
     * One chunk file, open for appending by this process. Each record is written at once (the
     * operating system holds it when {@link #append} returns); syncs to disk run on the journal's
     * own thread, after {@value #SYNC_EVERY_RECORDS} records or {@value #SYNC_EVERY_MILLIS} ms,
     * so that no call waits for the disk.
     */
    private static final class Appender {
        private final Path file;
        private final FileChannel channel;
        private int unsynced;
        private boolean syncPending;

        Appender(Path file, long validLength) {
            this.file = file;
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the journal folder " + file.getParent(), e);
            }
            this.channel = JournalFile.openForAppend(file, validLength);
        }

        void append(byte[] payload) {
            ByteBuffer framed = ByteBuffer.wrap(JournalFile.frame(payload));
            synchronized (this) {
                JournalFile.write(channel, framed);
                unsynced++;
                if (!syncPending) {
                    syncPending = true;
                    SYNCER.schedule(this::sync, SYNC_EVERY_MILLIS, TimeUnit.MILLISECONDS);
                } else if (unsynced == SYNC_EVERY_RECORDS) {
                    SYNCER.execute(this::sync);
                }
            }
        }

        void sync() {
            synchronized (this) {
                if (unsynced == 0 || !channel.isOpen()) {
                    syncPending = false;
                    return;
                }
                unsynced = 0;
                syncPending = false;
            }
            try {
                // Outside the lock: appends go on while the disk catches up.
                channel.force(false);
            } catch (ClosedChannelException closed) {
                // Closed after its last records were synced by close().
            } catch (IOException e) {
                throw new UncheckedIOException("cannot sync the journal file " + file, e);
            }
        }

        synchronized void close() {
            try {
                if (channel.isOpen()) {
                    channel.force(false);
                    channel.close();
                }
                unsynced = 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the journal file " + file, e);
            }
        }
    }
}
