package dev.unidial;

/**
 * A success status whose body is not what the vendor documents: not JSON, HTML, empty,
 * missing the id, or an envelope that says the call failed. The vendor may have acted on
 * the request, so a create that ends here is not resent; {@link #body()} holds what came.
 */
public class UnexpectedResponseException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int statusCode;
    /** The response body, with secrets removed. */
    private final String body;

    /**
     * @param statusCode the HTTP status
     * @param message what was expected and what came
     * @param body the raw body (possibly truncated)
     * @param cause the parse failure, if any
     */
    public UnexpectedResponseException(int statusCode, String message, String body, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.body = body == null ? "" : body;
    }

    /** {@return the HTTP status} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the raw body} */
    public String body() {
        return body;
    }
}
