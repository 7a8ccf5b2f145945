package dev.unidial;

import java.util.List;
import java.util.Map;

/** The credentials were missing, wrong or not allowed to do this (401, 403). Check the API key or token the client was built with. */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * See {@link ApiException#ApiException(int, String, String, Map, String)}.
     *
     * @param statusCode the HTTP status
     * @param message the message, with secrets removed
     * @param body the response body, with secrets removed
     * @param headers the response headers
     * @param requestId the vendor's request id, or null when it sent none
     */
    public AuthenticationException(int statusCode, String message, String body, Map<String, List<String>> headers, String requestId) {
        super(statusCode, message, body, headers, requestId);
    }
}
