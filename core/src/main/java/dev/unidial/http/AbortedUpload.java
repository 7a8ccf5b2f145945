package dev.unidial.http;

import dev.unidial.UnidialException;
import java.io.IOException;
import java.util.Objects;

/**
 * Thrown by a request body's writer to stop an upload halfway, such as when a lazy audience
 * turns out to break a rule after part of it was sent. The body is left unfinished, so the
 * vendor cannot act on it; the transport closes the connection and throws {@link #reason()}
 * to the caller instead of a connection error.
 */
public final class AbortedUpload extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the upload stopped. */
    private final transient UnidialException reason;

    /**
     * An abort for this reason.
     *
     * @param reason the exception the caller gets
     */
    public AbortedUpload(UnidialException reason) {
        super("upload stopped: " + reason.getMessage());
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return the exception the caller gets} */
    public UnidialException reason() {
        return reason;
    }
}
