package dev.unidial.ravan;

import dev.unidial.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * Ravan's answer to a single call: the session and its LiveKit room. The access token is a
 * {@link Secret}, so printing the session never shows it.
 *
 * @param sessionId the call's session; Ravan's {@code call.completed} reports it as {@code call_session_id}
 * @param roomId the LiveKit room
 * @param accessToken the room's access token
 * @param url the room's URL
 * @param message Ravan's message
 */
public record RavanCallSession(String sessionId, Optional<String> roomId, Optional<Secret> accessToken, Optional<String> url,
        Optional<String> message) {
    /**
     * Checks the values.
     *
     * @param sessionId the session
     * @param roomId the room
     * @param accessToken the token
     * @param url the URL
     * @param message the message
     */
    public RavanCallSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(message, "message");
    }
}
