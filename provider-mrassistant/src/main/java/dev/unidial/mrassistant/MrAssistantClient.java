package dev.unidial.mrassistant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.Secret;
import dev.unidial.WireRequest;
import dev.unidial.http.HeaderValues;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.Settings;
import dev.unidial.spi.SingleRequestCampaignClient;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * MrAssistant. The neutral {@link #create} posts one campaign to {@code POST /campaigns}
 * (at most 1000 targets: {@code api().createInBatches} splits larger ones). MrAssistant's own
 * endpoints (campaigns, tokens, single calls, caller numbers) are typed behind {@link #api()}.
 *
 * <p>Authenticates with {@code Authorization: Bearer <token>}: a token you give with
 * {@link Builder#apiKey}, or one the client obtains from {@link Builder#credentials} and
 * keeps fresh (see docs/vendors/mrassistant.md). MrAssistant documents no public host, so the base URL is
 * required. Safe for concurrent use.
 */
public final class MrAssistantClient extends SingleRequestCampaignClient {

    private final MrAssistantApi api;

    private MrAssistantClient(MappingPolicy policy, Transport transport) {
        super(MrAssistantDescriptor.PROVIDER, policy, transport);
        this.api = new MrAssistantApi(transport, this::create);
    }

    /** {@return a builder; a base URL and either {@code apiKey} or {@code credentials} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client from {@value MrAssistantDescriptor#ENV_BASE_URL} and either {@value MrAssistantDescriptor#ENV_API_KEY} or
     *     {@value MrAssistantDescriptor#ENV_USERNAME} and {@value MrAssistantDescriptor#ENV_PASSWORD} (and the shared settings of {@link Settings})
     * @throws IllegalArgumentException if a required setting is missing or one is not valid
     */
    public static MrAssistantClient fromEnv() {
        return (MrAssistantClient) Settings.build(new MrAssistantDescriptor(), Map.of());
    }

    /**
     * @return MrAssistant's own API, typed; it shares this client's transport and is closed with it
     */
    public MrAssistantApi api() {
        return api;
    }

    @Override
    public Capabilities capabilities() {
        return MrAssistantCampaignMapper.CAPABILITIES;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations violations) {
        MrAssistantCampaignMapper.validate(plan, violations);
    }

    @Override
    protected WireRequest createRequest(CampaignPlan plan) {
        return api.createRequest(MrAssistantCampaignMapper.toRequest(plan));
    }

    /** The webhook secret travels in the body, so the preview shows it redacted. */
    @Override
    protected WireRequest previewRequest(CampaignPlan plan) {
        return api.createRequest(MrAssistantCampaignMapper.toRequest(plan).redacted());
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        JsonNode root = transport.json().tree(response);
        return MrAssistantCampaignMapper.toCreated(api.campaign(root, response), root, plan, plan.targetCount());
    }

    @Override
    public String toString() {
        return "MrAssistantClient[" + transport.baseUrl() + ", " + mappingPolicy() + "]";
    }

    /** Builds a {@link MrAssistantClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private Secret apiKey;
        private String username;
        private Secret password;

        private Builder() {
            super(new MrAssistantDescriptor());
        }

        /**
         * @param token a bearer token, sent as {@code Authorization: Bearer <token>}
         * @return this builder
         */
        public Builder apiKey(String token) {
            this.apiKey = Secret.of(Objects.requireNonNull(token, "apiKey"));
            return this;
        }

        /**
         * Log in with these and keep the token fresh, instead of a fixed token.
         *
         * @param username the account's user name
         * @param password its password
         * @return this builder
         */
        public Builder credentials(String username, String password) {
            return username(username).password(password);
        }

        /**
         * @param username the user name to log in with, with {@link #password}; also {@value MrAssistantDescriptor#ENV_USERNAME}
         * @return this builder
         */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username");
            return this;
        }

        /**
         * @param password the password to log in with, with {@link #username}; also {@value MrAssistantDescriptor#ENV_PASSWORD}
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Secret.of(Objects.requireNonNull(password, "password"));
            return this;
        }

        /**
         * @return the client; a bearer token wins over a user name and password
         * @throws IllegalStateException if the base URL or the credentials are missing
         */
        @Override
        public MrAssistantClient build() {
            if (apiKey != null) {
                HeaderValues.requireValid("MrAssistant's bearer token (apiKey, " + MrAssistantDescriptor.ENV_API_KEY + ")", apiKey.reveal());
                return new MrAssistantClient(mappingPolicy(), transport(RequestAuth.bearer(apiKey)));
            }
            if (username != null && password != null) {
                Clock clock = transportSettings().clock();
                return new MrAssistantClient(mappingPolicy(), transport(t -> new MrAssistantPasswordAuth(username, password,
                        clock, new MrAssistantAuthEndpoints(t))));
            }
            throw new IllegalStateException("MrAssistant needs a bearer token (apiKey(...) or " + MrAssistantDescriptor.ENV_API_KEY
                    + ") or credentials(username, password) (" + MrAssistantDescriptor.ENV_USERNAME + " and " + MrAssistantDescriptor.ENV_PASSWORD + ")");
        }
    }
}
