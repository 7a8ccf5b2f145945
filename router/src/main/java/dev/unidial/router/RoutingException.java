package dev.unidial.router;

import dev.unidial.UnidialException;
import java.util.List;
import java.util.Objects;

/**
 * A routed create in which a vendor may have acted on a group it then failed: those targets
 * were given to no other vendor, since they may be called already. Every other group was
 * routed as usual; {@link #result()} holds all of them. Look at the vendor named in the
 * uncertain attempt before creating that group again.
 */
public class RoutingException extends UnidialException {
    private final transient RoutingResult result;

    /**
     * An exception for a routed create with uncertain groups.
     *
     * @param message what happened, with secrets removed
     * @param result every group and attempt
     */
    public RoutingException(String message, RoutingResult result) {
        super(message);
        this.result = Objects.requireNonNull(result, "result");
    }

    /** {@return every group routed, created, not created and uncertain} */
    public RoutingResult result() {
        return result;
    }

    /** {@return every attempt so far, in order} */
    public List<RouteAttempt> attempts() {
        return result.attempts();
    }
}
