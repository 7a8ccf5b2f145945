package dev.unidial.mrassistant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignValidationException;
import dev.unidial.CampaignValidator;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.UnidialException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * MrAssistant. The neutral {@link #create} posts one campaign to {@code POST /campaigns}
 * (at most 1000 targets: {@link #createInBatches} splits larger ones). Beside it,
 * MrAssistant's own endpoints are typed: {@link #createCampaign}, {@link #login},
 * {@link #refreshToken}, {@link #initiateCall}, {@link #getCall} and the agent
 * phone-number endpoints.
 *
 * <p>Authenticates with {@code Authorization: Bearer <token>}: a token you give with
 * {@link Builder#apiKey}, or one the client obtains from {@link Builder#credentials} and
 * keeps fresh (see the README). MrAssistant documents no public host, so the base URL is
 * required. Safe for concurrent use.
 */
public final class MrAssistantClient extends SingleRequestCampaignClient {
    /** The provider name. */
    public static final String PROVIDER = "mrassistant";
    /** The environment variable holding the bearer token. */
    public static final String ENV_API_KEY = "MRASSISTANT_API_KEY";
    /** The environment variable holding the base URL (required: MrAssistant's docs show only a placeholder host). */
    public static final String ENV_BASE_URL = "MRASSISTANT_BASE_URL";
    /** The environment variables for logging in instead of a token. */
    public static final String ENV_USERNAME = "MRASSISTANT_USERNAME";
    /** See {@link #ENV_USERNAME}. */
    public static final String ENV_PASSWORD = "MRASSISTANT_PASSWORD";

    private final MrAssistantTokenAuth tokenAuth;

    private MrAssistantClient(MappingPolicy policy, TransportSettings settings, String baseUrl, RequestAuth auth,
            MrAssistantTokenAuth tokenAuth) {
        super(PROVIDER, policy, transport(settings, baseUrl, auth));
        this.tokenAuth = tokenAuth;
        if (tokenAuth != null) {
            tokenAuth.bind(new MrAssistantTokenAuth.TokenEndpoint() {
                @Override
                public MrAssistantToken login(String username, Secret password) {
                    return MrAssistantClient.this.login(username, password.reveal());
                }

                @Override
                public MrAssistantToken refresh(Secret refreshToken) {
                    return refreshToken(refreshToken);
                }
            });
        }
    }

    private static Transport transport(TransportSettings settings, String baseUrl, RequestAuth auth) {
        Json json = Json.create();
        return new Transport(BaseUrl.of(baseUrl), settings, auth, MrAssistantErrorDecoder.create(json, settings.clock()), json);
    }

    /** A builder; a base URL and either {@code apiKey} or {@code credentials} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client from {@value #ENV_BASE_URL} and either {@value #ENV_API_KEY} or
     * {@value #ENV_USERNAME} and {@value #ENV_PASSWORD}.
     */
    public static MrAssistantClient fromEnv() {
        return fromSettings(Map.of());
    }

    static MrAssistantClient fromSettings(Map<String, String> settings) {
        Builder b = builder();
        b.applySharedSettings(settings);
        Transport.setting(settings, ENV_BASE_URL).ifPresent(b::baseUrl);
        Optional<String> key = Transport.setting(settings, ENV_API_KEY);
        if (key.isPresent()) {
            b.apiKey(key.get());
        } else {
            Optional<String> user = Transport.setting(settings, ENV_USERNAME);
            Optional<String> password = Transport.setting(settings, ENV_PASSWORD);
            if (user.isPresent() && password.isPresent()) {
                b.credentials(user.get(), password.get());
            }
        }
        return b.build();
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
        return createRequest(MrAssistantCampaignMapper.toRequest(plan));
    }

    /** The webhook secret travels in the body, so the preview shows it redacted. */
    @Override
    protected WireRequest previewRequest(CampaignPlan plan) {
        return createRequest(MrAssistantCampaignMapper.toRequest(plan).redacted());
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        JsonNode root = transport.json().tree(response);
        return MrAssistantCampaignMapper.toCreated(campaign(root, response), root, plan, plan.targetCount());
    }

    /**
     * Creates a campaign of any size as consecutive MrAssistant campaigns of at most 1000
     * targets each, named {@code "<name> (i/n)"} (a campaign of 1000 targets or fewer is
     * created as is). The whole audience is validated first, so nothing is sent for an
     * invalid one; targets are read 1000 at a time, so a lazy audience is never held whole.
     *
     * @return every created campaign, in order
     * @throws MrAssistantBatchException if a batch fails after others were created; it holds them
     */
    public List<CreatedCampaign> createInBatches(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        CampaignValidator.Report report = CampaignValidator.inspect(campaign);
        new Violations().addAll(report.violations()).throwIfAny();
        int max = MrAssistantCampaignMapper.MAX_TARGETS;
        if (report.targetCount() <= max) {
            return List.of(create(campaign));
        }
        int batches = (int) ((report.targetCount() + max - 1) / max);
        String longest = batchName(campaign.name(), batches, batches);
        if (longest.codePointCount(0, longest.length()) > 255) {
            throw new CampaignValidationException(List.of(new dev.unidial.Violation("name",
                    "must leave room for the batch suffix: '" + longest + "' is longer than 255 characters")));
        }
        List<CreatedCampaign> created = new ArrayList<>();
        List<Target> chunk = new ArrayList<>(max);
        int index = 0;
        for (Target t : campaign.audience().map(Audience::targets).orElse(List.of())) {
            chunk.add(t);
            if (chunk.size() == max) {
                created.add(createBatch(campaign, chunk, index++, batches, created));
                chunk = new ArrayList<>(max);
            }
        }
        if (!chunk.isEmpty()) {
            created.add(createBatch(campaign, chunk, index, batches, created));
        }
        return List.copyOf(created);
    }

    private CreatedCampaign createBatch(Campaign campaign, List<Target> chunk, int index, int batches,
            List<CreatedCampaign> created) {
        Campaign batch = campaign.toBuilder().name(batchName(campaign.name(), index + 1, batches))
                .audience(Audience.targets(chunk)).build();
        try {
            return create(batch);
        } catch (UnidialException e) {
            throw new MrAssistantBatchException(created, index, batches, e);
        }
    }

    private static String batchName(String name, int i, int n) {
        return name + " (" + i + "/" + n + ")";
    }

    // ---- MrAssistant's own API ----

    /** {@code POST /campaigns} with a body you built. */
    public MrAssistantCampaign createCampaign(MrAssistantCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        WireResponse response = transport.execute(createRequest(request));
        return campaign(transport.json().tree(response), response);
    }

    /** {@code POST /auth/token}: a new token pair. Does not change the tokens this client uses. */
    public MrAssistantToken login(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        return token("/auth/token", Map.of("username", username, "password", password), Secret.of(password));
    }

    /** {@code POST /auth/refresh}: a new token pair for a refresh token (both rotate). */
    public MrAssistantToken refreshToken(Secret refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
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

    /**
     * {@code POST /calls/outbound}: one call.
     *
     * @throws CampaignValidationException if the request breaks a documented rule (nothing sent)
     */
    public MrAssistantCall initiateCall(MrAssistantOutboundCallRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        request.validate(v);
        v.throwIfAny();
        WireResponse response = transport.execute(
                transport.request("POST", "/calls/outbound").body(transport.json().body(request)).build());
        return call(response);
    }

    /** {@code GET /calls/{call_id}}: a call's status and outcome. */
    public MrAssistantCall getCall(String callId) {
        return call(transport.execute(transport.request("GET", "/calls/" + BaseUrl.segment(callId)).build()));
    }

    /** {@code POST /agents/{agent_id}/phone-numbers}: registers a caller number for an agent. */
    public MrAssistantPhoneNumber registerPhoneNumber(String agentId, MrAssistantPhoneNumberRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        v.requireE164("phone_number", request.phoneNumber());
        if (!MrAssistantPhoneNumberRequest.PROVIDERS.contains(request.provider())) {
            v.add("provider", "must be one of " + MrAssistantPhoneNumberRequest.PROVIDERS + ", but is '"
                    + request.provider() + "'");
        }
        v.throwIfAny();
        WireResponse response = transport.execute(transport.request("POST",
                "/agents/" + BaseUrl.segment(agentId) + "/phone-numbers").body(transport.json().body(request)).build());
        return transport.json().read(transport.json().tree(response), MrAssistantPhoneNumber.class, response);
    }

    /** {@code GET /agents/{agent_id}/phone-numbers}. */
    public List<MrAssistantPhoneNumber> listPhoneNumbers(String agentId) {
        return phoneNumbers("/agents/" + BaseUrl.segment(agentId) + "/phone-numbers");
    }

    /** {@code GET /phone-numbers/all} (an admin endpoint). */
    public List<MrAssistantPhoneNumber> listAllPhoneNumbers() {
        return phoneNumbers("/phone-numbers/all");
    }

    private List<MrAssistantPhoneNumber> phoneNumbers(String path) {
        WireResponse response = transport.execute(transport.request("GET", path).build());
        JsonNode root;
        try {
            root = transport.json().mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            root = null;
        }
        JsonNode list = root != null && root.isObject() ? root.path("data") : root;
        return transport.json().readList(list, MrAssistantPhoneNumber.class, response, "MrAssistant's phone-number list");
    }

    private MrAssistantCall call(WireResponse response) {
        JsonNode root = transport.json().tree(response);
        transport.json().requireId(root, response, "call_id");
        return transport.json().read(root, MrAssistantCall.class, response);
    }

    private WireRequest createRequest(MrAssistantCampaignRequest body) {
        WireRequest.Builder request = transport.request("POST", "/campaigns").body(transport.json().body(body));
        body.webhookSecret().filter(s -> !s.isBlank()).ifPresent(s -> request.secret(Secret.of(s)));
        return request.build();
    }

    private MrAssistantCampaign campaign(JsonNode root, WireResponse response) {
        transport.json().requireId(root, response, "campaign_id");
        return transport.json().read(root, MrAssistantCampaign.class, response);
    }

    @Override
    public String toString() {
        return "MrAssistantClient[" + transport.baseUrl() + ", " + (tokenAuth == null ? "token" : tokenAuth) + ", "
                + mappingPolicy() + "]";
    }

    /** Builds a {@link MrAssistantClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private Secret apiKey;
        private String username;
        private Secret password;

        private Builder() {}

        /** A bearer token, sent as {@code Authorization: Bearer <token>}. */
        public Builder apiKey(String token) {
            this.apiKey = Secret.of(Objects.requireNonNull(token, "apiKey"));
            return this;
        }

        /** Log in with these and keep the token fresh, instead of a fixed token. */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Secret.of(Objects.requireNonNull(password, "password"));
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the base URL or the credentials are missing
         */
        public MrAssistantClient build() {
            String base = baseUrl().orElseThrow(() -> new IllegalStateException("MrAssistant needs a base URL: "
                    + "its docs show only a placeholder host, so call baseUrl(...) or set " + ENV_BASE_URL));
            TransportSettings settings = transportSettings();
            if (apiKey != null) {
                HeaderValues.requireValid("MrAssistant's bearer token (apiKey, " + ENV_API_KEY + ")", apiKey.reveal());
                return new MrAssistantClient(mappingPolicy(), settings, base, RequestAuth.bearer(apiKey), null);
            }
            if (username != null) {
                MrAssistantTokenAuth auth = new MrAssistantTokenAuth(username, password, settings.clock());
                return new MrAssistantClient(mappingPolicy(), settings, base, auth, auth);
            }
            throw new IllegalStateException("MrAssistant needs a bearer token (apiKey(...) or " + ENV_API_KEY
                    + ") or credentials(username, password)");
        }
    }
}
