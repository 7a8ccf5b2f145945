package dev.unidial.tck;

import dev.unidial.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each wait and returns at once, so retry tests never sleep. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        waits.add(duration);
        return CompletableFuture.completedFuture(null);
    }

    /** {@return every wait asked for, in order} */
    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
