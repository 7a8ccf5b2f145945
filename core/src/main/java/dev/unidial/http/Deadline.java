package dev.unidial.http;

import dev.unidial.UnidialException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A time budget for the blocking requests one thread makes, so that a caller with a deadline
 * (such as {@code awaitStatus}) is never held past it by the transport's own waits: the
 * request pacer's wait for room under the vendor's limit, or a {@code Retry-After} before a
 * retry. A wait longer than what is left is not started: the pacer throws
 * {@link ExceededException}, and a retry is given up (the vendor's error is thrown as it
 * would be with no retries left). Asynchronous requests are not bound by it.
 */
public final class Deadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private Duration left;
    private Duration spent = Duration.ZERO;

    private Deadline(Duration left) {
        this.left = left;
    }

    /**
     * {@return a budget of this much time}
     *
     * @param left the time left, not negative
     */
    public static Deadline of(Duration left) {
        if (Objects.requireNonNull(left, "left").isNegative()) {
            throw new IllegalArgumentException("left must not be negative, but is " + left);
        }
        return new Deadline(left);
    }

    /**
     * {@return what the work returns, its requests bound by this budget}
     *
     * @param work the requests to make, on this thread
     * @param <T> the result type
     */
    public <T> T run(Supplier<T> work) {
        Deadline outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** {@return how long the transport waited under this budget} */
    public Duration spent() {
        return spent;
    }

    /** {@return the calling thread's budget, when it runs under one; for {@link dev.unidial.RequestPacer} implementations} */
    public static Optional<Deadline> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * {@return whether a wait this long fits in what is left}
     *
     * @param wait the wait
     */
    public boolean allows(Duration wait) {
        return wait.compareTo(left) <= 0;
    }

    /**
     * Counts a wait that was taken against the budget.
     *
     * @param wait the wait
     */
    public void spend(Duration wait) {
        left = left.compareTo(wait) > 0 ? left.minus(wait) : Duration.ZERO;
        spent = spent.plus(wait);
    }

    /**
     * The transport would have had to wait longer than the budget left before sending: nothing
     * was sent.
     */
    public static final class ExceededException extends UnidialException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what wait was not taken, and why
         */
        public ExceededException(String message) {
            super(message);
        }

        /** {@return false: nothing was sent} */
        @Override
        public boolean vendorMayHaveActed() {
            return false;
        }
    }
}
