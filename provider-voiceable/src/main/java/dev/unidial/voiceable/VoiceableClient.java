package dev.unidial.voiceable;

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
import dev.unidial.http.Multipart;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.TransportSettings;
import dev.unidial.http.WireResponse;
import dev.unidial.spi.SingleRequestCampaignClient;
import dev.unidial.spi.CampaignPlan;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Voiceable. The neutral {@link #create} posts a {@code multipart/form-data} campaign to
 * {@code POST {base}/api/v1/campaigns} whose recipients CSV is written from the (possibly
 * lazy) audience while it is sent, so a million recipients never sit in memory. Beside it:
 * {@link #createCampaign}, {@link #list}, {@link #get} and {@link #listAgents}.
 *
 * <p>Authenticates with {@code X-API-Key}. Voiceable documents only a placeholder host, so
 * the base URL is required; give the host ({@code https://api.voiceable.example}) or the
 * API root ending in {@code /api/v1}, either works. Safe for concurrent use.
 */
public final class VoiceableClient extends SingleRequestCampaignClient {
    /** The provider name. */
    public static final String PROVIDER = "voiceable";
    /** The environment variable holding the API key. */
    public static final String ENV_API_KEY = "VOICEABLE_API_KEY";
    /** The environment variable holding the base URL (required). */
    public static final String ENV_BASE_URL = "VOICEABLE_BASE_URL";
    /** The environment variable naming the account's time zone; see {@link Builder#accountZone}. */
    public static final String ENV_ACCOUNT_ZONE = "VOICEABLE_ACCOUNT_ZONE";

    private final String apiRoot;
    private final Optional<ZoneId> accountZone;
    private final Capabilities capabilities;

    private VoiceableClient(MappingPolicy policy, TransportSettings settings, String baseUrl, Secret apiKey,
            ZoneId accountZone) {
        super(PROVIDER, policy, transport(settings, baseUrl, apiKey));
        this.apiRoot = transport.baseUrl().pathEndsWith("/api/v1") ? "" : "/api/v1";
        this.accountZone = Optional.ofNullable(accountZone);
        this.capabilities = VoiceableCampaignMapper.capabilities(this.accountZone);
    }

    private static Transport transport(TransportSettings settings, String baseUrl, Secret apiKey) {
        Json json = Json.create();
        return new Transport(BaseUrl.of(baseUrl), settings, RequestAuth.header("X-API-Key", apiKey),
                VoiceableErrorDecoder.create(json, settings.clock()), json);
    }

    /** A builder; {@code apiKey} and {@code baseUrl} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client from {@value #ENV_API_KEY} and {@value #ENV_BASE_URL}. */
    public static VoiceableClient fromEnv() {
        return fromSettings(Map.of());
    }

    static VoiceableClient fromSettings(Map<String, String> settings) {
        Builder b = builder();
        b.applySharedSettings(settings);
        Transport.setting(settings, ENV_API_KEY).ifPresent(b::apiKey);
        Transport.setting(settings, ENV_BASE_URL).ifPresent(b::baseUrl);
        Transport.setting(settings, ENV_ACCOUNT_ZONE).ifPresent(z -> b.accountZone(Transport.zone(ENV_ACCOUNT_ZONE, z)));
        return b.build();
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
        return createRequest(VoiceableCampaignMapper.toRequest(plan, accountZone));
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        JsonNode root = transport.json().tree(response);
        return VoiceableCampaignMapper.toCreated(data(root, response), root, plan);
    }

    // ---- Voiceable's own API ----

    /** Creates a campaign from a request you built (including a CSV of your own). */
    public VoiceableCampaign createCampaign(VoiceableCreateCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        v.requireText("name", request.name());
        v.requireText("agent_id", request.agentId());
        if (!request.phoneNumberId().matches("\\d+")) {
            v.add("phone_number_id", "must be numeric, but is '" + request.phoneNumberId() + "'");
        }
        if (!request.sendImmediately()) {
            if (request.scheduleDate().filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).isEmpty()) {
                v.add("schedule_date", "is required as YYYY-MM-DD when send_immediately is false");
            }
            if (request.scheduleTime().filter(t -> t.matches("\\d{2}:\\d{2}:\\d{2}")).isEmpty()) {
                v.add("schedule_time", "is required as HH:MM:SS when send_immediately is false");
            }
        }
        v.throwIfAny();
        WireResponse response = transport.execute(createRequest(request));
        return data(transport.json().tree(response), response);
    }

    /** {@code GET /campaigns}: every campaign of the key's owner. */
    public List<VoiceableCampaign> list() {
        WireResponse response = transport.execute(transport.request("GET", apiRoot + "/campaigns").build());
        return dataList(response, VoiceableCampaign.class);
    }

    /** {@code GET /campaigns/{id}}. */
    public VoiceableCampaign get(String id) {
        WireResponse response = transport.execute(
                transport.request("GET", apiRoot + "/campaigns/" + BaseUrl.segment(id)).build());
        return data(transport.json().tree(response), response);
    }

    /** {@code GET /agents}: agents whose ids campaigns take; {@code pageSize} 1–100. */
    public List<VoiceableAgent> listAgents(Optional<String> search, int pageSize) {
        Violations v = new Violations();
        v.requireRange("page_size", pageSize, 1, 100);
        v.throwIfAny();
        String query = "?page_size=" + pageSize + search.map(s -> "&search=" + BaseUrl.queryValue(s)).orElse("");
        WireResponse response = transport.execute(transport.request("GET", apiRoot + "/agents" + query).build());
        return dataList(response, VoiceableAgent.class);
    }

    private WireRequest createRequest(VoiceableCreateCampaignRequest r) {
        Multipart.Builder body = Multipart.builder()
                .field("name", r.name())
                .field("phone_number_id", r.phoneNumberId())
                .field("agent_id", r.agentId())
                .field("send_immediately", Boolean.toString(r.sendImmediately()));
        r.scheduleDate().ifPresent(d -> body.field("schedule_date", d));
        r.scheduleTime().ifPresent(t -> body.field("schedule_time", t));
        body.file("recipients_file", "recipients.csv", "text/csv", r.recipients().writer());
        return transport.request("POST", apiRoot + "/campaigns").body(body.build()).build();
    }

    private VoiceableCampaign data(JsonNode root, WireResponse response) {
        transport.json().requireId(root, response, "data", "id");
        return transport.json().read(root.path("data"), VoiceableCampaign.class, response);
    }

    private <T> List<T> dataList(WireResponse response, Class<T> type) {
        return transport.json().readList(transport.json().tree(response).path("data"), type, response,
                "Voiceable's list data");
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

        private Builder() {}

        /**
         * The time zone the Voiceable account reads {@code schedule_date}/{@code schedule_time}
         * in (Voiceable's page names none; it is taken to be the account's). With it, the
         * client can express a schedule's time zone: the start is converted into this zone.
         * Without it, the start's own local date and time are sent, and a campaign whose
         * schedule names a zone is refused under STRICT and warned about under LENIENT. Also
         * {@value VoiceableClient#ENV_ACCOUNT_ZONE}.
         */
        public Builder accountZone(ZoneId zone) {
            this.accountZone = Objects.requireNonNull(zone, "accountZone");
            return this;
        }

        /** The API key, sent as {@code X-API-Key}. */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(Objects.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the API key or base URL is missing
         */
        public VoiceableClient build() {
            String base = baseUrl().orElseThrow(() -> new IllegalStateException("Voiceable needs a base URL: its docs "
                    + "show only a placeholder host, so call baseUrl(...) or set " + ENV_BASE_URL));
            if (apiKey == null) {
                throw new IllegalStateException("Voiceable needs an API key: call apiKey(...) or set " + ENV_API_KEY);
            }
            HeaderValues.requireValid("Voiceable's API key (apiKey, " + ENV_API_KEY + ")", apiKey.reveal());
            return new VoiceableClient(mappingPolicy(), transportSettings(), base, apiKey, accountZone);
        }
    }
}
