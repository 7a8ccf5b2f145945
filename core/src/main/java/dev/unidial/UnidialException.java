package dev.unidial;

/** The root of every exception Unidial throws. All are unchecked. */
public class UnidialException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public UnidialException(String message) {
        super(message);
    }

    /** An exception with a message and a cause. */
    public UnidialException(String message, Throwable cause) {
        super(message, cause);
    }
}
