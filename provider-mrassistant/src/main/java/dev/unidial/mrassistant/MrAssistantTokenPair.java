package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.unidial.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@code POST /auth/token} and {@code POST /auth/refresh}. Both tokens are
 * {@link Secret}s, so printing a token never shows it. MrAssistant rotates both on refresh.
 *
 * @param accessToken the bearer token (24 h)
 * @param refreshToken the token that gets a new pair (30 days)
 * @param tokenType normally {@code bearer}
 * @param expiresIn seconds until the access token expires, when MrAssistant says
 */
public record MrAssistantTokenPair(Secret accessToken, Secret refreshToken, String tokenType, Optional<Long> expiresIn) {

    /**
     *
     * @throws NullPointerException if a token is null
     * @param accessToken the bearer token (24 h)
     * @param refreshToken the token that gets a new pair (30 days)
     * @param tokenType normally {@code bearer}
     * @param expiresIn seconds until the access token expires, when MrAssistant says
     */
    public MrAssistantTokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        tokenType = tokenType == null ? "bearer" : tokenType;
        expiresIn = expiresIn == null ? Optional.empty() : expiresIn;
    }

    /** The wire shape, read with Jackson and turned into secrets at once. */
    record Wire(@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") Long expiresIn) {}
}
