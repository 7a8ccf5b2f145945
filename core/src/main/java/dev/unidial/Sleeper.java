package dev.unidial;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Injectable so that tests of the retry rules never sleep for real.
 */
public interface Sleeper {

    /**
     * Blocks for the duration.
     *
     * @param duration how long
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * {@return a future that completes after the duration, without blocking a thread}
     *
     * @param duration how long
     */
    default CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** {@return a sleeper that waits in real time} */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
