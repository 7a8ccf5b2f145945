package dev.unidial.http;

import dev.unidial.RequestPacer;
import dev.unidial.WireRequest;
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
        pacer.acquire();
        return next.execute(request);
    }

    @Override
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        // Waiting here would block the caller of an async call, and waiting on a pool thread would
        // starve the pool: the wait is a scheduled delay that holds no thread.
        return pacer.acquireAsync().thenCompose(ignored -> next.executeAsync(request));
    }
}
