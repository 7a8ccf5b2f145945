package dev.unidial.http;

import dev.unidial.ApiConnectionException;
import dev.unidial.ApiException;
import dev.unidial.ClientListener;
import dev.unidial.RateLimitException;
import dev.unidial.ServerException;
import dev.unidial.UnidialException;
import dev.unidial.WireBody;
import dev.unidial.WireRequest;
import dev.unidial.internal.OperationScope;
import dev.unidial.internal.UrlTokens;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries what is safe to retry, with exponential backoff and jitter, honouring
 * {@code Retry-After}. The rules, from {@link TransportSettings}:
 * <ul>
 *   <li>always: a connection failure before the request was written (the vendor never saw
 *       it), 429 (the vendor refused it) and 503 (the vendor did not take it);</li>
 *   <li>only for idempotent requests, or when ambiguous retries are switched on: a timeout
 *       or reset after sending, 500, 502 and 504, after which the vendor may have acted.</li>
 * </ul>
 * A {@code Retry-After} longer than {@code maxRetryAfter} is not waited for: the error is
 * thrown at once so the caller can decide.
 */
final class RetryingExecutor implements HttpExecutor {
    private final HttpExecutor next;
    private final TransportSettings settings;

    public RetryingExecutor(HttpExecutor next, TransportSettings settings) {
        this.next = next;
        this.settings = settings;
    }

    @Override
    public WireResponse execute(WireRequest request) {
        OperationScope scope = OperationScope.current();
        for (int attempt = 0; ; attempt++) {
            try {
                return scope == null ? next.execute(request) : executeHeard(scope, request, attempt);
            } catch (UnidialException e) {
                Optional<Duration> delay = delayBeforeRetry(request, e, attempt);
                Optional<Deadline> deadline = Deadline.current();
                if (delay.isEmpty() || (deadline.isPresent() && !deadline.get().allows(delay.get()))) {
                    // No retry left, or not within the caller's deadline: the caller decides.
                    throw e;
                }
                sleep(delay.get(), e);
                deadline.ifPresent(d -> d.spend(delay.get()));
            }
        }
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        // The operation is read on the calling thread: retries run on others.
        return attemptAsync(request, 0, OperationScope.current());
    }

    /** One attempt, heard by the operation's listener: each attempt is one exchange. */
    private WireResponse executeHeard(OperationScope scope, WireRequest request, int attempt) {
        OperationScope.ExchangeScope exchange = scope.exchangeStarted(exchange(request, attempt));
        try {
            WireResponse response = next.execute(request);
            exchange.end(response.statusCode(), null, response.body().length);
            return response;
        } catch (UnidialException e) {
            exchange.end(e instanceof ApiException api ? api.statusCode() : -1, e, 0);
            throw e;
        }
    }

    private static ClientListener.Exchange exchange(WireRequest request, int attempt) {
        long bytes = request.body().map(WireBody::contentLength).orElse(0L);
        return new ClientListener.Exchange(request.method(), UrlTokens.redact(request.url()), attempt, bytes);
    }

    private CompletableFuture<WireResponse> attemptAsync(WireRequest request, int attempt, OperationScope scope) {
        CompletableFuture<WireResponse> sent;
        if (scope == null) {
            sent = next.executeAsync(request);
        } else {
            OperationScope.ExchangeScope exchange = scope.exchangeStarted(exchange(request, attempt));
            // A retry starts on a timer's thread: the stages below (the pacer) find the operation there too.
            OperationScope previous = scope.enter();
            try {
                sent = next.executeAsync(request);
            } finally {
                OperationScope.restore(previous);
            }
            sent = sent.whenComplete((response, error) -> {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (response != null) {
                    exchange.end(response.statusCode(), null, response.body().length);
                } else {
                    exchange.end(cause instanceof ApiException api ? api.statusCode() : -1,
                            cause instanceof UnidialException u ? u : null, 0);
                }
            });
        }
        return sent.handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(response);
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof UnidialException e) {
                Optional<Duration> delay = delayBeforeRetry(request, e, attempt);
                if (delay.isPresent()) {
                    return settings.sleeper().delay(delay.get()).thenCompose(v -> attemptAsync(request, attempt + 1, scope));
                }
            }
            return CompletableFuture.<WireResponse>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    /** How long to wait before the next attempt, or empty when this failure is final. */
    Optional<Duration> delayBeforeRetry(WireRequest request, UnidialException e, int attempt) {
        if (attempt >= settings.maxRetries() || !retryable(request, e)) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = e instanceof ApiException api
                ? RetryAfter.parse(api.header("retry-after"), settings.clock())
                : Optional.empty();
        if (retryAfter.isPresent() && retryAfter.get().compareTo(settings.maxRetryAfter()) > 0) {
            return Optional.empty();
        }
        Duration delay = retryAfter.orElseGet(() -> backoff(attempt));
        LoggingExecutor.LOG.log(Level.DEBUG, "Retrying {0} {1} in {2} ms after: {3} (retry {4} of {5})",
                request.method(), request.url(), delay.toMillis(), e.getMessage(), attempt + 1, settings.maxRetries());
        return Optional.of(delay);
    }

    private boolean retryable(WireRequest request, UnidialException e) {
        if (e instanceof RateLimitException) {
            return true;
        }
        if (e instanceof ServerException s && s.statusCode() == 503) {
            return true;
        }
        if (e instanceof ApiConnectionException c && !c.requestSent()) {
            return true;
        }
        boolean ambiguous = e instanceof ApiConnectionException
                || (e instanceof ServerException s && (s.statusCode() == 500 || s.statusCode() == 502
                        || s.statusCode() == 504));
        return ambiguous && (request.idempotent() || settings.retryAmbiguousFailures());
    }

    private Duration backoff(int attempt) {
        long base = settings.initialBackoff().toMillis() << Math.min(attempt, 20);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        // "Equal jitter": half fixed, half random, so clients that failed together spread out.
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private void sleep(Duration delay, UnidialException cause) {
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(ie);
            throw cause;
        }
    }
}
