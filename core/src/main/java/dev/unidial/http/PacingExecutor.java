package dev.unidial.http;

import dev.unidial.RequestPacer;
import dev.unidial.WireRequest;
import dev.unidial.internal.OperationScope;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Sends each attempt only when the {@link RequestPacer} lets it: under the vendor's per-minute limit. */
final class PacingExecutor implements HttpExecutor {
    private final HttpExecutor next;
    private final RequestPacer pacer;

    PacingExecutor(HttpExecutor next, RequestPacer pacer) {
        this.next = next;
        this.pacer = pacer;
    }

    @Override
    public WireResponse execute(WireRequest request) {
        OperationScope scope = OperationScope.current();
        if (scope == null) {
            pacer.acquire();
        } else {
            long start = System.nanoTime();
            pacer.acquire();
            scope.waitedForPacer(Duration.ofNanos(System.nanoTime() - start));
        }
        return next.execute(request);
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        // Waiting here would block the caller of an async call, and waiting on a pool thread would
        // starve the pool: the wait is a scheduled delay that holds no thread.
        OperationScope scope = OperationScope.current();
        if (scope == null) {
            return pacer.acquireAsync().thenCompose(ignored -> next.executeAsync(request));
        }
        long start = System.nanoTime();
        return pacer.acquireAsync().thenCompose(ignored -> {
            scope.waitedForPacer(Duration.ofNanos(System.nanoTime() - start));
            return next.executeAsync(request);
        });
    }
}
