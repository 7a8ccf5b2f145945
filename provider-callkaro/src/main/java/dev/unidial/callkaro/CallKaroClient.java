package dev.unidial.callkaro;

import dev.unidial.CampaignJournal;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.PartialFailureException;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.WireRequest;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * CallKaro. A neutral {@link #create} makes a campaign (a batch, {@code POST
 * /v2/call/campaign}) and then adds one call per target ({@code POST /call/outbound}),
 * at most {@code callConcurrency} at a time (default {@value #DEFAULT_CALL_CONCURRENCY}),
 * reading a lazy audience as it goes. If the batch cannot be created, no call is sent. If
 * some calls are not queued, {@link PartialFailureException#campaign()} holds the batch id
 * and every target's outcome, and {@code api().resendFailed} sends again just those CallKaro
 * certainly never acted on.
 *
 * <p>CallKaro's own endpoints are typed behind {@link #api()}.
 * Authenticates with {@code X-API-KEY}. Safe for concurrent use.
 */
public final class CallKaroClient extends AbstractCampaignClient {
    /** Calls in flight at once unless {@link Builder#callConcurrency} says otherwise. */
    public static final int DEFAULT_CALL_CONCURRENCY = 4;

    private final Transport transport;
    private final CallKaroApi api;
    private final int concurrency;
    private final Optional<ZoneId> accountZone;
    private final Capabilities capabilities;

    private CallKaroClient(MappingPolicy policy, Transport transport, int concurrency, Consumer<TargetOutcome> listener,
            ZoneId accountZone, UncertainCalls uncertainCalls) {
        super(CallKaroDescriptor.PROVIDER, policy, transport.settings());
        this.transport = transport;
        this.api = new CallKaroApi(transport, new CallKaroCalls.Settings(concurrency, listener,
                Optional.ofNullable(accountZone), uncertainCalls), this::plan, this::fromJournal);
        this.concurrency = concurrency;
        this.accountZone = Optional.ofNullable(accountZone);
        this.capabilities = CallKaroCampaignMapper.capabilities(this.accountZone);
    }

    /** @return a builder; {@code apiKey} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client from {@value CallKaroDescriptor#ENV_API_KEY} and, if set, {@value CallKaroDescriptor#ENV_BASE_URL} and
     *     {@value CallKaroDescriptor#ENV_ACCOUNT_ZONE} (and the shared settings of {@link Settings})
     * @throws IllegalArgumentException if the key is missing or a setting is not valid
     */
    public static CallKaroClient fromEnv() {
        return (CallKaroClient) Settings.build(new CallKaroDescriptor(), Map.of());
    }

    /**
     * @return CallKaro's own API, typed; it shares this client's transport and is closed with it
     */
    public CallKaroApi api() {
        return api;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations violations) {
        CallKaroCampaignMapper.validate(plan, violations, accountZone);
    }

    @Override
    protected void vendorNotes(CampaignPlan plan, MappingNotes notes) {
        CallKaroCampaignMapper.notes(plan, notes, accountZone);
    }

    /** The batch request, then one call request per target with the batch id still to come. */
    @Override
    protected List<WireRequest> requests(CampaignPlan plan) {
        List<WireRequest> requests = new ArrayList<>();
        requests.add(transport.preview(api.campaignRequest(CallKaroCampaignMapper.campaignRequest(plan))));
        for (Target t : CallKaroCalls.targets(plan.campaign())) {
            requests.add(transport.preview(api.callRequest(
                    CallKaroCampaignMapper.callRequest(plan, t, CallKaroCampaignMapper.BATCH_ID_PLACEHOLDER, accountZone))));
        }
        return requests;
    }

    @Override
    protected CreatedCampaign send(CampaignPlan plan) {
        return CallKaroCalls.join(sendAsync(plan));
    }

    @Override
    protected CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
        return api.calls().create(plan);
    }

    /** CallKaro's calls are recorded one by one under an idempotency key. */
    @Override
    protected boolean journalsTargets() {
        return true;
    }

    /**
     * The batch, recorded before it is sent and once CallKaro answers; then the calls, chunk
     * by chunk, each recorded around its request (see {@link CallKaroResumableFanOut}).
     */
    @Override
    protected CreatedCampaign sendOnce(CampaignPlan plan, JournalSession session) {
        return api.calls().sendOnce(plan, session);
    }

    @Override
    protected CreatedCampaign resume(CampaignPlan plan, CampaignJournal journal, String key,
            CampaignJournal.JournaledCampaign batch) {
        return api.calls().resume(plan, journal, key, batch);
    }

    @Override
    protected void release() {
        transport.close();
    }

    @Override
    public String toString() {
        return "CallKaroClient[" + transport.baseUrl() + ", callConcurrency=" + concurrency
                + accountZone.map(z -> ", accountZone=" + z).orElse("") + ", " + mappingPolicy() + "]";
    }

    /** Builds a {@link CallKaroClient}; shared settings are documented on {@link AbstractClientBuilder}. */
    public static final class Builder extends AbstractClientBuilder<Builder> {
        private Secret apiKey;
        private int concurrency = DEFAULT_CALL_CONCURRENCY;
        private Consumer<TargetOutcome> listener = o -> { };
        private ZoneId accountZone;
        private UncertainCalls uncertainCalls = UncertainCalls.LEAVE;

        private Builder() {
            super(new CallKaroDescriptor());
        }

        /**
         * Sets the time zone the CallKaro account reads times in (CallKaro's pages name none; it is taken to
         * be the account's). With it, the client can express a schedule's time zone: the start and the
         * calling window are converted into this zone. Without it, a campaign whose schedule names a zone is
         * refused under STRICT and sent without the zone, with a warning, under LENIENT. Also {@value
         * CallKaroDescriptor#ENV_ACCOUNT_ZONE}.
         *
         * @param zone the account zone
         * taken to be the account's)
         * @return this builder
         */
        public Builder accountZone(ZoneId zone) {
            this.accountZone = Objects.requireNonNull(zone, "accountZone");
            return this;
        }

        /**
         * What a create run again under its idempotency key does with calls whose request was
         * sent with no answer recorded: {@link UncertainCalls#LEAVE} them (the default: the
         * person may already be called), or {@link UncertainCalls#RESEND} them, once you know
         * from CallKaro that they were not called.
         *
         * @param uncertain what to do with uncertain calls on a resume
         * @return this builder
         */
        public Builder uncertainCalls(UncertainCalls uncertain) {
            this.uncertainCalls = Objects.requireNonNull(uncertain, "uncertainCalls");
            return this;
        }

        /**
         * Sets the API key from CallKaro's dashboard.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(Objects.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * Sets how many calls are added at once; default {@value CallKaroClient#DEFAULT_CALL_CONCURRENCY}, 1
         * to 64.
         *
         * @param concurrency the call concurrency
         * @return this builder
         */
        public Builder callConcurrency(int concurrency) {
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("callConcurrency must be 1 to 64, but is " + concurrency);
            }
            this.concurrency = concurrency;
            return this;
        }

        /**
         * Sets the listener told of each target's outcome as it arrives (from HTTP threads), for progress.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder onCallOutcome(Consumer<TargetOutcome> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if no API key was given
         */
        @Override
        public CallKaroClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("CallKaro needs an API key: call apiKey(...) or set " + CallKaroDescriptor.ENV_API_KEY);
            }
            HeaderValues.requireValid("CallKaro's API key (apiKey, " + CallKaroDescriptor.ENV_API_KEY + ")", apiKey.reveal());
            return new CallKaroClient(mappingPolicy(), transport(RequestAuth.header("X-API-KEY", apiKey)), concurrency,
                    listener, accountZone, uncertainCalls);
        }
    }
}
