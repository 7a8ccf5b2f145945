package dev.unidial.spi;

import dev.unidial.CallEvent;
import dev.unidial.WebhookException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one vendor's webhook body as a neutral {@link CallEvent}; a provider offers it through
 * {@link ProviderDescriptor#callEvents()}. Parsing only: verification is the reader's. One
 * instance serves every event of its provider, from any thread: it must keep no state.
 */
public interface CallEventParser {
    /**
     * Parses a webhook body.
     *
     * @param headers the request's headers, names in lower case
     * @param body the raw body
     * @param accountZone the zone to read zone-less times in, when the user set one
     * @return the event
     * @throws WebhookException if the body is not this vendor's call event or lacks the called number
     */
    CallEvent parse(Map<String, String> headers, byte[] body, Optional<ZoneId> accountZone);
}
