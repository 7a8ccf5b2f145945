package dev.unidial.ravan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.Secret;
import dev.unidial.Violations;
import dev.unidial.WireRequest;
import dev.unidial.http.AbstractClientBuilder;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.HeaderValues;
import dev.unidial.http.Json;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.TransportSettings;
import dev.unidial.http.WireResponse;
import dev.unidial.spi.SingleRequestCampaignClient;
import dev.unidial.spi.CampaignPlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ravan (the Agni API). The neutral {@link #create} posts to
 * {@code POST /api/v1/campaigns/} (the trailing slash is part of the documented path and is
 * kept whatever the base URL); beside it, Ravan's own endpoints are typed:
 * {@link #createCampaign}, {@link #getCampaign}, {@link #updateCampaign},
 * {@link #listContacts}, {@link #listAgents}.
 *
 * <pre>{@code
 * try (RavanClient ravan = RavanClient.builder().apiKey(key).build()) {
 *     CreatedCampaign created = ravan.create(campaign);
 * }
 * }</pre>
 *
 * Authenticates with the {@code X-Api-Key} header. Safe for concurrent use.
 */
public final class RavanClient extends SingleRequestCampaignClient {
    /** The provider name. */
    public static final String PROVIDER = "ravan";
    /** Ravan's documented base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.ravan.ai";
    /** The environment variable holding the API key. */
    public static final String ENV_API_KEY = "RAVAN_API_KEY";
    /** The environment variable that overrides the base URL. */
    public static final String ENV_BASE_URL = "RAVAN_BASE_URL";

    static final String CAMPAIGNS = "/api/v1/campaigns/";

    private RavanClient(MappingPolicy policy, TransportSettings settings, String baseUrl, Secret apiKey) {
        super(PROVIDER, policy, transport(settings, baseUrl, apiKey));
    }

    private static Transport transport(TransportSettings settings, String baseUrl, Secret apiKey) {
        Json json = Json.create();
        return new Transport(BaseUrl.of(baseUrl), settings, RequestAuth.header("X-Api-Key", apiKey),
                RavanErrorDecoder.create(json, settings.clock()), json);
    }

    /** A builder; {@code apiKey} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client from {@value #ENV_API_KEY} and, if set, {@value #ENV_BASE_URL}. */
    public static RavanClient fromEnv() {
        return fromSettings(Map.of());
    }

    /** A client from settings keyed as the environment variables; missing keys fall back to the environment. */
    static RavanClient fromSettings(Map<String, String> settings) {
        Builder b = builder();
        b.applySharedSettings(settings);
        Transport.setting(settings, ENV_API_KEY).ifPresent(b::apiKey);
        Transport.setting(settings, ENV_BASE_URL).ifPresent(b::baseUrl);
        return b.build();
    }

    @Override
    public Capabilities capabilities() {
        return RavanCampaignMapper.CAPABILITIES;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations violations) {
        RavanCampaignMapper.validate(plan, violations);
    }

    @Override
    protected WireRequest createRequest(CampaignPlan plan) {
        return createRequest(RavanCampaignMapper.toRequest(plan));
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        JsonNode root = transport.json().tree(response);
        return RavanCampaignMapper.toCreated(campaign(root, response), root, plan);
    }

    // ---- Ravan's own API ----

    /** {@code POST /api/v1/campaigns/} with a body you built. */
    public RavanCampaign createCampaign(RavanCreateCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        WireResponse response = transport.execute(createRequest(request));
        return campaign(transport.json().tree(response), response);
    }

    /** {@code GET /api/v1/campaigns/{id}}. */
    public RavanCampaign getCampaign(String id) {
        WireResponse response = transport.execute(transport.request("GET", CAMPAIGNS + BaseUrl.segment(id)).build());
        return campaign(transport.json().tree(response), response);
    }

    /**
     * {@code PATCH /api/v1/campaigns/{id}}: changes the fields set, including
     * {@code status} and {@code executionStatus} to start or pause a campaign.
     */
    public RavanCampaign updateCampaign(String id, RavanUpdateCampaignRequest update) {
        Objects.requireNonNull(update, "update");
        WireRequest request = transport.request("PATCH", CAMPAIGNS + BaseUrl.segment(id))
                .body(transport.json().body(update)).build();
        WireResponse response = transport.execute(request);
        return campaign(transport.json().tree(response), response);
    }

    /** {@code GET /api/v1/contacts/}: contacts whose ids a campaign can take. */
    public RavanPage<RavanContact> listContacts(Optional<String> search, int limit, int offset) {
        String query = "?limit=" + limit + "&offset=" + offset
                + search.map(s -> "&search=" + BaseUrl.queryValue(s)).orElse("");
        return page("/api/v1/contacts/" + query, RavanContact.class);
    }

    /** {@code GET /api/v1/agents/}: agents whose ids a campaign can take. */
    public RavanPage<RavanAgent> listAgents(int limit, int offset) {
        return page("/api/v1/agents/?limit=" + limit + "&offset=" + offset, RavanAgent.class);
    }

    private <T> RavanPage<T> page(String path, Class<T> type) {
        WireResponse response = transport.execute(transport.request("GET", path).build());
        JsonNode root = transport.json().tree(response);
        List<T> items = transport.json().readList(root.path("data"), type, response, "Ravan's list data");
        JsonNode meta = root.path("meta");
        return new RavanPage<>(items, number(meta.path("total")), number(meta.path("limit")), number(meta.path("offset")));
    }

    private static Optional<Long> number(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(Long.parseLong(node.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private WireRequest createRequest(RavanCreateCampaignRequest body) {
        return transport.request("POST", CAMPAIGNS).body(transport.json().body(body)).build();
    }

    private RavanCampaign campaign(JsonNode root, WireResponse response) {
        transport.json().requireId(root, response, "data", "id");
        return transport.json().read(root.path("data"), RavanCampaign.class, response);
    }

    @Override
    public String toString() {
        return "RavanClient[" + transport.baseUrl() + ", " + mappingPolicy() + "]";
    }

    /** Builds a {@link RavanClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private Secret apiKey;

        private Builder() {}

        /** The API key from Ravan's Settings → Security &amp; Access → API Keys. */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(Objects.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if no API key was given
         * @throws IllegalArgumentException if the base URL is not https (or http on loopback)
         */
        public RavanClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("Ravan needs an API key: call apiKey(...) or set " + ENV_API_KEY);
            }
            HeaderValues.requireValid("Ravan's API key (apiKey, " + ENV_API_KEY + ")", apiKey.reveal());
            return new RavanClient(mappingPolicy(), transportSettings(), baseUrl().orElse(DEFAULT_BASE_URL), apiKey);
        }
    }
}
