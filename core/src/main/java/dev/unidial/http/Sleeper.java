package dev.unidial.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Injectable so that tests of the retry rules never sleep for real.
 */
public interface Sleeper {

    /** Blocks for the duration. */
    void sleep(Duration duration) throws InterruptedException;

    /** A future that completes after the duration, without blocking a thread. */
    default CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Real time. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
