package dev.unidial;

/** The root of every exception Unidial throws. All are unchecked. */
public class UnidialException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message the message, with secrets removed
     */
    public UnidialException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message the message, with secrets removed
     * @param cause the underlying cause
     */
    public UnidialException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * {@return whether the vendor may have acted on the request that failed} {@code false} means it
     * certainly did not (the request was refused before it was sent, or the vendor refused
     * it), so sending it again cannot do it twice; {@code true} means it may have, and a
     * create sent again could be created twice. Unless a subclass knows better, it may have.
     */
    public boolean vendorMayHaveActed() {
        return true;
    }
}
