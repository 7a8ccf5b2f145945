package dev.unidial;

import dev.unidial.internal.Violations;

/**
 * A delivery of a call event that is being handled right now, by another thread or another
 * instance ({@link CallEventDeduplicator#handleOnce}). Answer the vendor 503 (or any non-2xx):
 * it keeps the event and delivers it again, and by then the first handler has finished or
 * failed. Answering 2xx would lose the event if the first handler then failed.
 */
public final class EventInFlightException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /**
     * @param provider the event's provider
     * @param eventId the event's id
     */
    public EventInFlightException(String provider, String eventId) {
        super("The " + provider + " event " + Violations.printable(eventId) + " is being handled now, elsewhere: answer"
                + " 503 so that the vendor delivers it again.");
    }
}
