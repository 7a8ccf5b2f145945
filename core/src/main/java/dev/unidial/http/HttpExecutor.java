package dev.unidial.http;

import dev.unidial.WireRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a request and returns its response. Each stage of the pipeline is one of these,
 * wrapping the next; a failure is an unchecked {@link dev.unidial.UnidialException}
 * (thrown, or completing the future exceptionally).
 */
interface HttpExecutor {

    /** Sends the request and waits for the whole response. */
    WireResponse execute(WireRequest request);

    /** Sends the request without blocking the caller. */
    CompletableFuture<WireResponse> executeAsync(WireRequest request);
}
