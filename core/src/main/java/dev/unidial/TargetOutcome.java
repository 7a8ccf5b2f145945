package dev.unidial;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one target of a vendor that takes calls one request at a time: queued
 * with the vendor's call id, or failed with the error that stopped it.
 */
public final class TargetOutcome {

    /** Whether the vendor accepted the call. */
    public enum State {
        /** The vendor accepted the call. */
        QUEUED,
        /** The call could not be added; see {@link #error()}. */
        FAILED
    }

    private final long index;
    private final Target target;
    private final String callId;
    private final UnidialException error;

    private TargetOutcome(long index, Target target, String callId, UnidialException error) {
        this.index = index;
        this.target = Objects.requireNonNull(target, "target");
        this.callId = callId;
        this.error = error;
    }

    /** A call the vendor queued. */
    public static TargetOutcome queued(long index, Target target, String callId) {
        return new TargetOutcome(index, target, Objects.requireNonNull(callId, "callId"), null);
    }

    /** A call that failed. */
    public static TargetOutcome failed(long index, Target target, UnidialException error) {
        return new TargetOutcome(index, target, null, Objects.requireNonNull(error, "error"));
    }

    /** The target's position in the audience, from 0. */
    public long index() {
        return index;
    }

    /** The target, exactly as given. */
    public Target target() {
        return target;
    }

    /** Queued or failed. */
    public State state() {
        return error == null ? State.QUEUED : State.FAILED;
    }

    /** Whether the vendor queued the call. */
    public boolean isQueued() {
        return error == null;
    }

    /** The vendor's id of the queued call. */
    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** Why the call was not queued. */
    public Optional<UnidialException> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return "TargetOutcome[" + index + ", " + target.phone() + ", "
                + (error == null ? "queued " + callId : "failed: " + error.getMessage()) + "]";
    }
}
