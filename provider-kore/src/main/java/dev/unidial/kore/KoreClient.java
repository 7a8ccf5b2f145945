package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.Secret;
import dev.unidial.Target;
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
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.AbstractCampaignClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Kore.ai Contact Center campaigns (v1 public APIs). The neutral {@link #create} posts an
 * agentless voice campaign on contact lists; with inline targets it first creates a contact
 * list named after the campaign and adds the targets to it (1000 per request, each target's
 * variables as contact fields), then creates the campaign on that list. Kore adds contacts
 * <b>asynchronously</b>, so such a result carries a warning: check
 * {@link #campaignContacts} before {@link #startCampaign}. The lifecycle is typed: {@link #getCampaign},
 * {@link #listCampaigns}, {@link #startCampaign}, {@link #stopCampaign},
 * {@link #campaignStatus}, {@link #campaignContacts}, {@link #deleteCampaign},
 * {@link #createContactList}, {@link #addContacts}.
 *
 * <p>Every request carries the headers {@code auth: <JWT>}, {@code iid: <appId>} and
 * {@code accountId}. The JWT is given ({@link Builder#jwt}, {@link Builder#jwtSupplier}) or
 * signed by the client from the app's client id and secret
 * ({@link Builder#clientCredentials}), HS256 as Kore documents. Safe for concurrent use.
 */
public final class KoreClient extends AbstractCampaignClient {
    /** The provider name. */
    public static final String PROVIDER = "kore";
    /** Kore's documented host. */
    public static final String DEFAULT_BASE_URL = "https://platform.kore.ai";
    /** Environment variables read by {@link #fromEnv()}. */
    public static final String ENV_BASE_URL = "KORE_BASE_URL";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_APP_ID = "KORE_APP_ID";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_ACCOUNT_ID = "KORE_ACCOUNT_ID";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_JWT = "KORE_JWT";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_CLIENT_ID = "KORE_CLIENT_ID";
    /** See {@link #ENV_BASE_URL}. */
    public static final String ENV_CLIENT_SECRET = "KORE_CLIENT_SECRET";

    private static final int CONTACTS_PER_REQUEST = 1000;

    private final Transport transport;
    private final String appId;
    private final String accountId;

    private KoreClient(MappingPolicy policy, TransportSettings settings, String baseUrl, String appId,
            String accountId, RequestAuth auth) {
        super(PROVIDER, policy, settings.clock());
        this.transport = transport(settings, baseUrl, auth);
        this.appId = appId;
        this.accountId = accountId;
    }

    private static Transport transport(TransportSettings settings, String baseUrl, RequestAuth auth) {
        Json json = Json.create();
        return new Transport(BaseUrl.of(baseUrl), settings, auth, KoreErrorDecoder.create(json, settings.clock()), json);
    }

    /** A builder; {@code appId}, {@code accountId} and one source of JWT are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client from {@code KORE_APP_ID}, {@code KORE_ACCOUNT_ID}, either {@code KORE_JWT} or
     * {@code KORE_CLIENT_ID} and {@code KORE_CLIENT_SECRET}, and optionally {@code KORE_BASE_URL}.
     */
    public static KoreClient fromEnv() {
        return fromSettings(Map.of());
    }

    static KoreClient fromSettings(Map<String, String> settings) {
        Builder b = builder();
        b.applySharedSettings(settings);
        Transport.setting(settings, ENV_BASE_URL).ifPresent(b::baseUrl);
        Transport.setting(settings, ENV_APP_ID).ifPresent(b::appId);
        Transport.setting(settings, ENV_ACCOUNT_ID).ifPresent(b::accountId);
        Optional<String> jwt = Transport.setting(settings, ENV_JWT);
        Optional<String> id = Transport.setting(settings, ENV_CLIENT_ID);
        Optional<String> secret = Transport.setting(settings, ENV_CLIENT_SECRET);
        if (jwt.isPresent()) {
            b.jwt(jwt.get());
        } else if (id.isPresent() && secret.isPresent()) {
            b.clientCredentials(id.get(), secret.get());
        }
        return b.build();
    }

    @Override
    public Capabilities capabilities() {
        return KoreCampaignMapper.CAPABILITIES;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations violations) {
        KoreCampaignMapper.validate(plan, violations);
    }

    /**
     * The requests in order: for inline targets, the contact list, the contacts 1000 at a
     * time, then the campaign on that list; otherwise the campaign alone.
     */
    @Override
    protected List<WireRequest> requests(CampaignPlan plan) {
        List<WireRequest> requests = new ArrayList<>();
        if (KoreCampaignMapper.hasInlineTargets(plan)) {
            requests.add(transport.preview(contactListRequest(KoreCampaignMapper.contactListName(plan),
                    plan.campaign().description(), false)));
            forEachContactBatch(plan, batch -> requests.add(transport.preview(addContactsRequest(
                    KoreCampaignMapper.contactListName(plan), batch))));
        }
        requests.add(transport.preview(createRequest(KoreCampaignMapper.toRequest(plan))));
        return requests;
    }

    @Override
    protected CreatedCampaign send(CampaignPlan plan) {
        List<String> warnings = new ArrayList<>();
        if (KoreCampaignMapper.hasInlineTargets(plan)) {
            String list = KoreCampaignMapper.contactListName(plan);
            createContactList(list, plan.campaign().description(), false);
            forEachContactBatch(plan, batch -> addContacts(list, batch));
            warnings.add(KoreCampaignMapper.asyncContactsWarning(list));
        }
        return toCreated(transport.execute(createRequest(KoreCampaignMapper.toRequest(plan))), plan, warnings);
    }

    /**
     * As {@link #send}, one request after another without blocking: the contact list, each
     * batch of contacts, then the campaign.
     */
    @Override
    protected java.util.concurrent.CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
        java.util.concurrent.CompletableFuture<?> before = java.util.concurrent.CompletableFuture.completedFuture(null);
        List<String> warnings = new ArrayList<>();
        if (KoreCampaignMapper.hasInlineTargets(plan)) {
            String list = KoreCampaignMapper.contactListName(plan);
            List<List<KoreContact>> batches = new ArrayList<>();
            forEachContactBatch(plan, batches::add);
            java.util.concurrent.CompletableFuture<?> chain = transport.executeAsync(
                    contactListRequest(list, plan.campaign().description(), false));
            for (List<KoreContact> batch : batches) {
                chain = chain.thenCompose(r -> transport.executeAsync(addContactsRequest(list, batch)));
            }
            before = chain;
            warnings.add(KoreCampaignMapper.asyncContactsWarning(list));
        }
        return before.thenCompose(r -> transport.executeAsync(createRequest(KoreCampaignMapper.toRequest(plan))))
                .thenApply(response -> toCreated(response, plan, warnings));
    }

    /** Closes the transport: it refuses every later request and releases what it created itself. */
    @Override
    protected void release() {
        transport.close();
    }

    private CreatedCampaign toCreated(WireResponse response, CampaignPlan plan, List<String> warnings) {
        JsonNode root = transport.json().tree(response);
        return KoreCampaignMapper.toCreated(dataAs(root, response, KoreCampaign.class, "id"), root, plan, warnings);
    }

    /** The inline targets as contacts, {@value #CONTACTS_PER_REQUEST} at a time. */
    private static void forEachContactBatch(CampaignPlan plan, java.util.function.Consumer<List<KoreContact>> each) {
        List<KoreContact> batch = new ArrayList<>(CONTACTS_PER_REQUEST);
        for (Target t : plan.campaign().audience().orElseThrow().targets()) {
            batch.add(KoreCampaignMapper.contact(plan, t));
            if (batch.size() == CONTACTS_PER_REQUEST) {
                each.accept(batch);
                batch = new ArrayList<>(CONTACTS_PER_REQUEST);
            }
        }
        if (!batch.isEmpty()) {
            each.accept(batch);
        }
    }

    // ---- Kore.ai's own API ----

    /** Creates a campaign from a body you built. */
    public KoreCampaign createCampaign(KoreCampaignRequest request) {
        WireResponse response = transport.execute(createRequest(Objects.requireNonNull(request, "request")));
        return dataAs(transport.json().tree(response), response, KoreCampaign.class, "id");
    }

    /** {@code GET …/campaign/{id}}. */
    public KoreCampaign getCampaign(String campaignId) {
        WireResponse response = transport.execute(request("GET", v1("/campaign/" + BaseUrl.segment(campaignId))).build());
        JsonNode root = transport.json().tree(response);
        JsonNode data = root.path("data").isObject() ? root.path("data") : root;
        return readWithId(data, response, KoreCampaign.class);
    }

    /** {@code POST …/campaign/getAllCampaignDetails}: one page of voice campaigns. */
    public KorePage<KoreCampaign> listCampaigns(int page, int limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("limit", limit);
        body.put("skip", Math.max(0, (page - 1) * limit));
        body.put("page", page);
        body.put("type", "voice");
        WireRequest request = request("POST", v1("/campaign/getAllCampaignDetails?accountId=" + BaseUrl.queryValue(accountId)))
                .body(transport.json().body(body)).idempotent(true).build();
        return page(transport.execute(request), KoreCampaign.class);
    }

    /** Starts a campaign ({@code trigger=play}). */
    public KoreTriggerResult startCampaign(String campaignId) {
        return trigger(campaignId, "play");
    }

    /** Stops a campaign ({@code trigger=stop}); Kore has no pause. */
    public KoreTriggerResult stopCampaign(String campaignId) {
        return trigger(campaignId, "stop");
    }

    private KoreTriggerResult trigger(String campaignId, String trigger) {
        String path = "/campaign/api/v1/public/" + BaseUrl.segment(appId) + "/campaign/" + BaseUrl.segment(campaignId)
                + "?campaignType=voice&trigger=" + trigger;
        WireResponse response = transport.execute(request("POST", path).body(transport.json().body(Map.of())).build());
        return transport.json().read(transport.json().tree(response), KoreTriggerResult.class, response);
    }

    /** {@code POST …/campaign/{id}/status?view=status}: the campaign's current status. */
    public KoreCampaign campaignStatus(String campaignId) {
        WireRequest request = request("POST", v1("/campaign/" + BaseUrl.segment(campaignId) + "/status?view=status"))
                .body(transport.json().body(Map.of())).idempotent(true).build();
        WireResponse response = transport.execute(request);
        return dataAs(transport.json().tree(response), response, KoreCampaign.class, "id");
    }

    /** {@code POST …/campaign/{id}/status?view=contacts}: per-contact outcomes, page from 1, limit 1–100. */
    public KorePage<KoreContactResult> campaignContacts(String campaignId, int page, int limit) {
        Violations v = new Violations();
        v.requireRange("page", page, 1, Integer.MAX_VALUE);
        v.requireRange("limit", limit, 1, 100);
        v.throwIfAny();
        WireRequest request = request("POST", v1("/campaign/" + BaseUrl.segment(campaignId) + "/status?view=contacts"))
                .body(transport.json().body(Map.of("page", page, "limit", limit))).idempotent(true).build();
        return page(transport.execute(request), KoreContactResult.class);
    }

    /** Deletes a campaign. */
    public void deleteCampaign(String campaignId) {
        transport.execute(request("DELETE", v1("/campaign/" + BaseUrl.segment(campaignId) + "?campaignType=voice"))
                .idempotent(true).build());
    }

    /** Creates a contact list that campaigns can name; name ≤ 48, description ≤ 256 characters. */
    public KoreContactList createContactList(String name, Optional<String> description, boolean allowDuplicates) {
        Violations v = new Violations();
        v.requireText("name", name);
        v.requireLength("name", name, 1, 48);
        description.ifPresent(d -> v.requireLength("description", d, 0, 256));
        v.throwIfAny();
        WireResponse response = transport.execute(contactListRequest(name, description, allowDuplicates));
        return dataAs(transport.json().tree(response), response, KoreContactList.class, "_id");
    }

    private WireRequest contactListRequest(String name, Optional<String> description, boolean allowDuplicates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        description.ifPresent(d -> body.put("description", d));
        body.put("source", "passiveApiIntegration");
        body.put("allowDuplicates", allowDuplicates);
        return request("POST", v1("/campaign/contactList/createContactList")).body(transport.json().body(body)).build();
    }

    /** Adds contacts to a list; Kore accepts them and adds them asynchronously. Returns Kore's message. */
    public String addContacts(String contactListName, List<KoreContact> contacts) {
        Violations v = new Violations();
        for (int i = 0; i < contacts.size(); i++) {
            v.requireE164("contacts[" + i + "].phoneNumber", contacts.get(i).phoneNumber());
        }
        v.throwIfAny();
        WireResponse response = transport.execute(addContactsRequest(contactListName, contacts));
        return transport.json().tryTree(response).map(n -> n.path("message").asText("")).orElse("");
    }

    private WireRequest addContactsRequest(String contactListName, List<KoreContact> contacts) {
        String path = "/api/1.1/public/" + BaseUrl.segment(appId) + "/campaign/contactList/addContacts";
        Map<String, Object> body = Map.of("contact_list_name", contactListName, "data", contacts);
        return request("POST", path).body(transport.json().body(body)).build();
    }

    private String v1(String suffix) {
        return "/agentassist/api/v1/public/" + BaseUrl.segment(appId) + suffix;
    }

    private WireRequest.Builder request(String method, String path) {
        return transport.request(method, path).header("iid", appId).header("accountId", accountId);
    }

    private WireRequest createRequest(KoreCampaignRequest body) {
        return request("POST", v1("/campaign?campaignType=voice")).body(transport.json().body(body)).build();
    }

    private <T> T dataAs(JsonNode root, WireResponse response, Class<T> type, String idField) {
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw Json.unexpected(response, "Kore.ai's answer has no data object. Body: " + Json.shorten(response.bodyText()));
        }
        return readWithId(data, response, type);
    }

    private <T> T readWithId(JsonNode data, WireResponse response, Class<T> type) {
        if (Json.optionalId(data.path("id")).or(() -> Json.optionalId(data.path("_id"))).isEmpty()) {
            throw Json.unexpected(response, "Kore.ai's answer has no usable id (a JSON string or integer in id or _id)."
                    + " Body: " + Json.shorten(response.bodyText()));
        }
        return transport.json().read(data, type, response);
    }

    private <T> KorePage<T> page(WireResponse response, Class<T> type) {
        JsonNode data = transport.json().tree(response).path("data");
        List<T> items = transport.json().readList(data.path("results"), type, response, "Kore.ai's data.results");
        return new KorePage<>(items, optInt(data, "page"), optInt(data, "limit"), optInt(data, "totalPages"),
                data.path("totalResults").isNumber() ? Optional.of(data.path("totalResults").asLong()) : Optional.empty(),
                data.path("hasMore").asBoolean(false));
    }

    private static Optional<Integer> optInt(JsonNode node, String field) {
        return node.path(field).isNumber() ? Optional.of(node.path(field).asInt()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "KoreClient[" + transport.baseUrl() + ", appId=" + appId + ", " + mappingPolicy() + "]";
    }

    /** Signs Kore's JWT from client credentials; once, or per request with a fresh {@code jti}. */
    private static final class ClientCredentialsAuth implements RequestAuth {
        private final String clientId;
        private final Secret clientSecret;
        private final String subject;
        private final boolean jti;
        private final Json json = Json.create();
        private volatile Secret cached;

        ClientCredentialsAuth(String clientId, Secret clientSecret, String subject, boolean jti) {
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
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Set<String> headerNames() {
            return Set.of("auth");
        }

        /** The signing secret and the token signed with it. */
        @Override
        public java.util.Collection<Secret> secrets() {
            Secret token = cached;
            return token == null ? List.of(clientSecret) : List.of(clientSecret, token);
        }

        @Override
        public String toString() {
            return "KoreClientCredentials[clientId=" + clientId + "]";
        }
    }

    /** Builds a {@link KoreClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private String appId;
        private String accountId;
        private RequestAuth auth;
        private String clientId;
        private Secret clientSecret;
        private String subject = "unidial";
        private boolean jti;

        private Builder() {}

        /** The app's stream id ({@code st-…}): in the path and the {@code iid} header. */
        public Builder appId(String appId) {
            this.appId = Objects.requireNonNull(appId, "appId");
            return this;
        }

        /** The account id, sent in the {@code accountId} header. */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /** A ready-made JWT, sent as is. */
        public Builder jwt(String jwt) {
            HeaderValues.requireValid("Kore.ai's JWT (jwt, " + ENV_JWT + ")", Objects.requireNonNull(jwt, "jwt"));
            this.auth = RequestAuth.header("auth", Secret.of(jwt));
            return this;
        }

        /** A source of JWTs, asked before every request (for tokens you rotate yourself). */
        public Builder jwtSupplier(Supplier<String> jwt) {
            Objects.requireNonNull(jwt, "jwtSupplier");
            this.auth = RequestAuth.header("auth", () -> Secret.of(jwt.get()));
            return this;
        }

        /** Sign Kore's JWT from the app's client id and secret (HS256, {@code {"sub", "appId"}}). */
        public Builder clientCredentials(String clientId, String clientSecret) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            this.clientSecret = Secret.of(Objects.requireNonNull(clientSecret, "clientSecret"));
            this.auth = null;
            return this;
        }

        /** The {@code sub} claim of self-signed tokens; default {@code unidial}. */
        public Builder jwtSubject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        /** Add a fresh {@code jti} to every self-signed token, for apps with "Enforce JTI" on. */
        public Builder enforceJti(boolean jti) {
            this.jti = jti;
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the app id, account id or JWT source is missing
         */
        public KoreClient build() {
            List<String> missing = new ArrayList<>();
            if (appId == null) {
                missing.add("appId (" + ENV_APP_ID + ")");
            }
            if (accountId == null) {
                missing.add("accountId (" + ENV_ACCOUNT_ID + ")");
            }
            RequestAuth a = auth != null ? auth
                    : clientId != null ? new ClientCredentialsAuth(clientId, clientSecret, subject, jti) : null;
            if (a == null) {
                missing.add("jwt(...), jwtSupplier(...) or clientCredentials(...) (" + ENV_JWT + ", or "
                        + ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET + ")");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Kore.ai needs " + String.join(", ", missing));
            }
            HeaderValues.requireValid("Kore.ai's app id (appId, " + ENV_APP_ID + ")", appId);
            HeaderValues.requireValid("Kore.ai's account id (accountId, " + ENV_ACCOUNT_ID + ")", accountId);
            return new KoreClient(mappingPolicy(), transportSettings(), baseUrl().orElse(DEFAULT_BASE_URL), appId,
                    accountId, a);
        }
    }
}
