package dev.unidial;

import java.util.List;
import java.util.Map;

/** The vendor does not know something the request names (404): the agent, the phone number, the campaign. */
public class NotFoundException extends ApiException {
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
    public NotFoundException(int statusCode, String message, String body, Map<String, List<String>> headers, String requestId) {
        super(statusCode, message, body, headers, requestId);
    }
}
