package dev.unidial.kore;

import dev.unidial.Secret;
import dev.unidial.http.HeaderValues;
import dev.unidial.http.RequestAuth;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.ProviderDescriptor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a Kore.ai client authenticates: a JWT given as is, a source of JWTs, or the app's client
 * id and secret from which the client signs its own (HS256, as Kore documents). The part of
 * {@link KoreClient.Builder} that chooses the {@code auth} header.
 *
 * @param <B> the builder
 */
abstract class KoreAuthSettings<B extends KoreAuthSettings<B>> extends AbstractClientBuilder<B> {
    private RequestAuth auth;
    private String clientId;
    private Secret clientSecret;
    private String subject = "unidial";
    private boolean jti;

    KoreAuthSettings(ProviderDescriptor<B> descriptor) {
        super(descriptor);
    }

    @SuppressWarnings("unchecked")
    private B me() {
        return (B) this;
    }

    /** {@return the auth chosen: a JWT or its source, else tokens signed from the client credentials; empty when none is set} */
    Optional<RequestAuth> auth() {
        if (auth != null) {
            return Optional.of(auth);
        }
        return clientId != null && clientSecret != null
                ? Optional.of(new KoreJwtAuth(clientId, clientSecret, subject, jti)) : Optional.empty();
    }

        /**
         * @param jwt a ready-made JWT, sent as is
         * @return this builder
         */
        public B jwt(String jwt) {
            HeaderValues.requireValid("Kore.ai's JWT (jwt, " + KoreDescriptor.ENV_JWT + ")", Objects.requireNonNull(jwt, "jwt"));
            this.auth = RequestAuth.header("auth", Secret.of(jwt));
            return me();
        }

        /**
         * @param jwt a source of JWTs, asked before every request (for tokens you rotate yourself)
         * @return this builder
         */
        public B jwtSupplier(Supplier<String> jwt) {
            Objects.requireNonNull(jwt, "jwtSupplier");
            this.auth = RequestAuth.header("auth", () -> Secret.of(jwt.get()));
            return me();
        }

        /**
         * Sign Kore's JWT from the app's client id and secret (HS256, {@code {"sub", "appId"}}).
         *
         * @param clientId the JWT app's client id
         * @param clientSecret the JWT app's client secret
         * @return this builder
         */
        public B clientCredentials(String clientId, String clientSecret) {
            return clientId(clientId).clientSecret(clientSecret);
        }

        /**
         * @param clientId the JWT app's client id, with {@link #clientSecret}; also {@value KoreDescriptor#ENV_CLIENT_ID}
         * @return this builder
         */
        public B clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return me();
        }

        /**
         * @param clientSecret the JWT app's client secret, with {@link #clientId}; also {@value KoreDescriptor#ENV_CLIENT_SECRET}
         * @return this builder
         */
        public B clientSecret(String clientSecret) {
            this.clientSecret = Secret.of(Objects.requireNonNull(clientSecret, "clientSecret"));
            return me();
        }

        /**
         * @param subject the {@code sub} claim of self-signed tokens; default {@code unidial}
         * @return this builder
         */
        public B jwtSubject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return me();
        }

        /**
         * @param jti add a fresh {@code jti} to every self-signed token, for apps with "Enforce JTI" on
         * @return this builder
         */
        public B enforceJti(boolean jti) {
            this.jti = jti;
            return me();
        }
}
