package dev.unidial.kore;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unidial.Secret;
import dev.unidial.http.Json;
import dev.unidial.http.RequestAuth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signs Kore's JWT from client credentials; once, or per request with a fresh {@code jti}. */
final class KoreJwtAuth implements RequestAuth {
    private final String clientId;
    private final Secret clientSecret;
    private final String subject;
    private final boolean jti;
    private final Json json = Json.create();
    private volatile Secret cached;

    KoreJwtAuth(String clientId, Secret clientSecret, String subject, boolean jti) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.subject = subject;
        this.jti = jti;
    }

    @Override
    public Map<String, String> headers() {
        if (jti) {
            return Map.of("auth", sign());
        }
        Secret token = cached;
        if (token == null) {
            token = Secret.of(sign());
            cached = token;
        }
        return Map.of("auth", token.reveal());
    }

    private String sign() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("appId", clientId);
        if (jti) {
            claims.put("jti", UUID.randomUUID().toString());
        }
        try {
            return KoreJwt.sign(json.mapper().writeValueAsString(claims), clientSecret);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Set<String> headerNames() {
        return Set.of("auth");
    }

    /** The signing secret and the token signed with it. */
    @Override
    public Collection<Secret> secrets() {
        Secret token = cached;
        return token == null ? List.of(clientSecret) : List.of(clientSecret, token);
    }

    @Override
    public String toString() {
        return "KoreClientCredentials[clientId=" + clientId + "]";
    }
}
