package dev.unidial.internal;

import dev.unidial.ClientListener;
import dev.unidial.PartialFailureException;
import dev.unidial.TargetOutcome;
import dev.unidial.UnidialException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One neutral operation heard by a {@link ClientListener}: the listener's trace, the time it
 * started, and the thread-local that lets the transport find it. Made only when a client has a
 * listener, so a client without one allocates nothing. A listener that throws is logged and
 * ignored. Not API.
 */
public final class OperationScope {
    private static final ThreadLocal<OperationScope> CURRENT = new ThreadLocal<>();
    private static final System.Logger LOG = System.getLogger("dev.unidial");

    private final ClientListener.OperationTrace trace;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean ended = new AtomicBoolean();

    private OperationScope(ClientListener.OperationTrace trace) {
        this.trace = trace;
    }

    /**
     * {@return a started operation}
     *
     * @param listener the client's listener
     * @param operation which operation
     */
    public static OperationScope start(ClientListener listener, ClientListener.Operation operation) {
        ClientListener.OperationTrace trace = quietly(() -> listener.operationStarted(operation));
        return new OperationScope(trace == null ? ClientListener.OperationTrace.NONE : trace);
    }

    /** {@return the operation the calling thread works for, or null outside one} */
    public static OperationScope current() {
        return CURRENT.get();
    }

    /**
     * {@return the function, run inside the calling thread's operation wherever it runs} For work
     * that hops to another thread (a {@code thenComposeAsync}): without an operation, the
     * function itself.
     *
     * @param <T> the input
     * @param <R> the result
     * @param work the continuation
     */
    public static <T, R> Function<T, R> carried(Function<T, R> work) {
        OperationScope scope = CURRENT.get();
        if (scope == null) {
            return work;
        }
        return input -> {
            OperationScope previous = scope.enter();
            try {
                return work.apply(input);
            } finally {
                restore(previous);
            }
        };
    }

    /**
     * Makes this the calling thread's operation.
     *
     * @return the one it replaces, to give back to {@link #restore}
     */
    public OperationScope enter() {
        OperationScope previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    /**
     * Gives the calling thread back its earlier operation.
     *
     * @param previous what {@link #enter} returned
     */
    public static void restore(OperationScope previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /**
     * {@return the exchange started}
     *
     * @param exchange the attempt
     */
    public ExchangeScope exchangeStarted(ClientListener.Exchange exchange) {
        ClientListener.ExchangeTrace x = quietly(() -> trace.exchangeStarted(exchange));
        return new ExchangeScope(x == null ? ClientListener.ExchangeTrace.NONE : x);
    }

    /**
     * Tells the listener how long a request waited for the client's request pacer.
     *
     * @param waited the wait, zero when there was room at once
     */
    public void waitedForPacer(Duration waited) {
        quietly(() -> {
            trace.waitedForPacer(waited);
            return null;
        });
    }

    /**
     * Ends the operation, once; later calls do nothing.
     *
     * @param failure what it failed with, or null
     * @param campaignId the campaign it was about
     * @param targets for a create, the targets by state
     */
    public void end(RuntimeException failure, Optional<String> campaignId, Map<TargetOutcome.State, Long> targets) {
        if (ended.compareAndSet(false, true)) {
            ClientListener.OperationResult result = new ClientListener.OperationResult(
                    Duration.ofNanos(System.nanoTime() - startNanos), Optional.ofNullable(failure), campaignId, targets);
            quietly(() -> {
                trace.operationEnded(result);
                return null;
            });
        }
    }

    /**
     * {@return what the work returns, heard as one operation}
     *
     * @param <T> the result
     * @param listener the client's listener; a client without one does not call this
     * @param operation which operation
     * @param work the operation
     * @param idOf the campaign the result is about
     * @param targetsOf for a create, the result's targets by state
     */
    public static <T> T run(ClientListener listener, ClientListener.Operation operation, Supplier<T> work,
            Function<T, Optional<String>> idOf, Function<T, Map<TargetOutcome.State, Long>> targetsOf) {
        OperationScope scope = start(listener, operation);
        OperationScope previous = scope.enter();
        try {
            T result = work.get();
            scope.end(null, idOf.apply(result), targetsOf.apply(result));
            return result;
        } catch (RuntimeException e) {
            scope.endFailed(e, operation);
            throw e;
        } finally {
            restore(previous);
        }
    }

    /** Ends with a failure; a create that got part of the way still reports its campaign and targets. */
    private void endFailed(RuntimeException e, ClientListener.Operation operation) {
        if (e instanceof PartialFailureException partial) {
            end(e, Optional.of(partial.campaign().id()), partial.campaign().outcomeCounts());
        } else {
            end(e, operation.campaignId(), Map.of());
        }
    }

    /**
     * {@return the work's future, the operation heard until it completes}
     *
     * @param <T> the result
     * @param listener the client's listener; a client without one does not call this
     * @param operation which operation
     * @param work starts the operation
     * @param idOf the campaign the result is about
     * @param targetsOf for a create, the result's targets by state
     */
    public static <T> CompletableFuture<T> runAsync(ClientListener listener, ClientListener.Operation operation,
            Supplier<CompletableFuture<T>> work, Function<T, Optional<String>> idOf,
            Function<T, Map<TargetOutcome.State, Long>> targetsOf) {
        OperationScope scope = start(listener, operation);
        OperationScope previous = scope.enter();
        try {
            return work.get().whenComplete((result, error) -> {
                if (error == null) {
                    scope.end(null, idOf.apply(result), targetsOf.apply(result));
                } else {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    scope.endFailed(cause instanceof RuntimeException r ? r : new CompletionException(cause), operation);
                }
            });
        } catch (RuntimeException e) {
            scope.end(e, operation.campaignId(), Map.of());
            throw e;
        } finally {
            restore(previous);
        }
    }

    /**
     * {@return the stream, heard as one operation from this call until it ends or is closed}
     * Each page it fetches is an exchange of that operation.
     *
     * @param <T> the items
     * @param listener the client's listener; a client without one does not call this
     * @param operation which operation
     * @param make makes the stream
     */
    public static <T> Stream<T> stream(ClientListener listener, ClientListener.Operation operation, Supplier<Stream<T>> make) {
        OperationScope scope = start(listener, operation);
        Stream<T> inner;
        OperationScope previous = scope.enter();
        try {
            inner = make.get();
        } catch (RuntimeException e) {
            scope.end(e, operation.campaignId(), Map.of());
            throw e;
        } finally {
            restore(previous);
        }
        Spliterator<T> items = inner.spliterator();
        Spliterator<T> heard = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, items.characteristics()
                & ~(Spliterator.SIZED | Spliterator.SUBSIZED)) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                OperationScope before = scope.enter();
                try {
                    boolean more = items.tryAdvance(action);
                    if (!more) {
                        scope.end(null, operation.campaignId(), Map.of());
                    }
                    return more;
                } catch (RuntimeException e) {
                    scope.end(e, operation.campaignId(), Map.of());
                    throw e;
                } finally {
                    restore(before);
                }
            }
        };
        return StreamSupport.stream(heard, false).onClose(() -> {
            try {
                inner.close();
            } finally {
                scope.end(null, operation.campaignId(), Map.of());
            }
        });
    }

    /** One HTTP attempt of the operation. */
    public static final class ExchangeScope {
        private final ClientListener.ExchangeTrace trace;
        private final long startNanos = System.nanoTime();

        private ExchangeScope(ClientListener.ExchangeTrace trace) {
            this.trace = trace;
        }

        /**
         * Ends the attempt.
         *
         * @param status the answer's status, or -1 without an answer
         * @param failure what it failed with, or null
         * @param responseBytes the answer's body length
         */
        public void end(int status, UnidialException failure, long responseBytes) {
            ClientListener.ExchangeResult result = new ClientListener.ExchangeResult(
                    status < 0 ? OptionalInt.empty() : OptionalInt.of(status), Optional.ofNullable(failure),
                    Duration.ofNanos(System.nanoTime() - startNanos), responseBytes);
            quietly(() -> {
                trace.exchangeEnded(result);
                return null;
            });
        }
    }

    private static <T> T quietly(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A ClientListener threw; it is ignored: " + e, e);
            return null;
        }
    }
}
