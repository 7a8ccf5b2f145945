package dev.unidial.http;

import dev.unidial.WireRequest;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Logs each request and response line at DEBUG through {@link System.Logger}
 * ({@code dev.unidial.http}), with credential headers shown as {@code [redacted]}. Bodies
 * are never logged: they carry people's phone numbers.
 */
final class LoggingExecutor implements HttpExecutor {
    static final System.Logger LOG = System.getLogger("dev.unidial.http");

    private final HttpExecutor next;
    private final Set<String> sensitive;

    /** @param sensitive header names to redact, compared case-insensitively */
    public LoggingExecutor(HttpExecutor next, Set<String> sensitive) {
        this.next = next;
        this.sensitive = lowerCase(sensitive);
    }

    @Override
    public WireResponse execute(WireRequest request) {
        long start = System.nanoTime();
        logRequest(request);
        try {
            WireResponse response = next.execute(request);
            logResponse(request, response, start);
            return response;
        } catch (RuntimeException e) {
            logFailure(request, e, start);
            throw e;
        }
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        long start = System.nanoTime();
        logRequest(request);
        return next.executeAsync(request).whenComplete((response, error) -> {
            if (error != null) {
                logFailure(request, error, start);
            } else {
                logResponse(request, response, start);
            }
        });
    }

    private void logRequest(WireRequest request) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "--> {0} {1} {2}", request.method(), request.url(),
                    Redactor.headerValues(request.headers(), sensitive));
        }
    }

    private static void logResponse(WireRequest request, WireResponse response, long start) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "<-- {0} {1} {2} ({3} ms, {4} bytes)", response.statusCode(), request.method(),
                    request.url(), (System.nanoTime() - start) / 1_000_000, response.body().length);
        }
    }

    private static void logFailure(WireRequest request, Throwable error, long start) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "<-- failed {0} {1} ({2} ms): {3}", request.method(), request.url(),
                    (System.nanoTime() - start) / 1_000_000, error.getMessage());
        }
    }

    static Set<String> lowerCase(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }
}
