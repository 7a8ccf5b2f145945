package dev.unidial.mrassistant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Secret;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import java.util.Map;
import java.util.Optional;

/**
 * MrAssistant's token endpoints, {@code POST /auth/token} and {@code POST /auth/refresh},
 * sent without credentials: what {@link MrAssistantTokenAuth} logs in and refreshes with, and
 * what {@link MrAssistantApi#login} and {@link MrAssistantApi#refreshToken} call.
 */
final class MrAssistantTokens implements MrAssistantTokenAuth.TokenEndpoint {
    private final Transport transport;

    MrAssistantTokens(Transport transport) {
        this.transport = transport;
    }

    @Override
    public MrAssistantToken login(String username, Secret password) {
        return token("/auth/token", Map.of("username", username, "password", password.reveal()), password);
    }

    @Override
    public MrAssistantToken refresh(Secret refreshToken) {
        return token("/auth/refresh", Map.of("refresh_token", refreshToken.reveal()), refreshToken);
    }

    private MrAssistantToken token(String path, Map<String, String> body, Secret sent) {
        // Obtaining a token changes nothing at MrAssistant, so it may be retried like a read.
        WireRequest request = transport.request("POST", path).body(transport.json().body(body)).idempotent(true)
                .secret(sent).build();
        WireResponse response = transport.executeUnauthenticated(request);
        JsonNode root = transport.json().tree(response);
        transport.json().requireText(root, response, "access_token");
        transport.json().requireText(root, response, "refresh_token");
        MrAssistantToken.Wire wire = transport.json().read(root, MrAssistantToken.Wire.class, response);
        return new MrAssistantToken(Secret.of(wire.accessToken()), Secret.of(wire.refreshToken()), wire.tokenType(),
                Optional.ofNullable(wire.expiresIn()));
    }
}
