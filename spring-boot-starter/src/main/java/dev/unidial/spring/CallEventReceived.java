package dev.unidial.spring;

import dev.unidial.CallEvent;
import java.util.Objects;

/**
 * Published to the application's listeners ({@code @EventListener}) for each first delivery of
 * a call event to the webhook endpoint. The endpoint answers 2xx only after the synchronous
 * listeners returned; a listener that throws makes it answer 500, so the vendor delivers the
 * event again. An {@code @Async} listener gives that up: the answer no longer waits for it.
 *
 * @param event the call event, verified
 */
public record CallEventReceived(CallEvent event) {
    /**
     * Checks the event.
     *
     * @param event the call event
     */
    public CallEventReceived {
        Objects.requireNonNull(event, "event");
    }
}
