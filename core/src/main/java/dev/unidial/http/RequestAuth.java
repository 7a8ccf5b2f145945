package dev.unidial.http;

import dev.unidial.Secret;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a vendor authenticates: the headers to add to each request. Implementations may
 * fetch or refresh tokens; they are called on every attempt, from many threads.
 */
public interface RequestAuth {

    /** {@return the credential headers for the next attempt, with real values} */
    Map<String, String> headers();

    /** {@return the names of the headers {@link #headers()} sets; these are redacted in logs and previews} */
    Set<String> headerNames();

    /**
     * {@return every secret this auth holds beyond the headers of the current request (a password, a
     * client secret, tokens obtained earlier): removed from every message built from an
     * answer} Header values are always removed; by default nothing else is known.
     */
    default Collection<Secret> secrets() {
        return List.of();
    }

    /**
     * Called when the vendor rejected the credentials (401). Returns true when fresh
     * credentials were obtained and the request is worth one more try.
     *
     * @param rejected the credential headers that were refused
     * @return whether fresh credentials were obtained and the request may be sent again
     */
    default boolean refreshAfterRejection(Map<String, String> rejected) {
        return false;
    }

    /**
     * {@return a fixed header such as {@code X-API-KEY: <key>}}
     *
     * @param name the name
     * @param secret the secret
     */
    static RequestAuth header(String name, Secret secret) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        return new RequestAuth() {
            @Override
            public Map<String, String> headers() {
                return Map.of(name, secret.reveal());
            }

            @Override
            public Set<String> headerNames() {
                return Set.of(name);
            }

            @Override
            public Collection<Secret> secrets() {
                return List.of(secret);
            }

            @Override
            public String toString() {
                return "RequestAuth[" + name + "=" + secret + "]";
            }
        };
    }

    /**
     * {@return a header whose value is read on each request, such as a token that rotates elsewhere}
     *
     * @param name the name
     * @param secret the secret
     */
    static RequestAuth header(String name, Supplier<Secret> secret) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        return new RequestAuth() {
            @Override
            public Map<String, String> headers() {
                return Map.of(name, Objects.requireNonNull(secret.get(), "credential supplier returned null").reveal());
            }

            @Override
            public Set<String> headerNames() {
                return Set.of(name);
            }

            @Override
            public String toString() {
                return "RequestAuth[" + name + "=<supplied>]";
            }
        };
    }

    /**
     * {@code Authorization: Bearer <token>}.
     *
     * @param token the bearer token
     * @return the authentication
     */
    static RequestAuth bearer(Secret token) {
        Objects.requireNonNull(token, "token");
        Secret header = Secret.of("Bearer " + token.reveal());
        return new RequestAuth() {
            @Override
            public Map<String, String> headers() {
                return Map.of("Authorization", header.reveal());
            }

            @Override
            public Set<String> headerNames() {
                return Set.of("Authorization");
            }

            @Override
            public Collection<Secret> secrets() {
                return List.of(token);
            }

            @Override
            public String toString() {
                return "RequestAuth[Authorization=Bearer " + token + "]";
            }
        };
    }
}
