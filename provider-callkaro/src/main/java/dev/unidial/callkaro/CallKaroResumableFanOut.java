package dev.unidial.callkaro;

import dev.unidial.CampaignJournal;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.internal.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A CallKaro fan-out under an idempotency key: the audience is taken in chunks of
 * {@link CampaignJournal#CHUNK_SIZE}, each under a lease in the journal, so that a create run
 * again (after a crash, or on several machines at once) sends only the targets never
 * attempted. Each target is recorded before its call and after its answer; one recorded with
 * no answer is {@link TargetOutcome.State#UNCERTAIN} and is sent again only with
 * {@link UncertainCalls#RESEND}. The audience is read again from its source and each target is
 * checked against the number recorded at its index: a different one is refused before it is
 * sent. Memory holds only the outcomes that were not queued.
 */
final class CallKaroResumableFanOut {
    private final Transport transport;
    private final CampaignJournal journal;
    private final String key;
    private final Supplier<Iterator<Target>> audience;
    private final Function<Target, WireRequest> requestFor;
    private final Consumer<TargetOutcome> listener;
    private final UncertainCalls uncertain;
    private final int concurrency;
    private final String owner = CallKaroDescriptor.PROVIDER + "/" + UUID.randomUUID();

    private final Map<TargetOutcome.State, Long> counts = new EnumMap<>(TargetOutcome.State.class);
    private final List<TargetOutcome> notQueued = new ArrayList<>();

    CallKaroResumableFanOut(Transport transport, CampaignJournal journal, String key, Supplier<Iterator<Target>> audience,
            Function<Target, WireRequest> requestFor, Consumer<TargetOutcome> listener, UncertainCalls uncertain,
            int concurrency) {
        this.transport = transport;
        this.journal = journal;
        this.key = key;
        this.audience = audience;
        this.requestFor = requestFor;
        this.listener = listener;
        this.uncertain = uncertain;
        this.concurrency = concurrency;
    }

    /** A target at an index that the journal holds another number for: another campaign under the key. */
    static final class TargetMismatchException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TargetMismatchException(String key, long index) {
            super("The idempotency key '" + Violations.printable(key) + "' was used for another campaign: the target at"
                    + " index " + index + " is not the number recorded there. Nothing more was sent; use a new key for a"
                    + " new audience, or forget this one.");
        }
    }

    /**
     * What this process did of the fan-out.
     *
     * @param counts how many of the targets this process saw ended in each state
     * @param notQueued those not queued
     * @param sourceFailure what the audience's source (or the journal) threw, when it stopped the reading
     */
    record Result(Map<TargetOutcome.State, Long> counts, List<TargetOutcome> notQueued,
            Optional<RuntimeException> sourceFailure) {}

    /** How long a process waits before it looks again for a chunk another process holds. */
    static final Duration WAIT_FOR_OTHERS = Duration.ofMillis(500);

    Result run() {
        if (uncertain == UncertainCalls.RESEND) {
            reopenChunksWithUncertainTargets();
        }
        Reader reader = null;
        while (true) {
            OptionalLong claimed = journal.claimChunk(key, owner);
            if (claimed.isEmpty()) {
                if (journal.allChunksDone(key)) {
                    return result(Optional.empty());
                }
                // Another process holds the chunks left: wait for it to finish them, or for its lease to run out.
                sleep(WAIT_FOR_OTHERS);
                continue;
            }
            long chunk = claimed.getAsLong();
            long from = chunk * CampaignJournal.CHUNK_SIZE;
            if (reader == null || reader.position > from) {
                // A chunk behind this reader (taken over from a process that died): read the source again.
                reader = new Reader(audience.get());
            }
            ChunkResult sent;
            try {
                reader.skipTo(from);
                if (!reader.hasNext()) {
                    journal.audienceEnd(key, reader.position);
                    journal.chunkDone(key, chunk, owner);
                    continue;
                }
                sent = sendChunk(chunk, reader);
            } catch (RuntimeException e) {
                sent = new ChunkResult(Optional.of(e), false);
            }
            if (sent.failure().isPresent()) {
                // Let the chunk go at once, so that a run with a working source takes it over.
                journal.releaseChunk(key, chunk, owner);
                if (sent.failure().get() instanceof TargetMismatchException mismatch) {
                    throw mismatch;
                }
                return result(sent.failure());
            }
            if (sent.leaseLost()) {
                // Another process took the chunk over: it finishes the chunk, and this one moves on.
                continue;
            }
            if (!reader.hasNext()) {
                journal.audienceEnd(key, reader.position);
            }
            journal.chunkDone(key, chunk, owner);
        }
    }

    private void reopenChunksWithUncertainTargets() {
        Set<Long> chunks = new TreeSet<>();
        try (Stream<TargetOutcome> all = journal.outcomes(key)) {
            all.filter(o -> o.state() == TargetOutcome.State.UNCERTAIN)
                    .forEach(o -> chunks.add(o.index() / CampaignJournal.CHUNK_SIZE));
        }
        chunks.forEach(c -> journal.reopenChunk(key, c));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another process's chunk", e);
        }
    }

    private synchronized Result result(Optional<RuntimeException> failure) {
        return new Result(Map.copyOf(counts), List.copyOf(notQueued), failure);
    }

    /** What sending one chunk came to: a failure that stopped it, or a lease another process took. */
    private record ChunkResult(Optional<RuntimeException> failure, boolean leaseLost) {}

    /** Sends one chunk's targets that were never attempted. */
    private ChunkResult sendChunk(long chunk, Reader reader) {
        Map<Long, CampaignJournal.TargetRecord> recorded = journal.targets(key, chunk);
        long end = (chunk + 1) * CampaignJournal.CHUNK_SIZE;
        Lease lease = new Lease(chunk);
        Iterator<CallKaroFanOut.Indexed> toSend = new Iterator<>() {
            private CallKaroFanOut.Indexed next;

            @Override
            public boolean hasNext() {
                while (next == null && !lease.lost && reader.position < end && reader.hasNext()) {
                    long index = reader.position;
                    Target t = reader.next();
                    CampaignJournal.TargetRecord r = recorded.get(index);
                    if (r != null && !r.phone().equals(t.phone())) {
                        throw new TargetMismatchException(key, index);
                    }
                    boolean uncertainAgain = uncertain == UncertainCalls.RESEND
                            && r != null && r.state().orElse(TargetOutcome.State.UNCERTAIN) == TargetOutcome.State.UNCERTAIN;
                    if (r == null || uncertainAgain) {
                        next = new CallKaroFanOut.Indexed(index, t);
                    } else {
                        count(r.toOutcome());
                    }
                }
                return next != null;
            }

            @Override
            public CallKaroFanOut.Indexed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CallKaroFanOut.Indexed out = next;
                next = null;
                return out;
            }
        };
        CallKaroFanOut.Recorder recorder = new CallKaroFanOut.Recorder() {
            @Override
            public void sending(CallKaroFanOut.Indexed item) {
                journal.intent(key, item.index(), item.target().phone());
            }

            @Override
            public void answered(TargetOutcome outcome) {
                journal.outcome(key, outcome);
                lease.renewIfDue();
            }
        };
        CallKaroFanOut.Result r;
        try {
            r = new CallKaroFanOut(transport, toSend, requestFor, listener, recorder).run(concurrency).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        synchronized (this) {
            r.counts().forEach((st, n) -> counts.merge(st, n, Long::sum));
            notQueued.addAll(r.outcomes());
        }
        return new ChunkResult(r.sourceFailure(), lease.lost);
    }

    private synchronized void count(TargetOutcome o) {
        counts.merge(o.state(), 1L, Long::sum);
        if (!o.isQueued()) {
            notQueued.add(o);
        }
    }

    /** The lease on a chunk, renewed as answers come, a third of its length after the last renewal. */
    private final class Lease {
        private final long chunk;
        private volatile Instant renewed = Instant.now();
        private volatile boolean lost;

        Lease(long chunk) {
            this.chunk = chunk;
        }

        void renewIfDue() {
            Duration third = journal.lease().dividedBy(3);
            if (Instant.now().isAfter(renewed.plus(third))) {
                synchronized (this) {
                    if (Instant.now().isAfter(renewed.plus(third))) {
                        lost = !journal.renewChunk(key, chunk, owner);
                        renewed = Instant.now();
                    }
                }
            }
        }
    }

    /** The audience read once, in order, counting its position. */
    private static final class Reader {
        private final Iterator<Target> targets;
        long position;

        Reader(Iterator<Target> targets) {
            this.targets = targets;
        }

        boolean hasNext() {
            return targets.hasNext();
        }

        Target next() {
            Target t = targets.next();
            position++;
            return t;
        }

        void skipTo(long index) {
            while (position < index && targets.hasNext()) {
                next();
            }
        }
    }
}
