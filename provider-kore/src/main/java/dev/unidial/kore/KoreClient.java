package dev.unidial.kore;

import dev.unidial.CallResult;
import dev.unidial.CampaignSnapshot;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.WireRequest;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.HeaderValues;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.internal.Violations;
import dev.unidial.spi.AbstractCampaignClient;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.JournalSession;
import dev.unidial.spi.MappingNotes;
import dev.unidial.spi.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Kore.ai Contact Center campaigns (v1 public APIs). The neutral {@link #create} posts an
 * agentless voice campaign on contact lists; with inline targets it first creates a contact
 * list named after the campaign and adds the targets to it (1000 per request, each target's
 * variables as contact fields), then creates the campaign on that list. Kore adds contacts
 * <b>asynchronously</b>, so such a result carries a warning: check
 * {@link KoreApi#campaignContacts} before {@link KoreApi#startCampaign}. Kore's own API (the
 * lifecycle, contact lists) is typed behind {@link #api()}.
 *
 * <p>Every request carries the headers {@code auth: <JWT>}, {@code iid: <appId>} and
 * {@code accountId}. The JWT is given ({@link Builder#jwt}, {@link Builder#jwtSupplier}) or
 * signed by the client from the app's client id and secret
 * ({@link Builder#clientCredentials}), HS256 as Kore documents. Safe for concurrent use.
 */
public final class KoreClient extends AbstractCampaignClient {

    private final Transport transport;
    private final KoreApi api;
    private final KoreCreate creates;
    private final KoreReads reads;
    private final String appId;

    private KoreClient(MappingPolicy policy, Transport transport, String appId, String accountId) {
        super(KoreDescriptor.PROVIDER, policy, transport.settings());
        this.transport = transport;
        this.api = new KoreApi(transport, appId, accountId);
        this.creates = new KoreCreate(api, transport);
        this.reads = new KoreReads(api);
        this.appId = appId;
    }

    /** @return a builder; {@code appId}, {@code accountId} and one source of JWT are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client from {@code KORE_APP_ID}, {@code KORE_ACCOUNT_ID}, either {@code KORE_JWT}
     *     or {@code KORE_CLIENT_ID} and {@code KORE_CLIENT_SECRET}, and optionally
     *     {@code KORE_BASE_URL} (and the shared settings of {@link Settings})
     * @throws IllegalArgumentException if a required setting is missing or one is not valid
     */
    public static KoreClient fromEnv() {
        return (KoreClient) Settings.build(new KoreDescriptor(), Map.of());
    }

    /**
     * @return Kore.ai's own API, typed; it shares this client's transport and is closed with it
     */
    public KoreApi api() {
        return api;
    }

    /** Read with a GET, as Kore's curl shows (its table says PUT: an assumption, labelled in docs/vendors/kore.md). */
    @Override
    protected CampaignSnapshot readCampaign(String campaignId) {
        return reads.get(campaignId);
    }

    @Override
    protected Stream<CampaignSnapshot> listCampaigns() {
        ensureOpen();
        return reads.list();
    }

    @Override
    protected CampaignSnapshot startCampaign(String campaignId) {
        return reads.play(campaignId);
    }

    /** Kore's {@code trigger=stop}; Kore has no pause of its own, and a stopped campaign plays again. */
    @Override
    protected CampaignSnapshot pauseCampaign(String campaignId) {
        return reads.stop(campaignId);
    }

    /** Kore's {@code trigger=play} on a stopped campaign. */
    @Override
    protected CampaignSnapshot resumeCampaign(String campaignId) {
        return startCampaign(campaignId);
    }

    @Override
    protected void deleteCampaign(String campaignId) {
        api.deleteCampaign(campaignId);
    }

    @Override
    protected Stream<CallResult> readResults(String campaignId) {
        BaseUrl.segment(campaignId);
        ensureOpen();
        return reads.results(campaignId);
    }

    @Override
    public Capabilities capabilities() {
        return KoreCampaignMapper.CAPABILITIES;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations violations) {
        KoreCampaignMapper.validate(plan, violations);
    }

    @Override
    protected void vendorNotes(CampaignPlan plan, MappingNotes notes) {
        KoreCampaignMapper.notes(plan, notes);
    }

    /**
     * The requests in order: for inline targets, the contact list, the contacts 1000 at a
     * time, then the campaign on that list; otherwise the campaign alone.
     */
    @Override
    protected List<WireRequest> requests(CampaignPlan plan) {
        return creates.sequence(plan).preview();
    }

    @Override
    protected CreatedCampaign send(CampaignPlan plan) {
        return creates.sequence(plan).send();
    }

    /** One request after another; a failure after the contact list exists names it ({@link KorePartialCreateException}). */
    @Override
    protected CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
        return creates.sequence(plan).sendAsync();
    }

    /** Under an idempotency key, each of the create's requests is recorded, so that a run again resumes after the last. */
    @Override
    protected CreatedCampaign sendOnce(CampaignPlan plan, JournalSession session) {
        if (!KoreCampaignMapper.hasInlineTargets(plan)) {
            return super.sendOnce(plan, session);
        }
        CreatedCampaign created = creates.sequence(plan).send(session);
        session.done(created);
        return created;
    }

    /** Closes the transport: it refuses every later request and releases what it created itself. */
    @Override
    protected void release() {
        transport.close();
    }

    @Override
    public String toString() {
        return "KoreClient[" + transport.baseUrl() + ", appId=" + appId + ", " + mappingPolicy() + "]";
    }

    /** Builds a {@link KoreClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends KoreAuthSettings<Builder> {
        private String appId;
        private String accountId;

        private Builder() {
            super(new KoreDescriptor());
            pace(KoreDescriptor.DEFAULT_REQUESTS_PER_MINUTE);
        }

        /**
         * Kore allows 60 requests a minute per account across its Contact Center APIs; the
         * client waits (with the builder's sleeper and clock) before a request that would go
         * over this budget, instead of running into Kore's limit. Lower it when several
         * clients share an account.
         *
         * @param perMinute requests a minute, default {@value KoreDescriptor#DEFAULT_REQUESTS_PER_MINUTE}; 0 turns pacing off
         * @return this builder
         */
        public Builder requestsPerMinute(int perMinute) {
            return pace(perMinute);
        }

        /**
         * @param appId the app's stream id ({@code st-…}): in the path and the {@code iid} header
         * @return this builder
         */
        public Builder appId(String appId) {
            this.appId = Objects.requireNonNull(appId, "appId");
            return this;
        }

        /**
         * @param accountId the account id, sent in the {@code accountId} header
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the app id, account id or JWT source is missing
         */
        @Override
        public KoreClient build() {
            List<String> missing = new ArrayList<>();
            if (appId == null) {
                missing.add("appId (" + KoreDescriptor.ENV_APP_ID + ")");
            }
            if (accountId == null) {
                missing.add("accountId (" + KoreDescriptor.ENV_ACCOUNT_ID + ")");
            }
            RequestAuth a = auth().orElse(null);
            if (a == null) {
                missing.add("jwt(...), jwtSupplier(...) or clientCredentials(...) (" + KoreDescriptor.ENV_JWT + ", or "
                        + KoreDescriptor.ENV_CLIENT_ID + " and " + KoreDescriptor.ENV_CLIENT_SECRET + ")");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Kore.ai needs " + String.join(", ", missing));
            }
            HeaderValues.requireValid("Kore.ai's app id (appId, " + KoreDescriptor.ENV_APP_ID + ")", appId);
            HeaderValues.requireValid("Kore.ai's account id (accountId, " + KoreDescriptor.ENV_ACCOUNT_ID + ")", accountId);
            return new KoreClient(mappingPolicy(), transport(a), appId, accountId);
        }
    }
}
