package dev.unidial;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one target of a vendor that takes calls one request at a time: queued
 * with the vendor's call id; failed, when the vendor certainly never acted on the request;
 * or uncertain, when the request may have reached the vendor (a timeout after sending, a
 * 500, an answer without a call id), so the person may be called even though no id came
 * back. Sending a failed target again is safe; sending an uncertain one may call it twice.
 */
public final class TargetOutcome {

    /** Whether the vendor accepted the call. */
    public enum State {
        /** The vendor accepted the call. */
        QUEUED,
        /** The vendor certainly did not act on the request; see {@link #error()}. Safe to send again. */
        FAILED,
        /**
         * The request may have reached the vendor and been acted on, but no call id came back;
         * see {@link #error()}. Sending it again may call the person twice.
         */
        UNCERTAIN
    }

    private final long index;
    private final Target target;
    private final String callId;
    private final UnidialException error;
    private final State state;

    private TargetOutcome(long index, Target target, String callId, UnidialException error, State state) {
        this.index = index;
        this.target = Objects.requireNonNull(target, "target");
        this.callId = callId;
        this.error = error;
        this.state = state;
    }

    /**
     * {@return a call the vendor queued}
     *
     * @param index the target's position in the audience
     * @param target the target
     * @param callId the vendor's id of the call
     */
    public static TargetOutcome queued(long index, Target target, String callId) {
        return new TargetOutcome(index, target, Objects.requireNonNull(callId, "callId"), null, State.QUEUED);
    }

    /**
     * {@return a call that was not queued: {@link State#FAILED} when the error says the vendor
     * certainly did not act ({@link UnidialException#vendorMayHaveActed()} is false), else
     * {@link State#UNCERTAIN}}
     *
     * @param index the target's position in the audience
     * @param target the target
     * @param error why it was not queued
     */
    public static TargetOutcome notQueued(long index, Target target, UnidialException error) {
        Objects.requireNonNull(error, "error");
        return new TargetOutcome(index, target, null, error, error.vendorMayHaveActed() ? State.UNCERTAIN : State.FAILED);
    }

    /** {@return the target's position in the audience, from 0} */
    public long index() {
        return index;
    }

    /** {@return the target, exactly as given} */
    public Target target() {
        return target;
    }

    /** {@return queued, failed or uncertain} */
    public State state() {
        return state;
    }

    /** {@return whether the vendor queued the call} */
    public boolean isQueued() {
        return error == null;
    }

    /** {@return the vendor's id of the queued call} */
    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** {@return why the call was not queued} */
    public Optional<UnidialException> error() {
        return Optional.ofNullable(error);
    }

    /** Equal when index, target, call id and state are equal and the error is the same one. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TargetOutcome t && index == t.index && target.equals(t.target)
                && Objects.equals(callId, t.callId) && state == t.state && error == t.error;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, target, callId, state);
    }

    @Override
    public String toString() {
        return "TargetOutcome[" + index + ", " + target.phone() + ", "
                + (error == null ? "queued " + callId : state.name().toLowerCase(Locale.ROOT) + ": "
                        + error.getMessage()) + "]";
    }
}
