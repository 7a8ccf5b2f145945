package dev.unidial.callkaro;

import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.UnidialException;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.OperationScope;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds one call per target with at most {@code concurrency} requests in flight. Each of
 * {@code concurrency} workers takes the next target from the (possibly lazy) source when
 * its previous call is answered, so targets are read as they are sent and memory holds
 * only the outcomes, never the pending requests. Every target read gets an outcome: queued
 * with its {@code call_sid}, or failed with its typed error; a failure never stops the others.
 * A source that throws stops the reading: the calls in flight finish, and the result carries
 * the source's exception beside the outcomes.
 */
final class CallKaroFanOut {
    private static final System.Logger LOG = System.getLogger("dev.unidial.callkaro");

    /** A target and its position in the audience. */
    record Indexed(long index, Target target) {}

    /**
     * What a fan-out did.
     *
     * @param outcomes the outcome of every target read, in audience order (with a journal, only
     *     those not queued: the journal holds the rest)
     * @param counts how many targets ended in each state
     * @param sourceFailure what the source threw, when it stopped the reading
     */
    record Result(List<TargetOutcome> outcomes, Map<TargetOutcome.State, Long> counts,
            Optional<RuntimeException> sourceFailure) {}

    /** Records each call in a journal: before its request is sent, and after its answer. */
    interface Recorder {
        /** Records nothing, and the fan-out keeps every outcome in memory. */
        Recorder NONE = new Recorder() {
            @Override
            public void sending(Indexed item) {}

            @Override
            public void answered(TargetOutcome outcome) {}
        };

        void sending(Indexed item);

        void answered(TargetOutcome outcome);
    }

    private final Transport transport;
    private final Iterator<Indexed> source;
    private final Function<Target, WireRequest> requestFor;
    private final Consumer<TargetOutcome> listener;
    private final Object lock = new Object();
    private final ConcurrentHashMap<Long, TargetOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<TargetOutcome.State, LongAdder> counts = new EnumMap<>(TargetOutcome.State.class);
    private final Recorder recorder;
    /** The source's exception; guarded by {@link #lock}. */
    private RuntimeException sourceFailure;

    CallKaroFanOut(Transport transport, Iterator<Indexed> source, Function<Target, WireRequest> requestFor,
            Consumer<TargetOutcome> listener) {
        this(transport, source, requestFor, listener, Recorder.NONE);
    }

    CallKaroFanOut(Transport transport, Iterator<Indexed> source, Function<Target, WireRequest> requestFor,
            Consumer<TargetOutcome> listener, Recorder recorder) {
        this.transport = transport;
        this.source = source;
        this.requestFor = requestFor;
        this.listener = listener;
        this.recorder = recorder;
        for (TargetOutcome.State st : TargetOutcome.State.values()) {
            counts.put(st, new LongAdder());
        }
    }

    /** Runs the fan-out; completes with every outcome, in audience order, and the source's failure if any. */
    CompletableFuture<Result> run(int concurrency) {
        CompletableFuture<?>[] workers = new CompletableFuture<?>[concurrency];
        for (int i = 0; i < concurrency; i++) {
            workers[i] = next();
        }
        return CompletableFuture.allOf(workers).thenApply(v -> {
            List<TargetOutcome> ordered = new ArrayList<>(outcomes.values());
            ordered.sort((a, b) -> Long.compare(a.index(), b.index()));
            Map<TargetOutcome.State, Long> totals = new EnumMap<>(TargetOutcome.State.class);
            counts.forEach((st, n) -> {
                if (n.sum() > 0) {
                    totals.put(st, n.sum());
                }
            });
            synchronized (lock) {
                return new Result(ordered, totals, Optional.ofNullable(sourceFailure));
            }
        });
    }

    private CompletableFuture<Void> next() {
        Indexed item;
        synchronized (lock) {
            if (sourceFailure != null) {
                return CompletableFuture.completedFuture(null);
            }
            try {
                if (!source.hasNext()) {
                    return CompletableFuture.completedFuture(null);
                }
                item = source.next();
            } catch (RuntimeException e) {
                sourceFailure = e;
                return CompletableFuture.completedFuture(null);
            }
        }
        try {
            // The journal holds the target before the request can reach CallKaro.
            recorder.sending(item);
        } catch (RuntimeException e) {
            // The journal cannot be written: nothing more is sent, and this target was not.
            synchronized (lock) {
                sourceFailure = sourceFailure == null ? e : sourceFailure;
            }
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<WireResponse> call;
        try {
            call = transport.executeAsync(requestFor.apply(item.target()));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> recorded = call.handle((response, error) -> record(item, response, error));
        // Normally the next call is sent from the thread that completed this one. A call that
        // failed at once is already done here: hop threads, or such failures would nest
        // target after target and grow the stack; the hop stays inside the client's operation.
        return recorded.isDone() ? recorded.thenComposeAsync(OperationScope.carried(v -> next()))
                : recorded.thenCompose(v -> next());
    }

    private Void record(Indexed item, WireResponse response, Throwable error) {
        TargetOutcome outcome;
        if (error == null) {
            try {
                outcome = TargetOutcome.queued(item.index(), item.target(), CallKaroApi.callSid(transport.json().tree(response), response));
            } catch (UnidialException e) {
                outcome = TargetOutcome.notQueued(item.index(), item.target(), e);
            }
        } else {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            UnidialException typed = cause instanceof UnidialException u ? u
                    : new UnidialException("Adding the call to " + item.target().phone() + " failed: " + cause, cause);
            outcome = TargetOutcome.notQueued(item.index(), item.target(), typed);
        }
        counts.get(outcome.state()).increment();
        if (recorder == Recorder.NONE || !outcome.isQueued()) {
            outcomes.put(item.index(), outcome);
        }
        recorder.answered(outcome);
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The CallKaro progress listener threw; the fan-out goes on", e);
        }
        return null;
    }
}
