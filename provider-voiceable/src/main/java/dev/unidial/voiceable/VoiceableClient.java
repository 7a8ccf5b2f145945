package dev.unidial.voiceable;

import dev.unidial.CampaignSnapshot;
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
import dev.unidial.spi.PagedStreams;
import dev.unidial.spi.Settings;
import dev.unidial.spi.SingleRequestCampaignClient;
import dev.unidial.spi.TargetUpload;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Voiceable. The neutral {@link #create} posts a {@code multipart/form-data} campaign to
 * {@code POST {base}/api/v1/campaigns} whose recipients CSV is written from the (possibly
 * lazy) audience while it is sent, so a million recipients never sit in memory. Voiceable's
 * own endpoints are typed behind {@link #api()}.
 *
 * <p>Authenticates with {@code X-API-Key}. Voiceable documents only a placeholder host, so
 * the base URL is required; give the host ({@code https://api.voiceable.example}) or the
 * API root ending in {@code /api/v1}, either works. Safe for concurrent use.
 */
public final class VoiceableClient extends SingleRequestCampaignClient {

    private final VoiceableApi api;
    private final Optional<ZoneId> accountZone;
    private final Capabilities capabilities;

    private VoiceableClient(MappingPolicy policy, Transport transport, ZoneId accountZone) {
        super(VoiceableDescriptor.PROVIDER, policy, transport);
        this.api = new VoiceableApi(transport);
        this.accountZone = Optional.ofNullable(accountZone);
        this.capabilities = VoiceableCampaignMapper.capabilities(this.accountZone);
    }

    /** @return a builder; {@code apiKey} and {@code baseUrl} are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client from {@value VoiceableDescriptor#ENV_API_KEY}, {@value VoiceableDescriptor#ENV_BASE_URL} and, if set,
     *     {@value VoiceableDescriptor#ENV_ACCOUNT_ZONE} (and the shared settings of {@link Settings})
     * @throws IllegalArgumentException if a required setting is missing or one is not valid
     */
    public static VoiceableClient fromEnv() {
        return (VoiceableClient) Settings.build(new VoiceableDescriptor(), Map.of());
    }

    /**
     * @return Voiceable's own API, typed; it shares this client's transport and is closed with it
     */
    public VoiceableApi api() {
        return api;
    }

    @Override
    protected CampaignSnapshot readCampaign(String campaignId) {
        return api.campaign(campaignId).map((c, raw) -> VoiceableCampaignMapper.snapshot(c, raw, accountZone));
    }

    /** Voiceable's list is one answer (it documents no paging); the stream reads it when first used. */
    @Override
    protected Stream<CampaignSnapshot> listCampaigns() {
        ensureOpen();
        return PagedStreams.stream(index -> new PagedStreams.Page<>(api.campaigns().stream()
                .map(c -> c.map((v, raw) -> VoiceableCampaignMapper.snapshot(v, raw, accountZone))).toList(), false),
                CampaignSnapshot::id);
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations violations) {
        VoiceableCampaignMapper.validate(plan, violations);
    }

    @Override
    protected WireRequest createRequest(CampaignPlan plan) {
        return api.createRequest(VoiceableCampaignMapper.toRequest(plan, accountZone));
    }

    /** A lazy audience is read once: its targets are checked as the recipients CSV is written. */
    @Override
    protected boolean checksLazyTargetsWhileSending() {
        return true;
    }

    @Override
    protected WireRequest createRequest(CampaignPlan plan, TargetUpload upload) {
        return api.createRequest(VoiceableCampaignMapper.toRequest(plan, accountZone, upload));
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        return VoiceableCampaignMapper.toCreated(api.campaign(response).value(), transport.json().tree(response), plan,
                accountZone);
    }

    @Override
    public String toString() {
        return "VoiceableClient[" + transport.baseUrl() + accountZone.map(z -> ", accountZone=" + z).orElse("") + ", "
                + mappingPolicy() + "]";
    }

    /** Builds a {@link VoiceableClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private Secret apiKey;
        private ZoneId accountZone;

        private Builder() {
            super(new VoiceableDescriptor());
        }

        /**
         * Sets the time zone the Voiceable account reads {@code schedule_date}/{@code schedule_time} in
         * (Voiceable's page names none; it is taken to be the account's). With it, the client can express a
         * schedule's time zone: the start is converted into this zone. Without it, the start's own local date
         * and time are sent, and a campaign whose schedule names a zone is refused under STRICT and warned
         * about under LENIENT. Also {@value VoiceableDescriptor#ENV_ACCOUNT_ZONE}.
         *
         * @param zone the account zone
         * in (Voiceable's page names none; it is taken to be the account's)
         * @return this builder
         */
        public Builder accountZone(ZoneId zone) {
            this.accountZone = Objects.requireNonNull(zone, "accountZone");
            return this;
        }

        /**
         * Sets the API key, sent as {@code X-API-Key}.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(Objects.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the API key or base URL is missing
         */
        @Override
        public VoiceableClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("Voiceable needs an API key: call apiKey(...) or set " + VoiceableDescriptor.ENV_API_KEY);
            }
            HeaderValues.requireValid("Voiceable's API key (apiKey, " + VoiceableDescriptor.ENV_API_KEY + ")", apiKey.reveal());
            return new VoiceableClient(mappingPolicy(), transport(RequestAuth.header("X-API-Key", apiKey)), accountZone);
        }
    }
}
