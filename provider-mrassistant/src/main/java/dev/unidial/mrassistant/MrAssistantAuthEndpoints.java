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
 * sent without credentials: what {@link MrAssistantPasswordAuth} logs in and refreshes with, and
 * what {@link MrAssistantApi#login} and {@link MrAssistantApi#refreshToken} call.
 */
final class MrAssistantAuthEndpoints implements MrAssistantPasswordAuth.TokenEndpoint {
    private final Transport transport;

    MrAssistantAuthEndpoints(Transport transport) {
        this.transport = transport;
    }

    @Override
    public MrAssistantTokenPair login(String username, Secret password) {
        return token("/auth/token", Map.of("username", username, "password", password.reveal()), password);
    }

    @Override
    public MrAssistantTokenPair refresh(Secret refreshToken) {
        return token("/auth/refresh", Map.of("refresh_token", refreshToken.reveal()), refreshToken);
    }

    private MrAssistantTokenPair token(String path, Map<String, String> body, Secret sent) {
        // Obtaining a token changes nothing at MrAssistant, so it may be retried like a read.
        WireRequest request = transport.request("POST", path).body(transport.json().body(body)).idempotent(true)
                .secret(sent).build();
        WireResponse response = transport.executeUnauthenticated(request);
        JsonNode root = transport.json().tree(response);
        transport.json().requireText(root, response, "access_token");
        transport.json().requireText(root, response, "refresh_token");
        MrAssistantTokenPair.Wire wire = transport.json().read(root, MrAssistantTokenPair.Wire.class, response);
        return new MrAssistantTokenPair(Secret.of(wire.accessToken()), Secret.of(wire.refreshToken()), wire.tokenType(),
                Optional.ofNullable(wire.expiresIn()));
    }
}
