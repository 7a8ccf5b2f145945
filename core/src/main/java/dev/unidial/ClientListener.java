package dev.unidial;

import dev.unidial.internal.ListenerFanOut;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hears what a client does, for metrics and traces: each neutral operation ({@code create},
 * {@code get}, {@code list}, …) from start to end, and each HTTP exchange inside it, one per
 * attempt. Every method has an empty default, so a listener implements only what it needs.
 *
 * <p>Starts return the object that hears what follows, so that traces nest without any
 * thread-local of the listener's own, async included: {@link #operationStarted} returns the
 * operation's {@link OperationTrace}, whose {@link OperationTrace#exchangeStarted} returns the
 * exchange's {@link ExchangeTrace}. Calls may come from HTTP threads; a listener must be
 * thread-safe. A listener that throws is logged and ignored: it never fails a request.
 *
 * <p>Give one to a client with {@code listener(...)} on its builder; with none, the client
 * makes no listener call and allocates nothing for it.
 */
public interface ClientListener {

    /**
     * {@return one listener that passes every call to each of these, in order} A client takes one
     * listener; this gives it metrics and traces together.
     *
     * @param listeners the listeners
     */
    static ClientListener all(ClientListener... listeners) {
        return new ListenerFanOut(List.of(listeners));
    }

    /**
     * A neutral operation starts.
     *
     * @param operation which one, on which provider
     * @return what hears its exchanges and its end
     */
    default OperationTrace operationStarted(Operation operation) {
        return OperationTrace.NONE;
    }

    /**
     * A neutral operation.
     *
     * @param provider the provider's name, such as {@code kore}
     * @param name {@code create}, {@code get}, {@code list}, {@code start}, {@code pause},
     *     {@code resume}, {@code cancel}, {@code delete}, {@code results} or {@code awaitStatus}
     * @param campaignId the campaign it is about, when known at the start
     */
    record Operation(String provider, String name, Optional<String> campaignId) {
        /**
         * Checks the values.
         *
         * @param provider the provider's name
         * @param name the operation
         * @param campaignId the campaign, when known
         */
        public Operation {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(campaignId, "campaignId");
        }
    }

    /** Hears one operation: its exchanges and its end. */
    interface OperationTrace {
        /** Hears nothing. */
        OperationTrace NONE = new OperationTrace() { };

        /**
         * An HTTP exchange of this operation starts: one per attempt, retries included.
         *
         * @param exchange the request
         * @return what hears its end
         */
        default ExchangeTrace exchangeStarted(Exchange exchange) {
            return ExchangeTrace.NONE;
        }

        /**
         * A request of this operation waited for the client's request pacer (Kore.ai's 60 a
         * minute, or the pacer given to the builder) before it was sent.
         *
         * @param waited how long, zero when there was room at once
         */
        default void waitedForPacer(Duration waited) {
        }

        /**
         * The operation ended.
         *
         * @param result how
         */
        default void operationEnded(OperationResult result) {
        }
    }

    /**
     * One HTTP attempt.
     *
     * @param method the HTTP method
     * @param url the URL, any secret it carries redacted
     * @param attempt 0 for the first attempt, 1 for the first retry, …
     * @param requestBytes the body's length, 0 without a body, -1 when streamed
     */
    record Exchange(String method, String url, int attempt, long requestBytes) {
        /**
         * Checks the values.
         *
         * @param method the HTTP method
         * @param url the URL, secrets redacted
         * @param attempt the attempt, from 0
         * @param requestBytes the body's length
         */
        public Exchange {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
        }
    }

    /** Hears the end of one HTTP attempt. */
    interface ExchangeTrace {
        /** Hears nothing. */
        ExchangeTrace NONE = new ExchangeTrace() { };

        /**
         * The attempt ended.
         *
         * @param result how
         */
        default void exchangeEnded(ExchangeResult result) {
        }
    }

    /**
     * How an HTTP attempt ended.
     *
     * @param status the answer's status, empty when there was no answer (a connection failure)
     * @param failure the exception the attempt ended with, empty for a success
     * @param duration how long it took
     * @param responseBytes the answer's body length, 0 without one
     */
    record ExchangeResult(OptionalInt status, Optional<UnidialException> failure, Duration duration, long responseBytes) {
        /**
         * Checks the values.
         *
         * @param status the status
         * @param failure the failure
         * @param duration the duration
         * @param responseBytes the body length
         */
        public ExchangeResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * How an operation ended.
     *
     * @param duration how long it took; for {@code list} and {@code results}, from the call
     *     until the stream ended or was closed
     * @param failure the exception it ended with, empty for a success
     * @param campaignId the campaign it was about, the created one's for a create
     * @param targets for a create, how many targets ended in each state
     */
    record OperationResult(Duration duration, Optional<RuntimeException> failure, Optional<String> campaignId,
            Map<TargetOutcome.State, Long> targets) {
        /**
         * Copies the counts.
         *
         * @param duration the duration
         * @param failure the failure
         * @param campaignId the campaign
         * @param targets the counts by state
         */
        public OperationResult {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(campaignId, "campaignId");
            targets = Map.copyOf(targets);
        }
    }
}
