package dev.unidial.ravan;

import dev.unidial.CampaignSnapshot;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.Secret;
import dev.unidial.WireRequest;
import dev.unidial.http.HeaderValues;
import dev.unidial.http.Parsed;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.MappingNotes;
import dev.unidial.spi.PagedStreams;
import dev.unidial.spi.Settings;
import dev.unidial.spi.SingleRequestCampaignClient;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Ravan (the Agni API). The neutral {@link #create} posts to
 * {@code POST /api/v1/campaigns/} (the trailing slash is part of the documented path and is
 * kept whatever the base URL); Ravan's own endpoints are typed behind {@link #api()}.
 *
 * <pre>{@code
 * try (RavanClient ravan = RavanClient.builder().apiKey(key).build()) {
 *     CreatedCampaign created = ravan.create(campaign);
 *     ravan.api().getCampaign(created.id());
 * }
 * }</pre>
 *
 * Authenticates with the {@code X-Api-Key} header. Safe for concurrent use.
 */
public final class RavanClient extends SingleRequestCampaignClient {

    /** Campaigns per page of the list. */
    private static final int PAGE_SIZE = 50;

    private final RavanApi api;

    private RavanClient(MappingPolicy policy, Transport transport) {
        super(RavanDescriptor.PROVIDER, policy, transport);
        this.api = new RavanApi(transport);
    }

    /**
     * @return a builder; {@code apiKey} is required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client from {@value RavanDescriptor#ENV_API_KEY} and, if set, {@value RavanDescriptor#ENV_BASE_URL} (and the
     *     shared settings of {@link Settings})
     * @throws IllegalArgumentException if the key is missing or a setting is not valid
     */
    public static RavanClient fromEnv() {
        return (RavanClient) Settings.build(new RavanDescriptor(), Map.of());
    }

    /**
     * @return Ravan's own API, typed; it shares this client's transport and is closed with it
     */
    public RavanApi api() {
        return api;
    }

    @Override
    protected CampaignSnapshot readCampaign(String campaignId) {
        return api.campaign(campaignId).map(RavanCampaignMapper::snapshot);
    }

    /** Unverified: Ravan documents no list; see {@link RavanApi#listCampaigns}. */
    @Override
    protected Stream<CampaignSnapshot> listCampaigns() {
        ensureOpen();
        return PagedStreams.stream(index -> {
            RavanPage<Parsed<RavanCampaign>> page = api.campaigns(PAGE_SIZE, index * PAGE_SIZE);
            long seen = (long) index * PAGE_SIZE + page.data().size();
            boolean more = page.total().map(total -> seen < total).orElse(page.data().size() == PAGE_SIZE);
            return new PagedStreams.Page<>(page.data().stream().map(c -> c.map(RavanCampaignMapper::snapshot)).toList(), more);
        }, CampaignSnapshot::id);
    }

    /** A PATCH of {@code status=active} and {@code executionStatus=running}. */
    @Override
    protected CampaignSnapshot startCampaign(String campaignId) {
        return api.update(campaignId, RavanCampaignMapper.run()).map(RavanCampaignMapper::snapshot);
    }

    /** A PATCH of {@code status=paused} and {@code executionStatus=paused}. */
    @Override
    protected CampaignSnapshot pauseCampaign(String campaignId) {
        return api.update(campaignId, RavanCampaignMapper.pause()).map(RavanCampaignMapper::snapshot);
    }

    /** As {@link #start}: Ravan runs a paused campaign again through the same PATCH. */
    @Override
    protected CampaignSnapshot resumeCampaign(String campaignId) {
        return startCampaign(campaignId);
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
    protected void vendorNotes(CampaignPlan plan, MappingNotes notes) {
        RavanCampaignMapper.notes(plan, notes);
    }

    @Override
    protected WireRequest createRequest(CampaignPlan plan) {
        return api.createRequest(RavanCampaignMapper.toRequest(plan));
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        return RavanCampaignMapper.toCreated(api.campaign(response).value(), transport.json().tree(response), plan);
    }

    @Override
    public String toString() {
        return "RavanClient[" + transport.baseUrl() + ", " + mappingPolicy() + "]";
    }

    /** Builds a {@link RavanClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private Secret apiKey;

        private Builder() {
            super(new RavanDescriptor());
        }

        /**
         * @param apiKey the API key from Ravan's Settings → Security &amp; Access → API Keys
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(Objects.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if no API key was given
         * @throws IllegalArgumentException if the key cannot be sent in a header, or the base
         *     URL is not https (or http on loopback)
         */
        @Override
        public RavanClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("Ravan needs an API key: call apiKey(...) or set " + RavanDescriptor.ENV_API_KEY);
            }
            HeaderValues.requireValid("Ravan's API key (apiKey, " + RavanDescriptor.ENV_API_KEY + ")", apiKey.reveal());
            return new RavanClient(mappingPolicy(), transport(RequestAuth.header("X-Api-Key", apiKey)));
        }
    }
}
