package dev.unidial;

import java.util.List;
import java.util.Map;

/** The vendor refused the request as invalid (400, 422). The message lists what the vendor said is wrong. */
public class InvalidRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(int, String, String, Map, String)}. */
    public InvalidRequestException(int statusCode, String message, String body, Map<String, List<String>> headers, String requestId) {
        super(statusCode, message, body, headers, requestId);
    }
}
