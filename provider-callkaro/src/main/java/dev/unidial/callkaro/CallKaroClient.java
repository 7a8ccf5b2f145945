package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.MappingPolicy;
import dev.unidial.PartialFailureException;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.Violations;
import dev.unidial.WireRequest;
import dev.unidial.http.HeaderValues;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.spi.AbstractCampaignClient;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.JournalSession;
import dev.unidial.spi.Settings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * CallKaro. A neutral {@link #create} makes a campaign (a batch, {@code POST
 * /v2/call/campaign}) and then adds one call per target ({@code POST /call/outbound}),
 * at most {@code callConcurrency} at a time (default {@value #DEFAULT_CALL_CONCURRENCY}),
 * reading a lazy audience as it goes. If the batch cannot be created, no call is sent. If
 * some calls are not queued, {@link PartialFailureException#campaign()} holds the batch id
 * and every target's outcome, and {@link #resendFailed} sends again just those CallKaro
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
    private final Consumer<TargetOutcome> listener;
    private final java.util.Optional<java.time.ZoneId> accountZone;
    private final Capabilities capabilities;
    private final UncertainCalls uncertainCalls;

    private CallKaroClient(MappingPolicy policy, Transport transport, int concurrency, Consumer<TargetOutcome> listener,
            java.time.ZoneId accountZone, UncertainCalls uncertainCalls) {
        super(CallKaroDescriptor.PROVIDER, policy, transport.settings());
        this.transport = transport;
        this.api = new CallKaroApi(transport);
        this.concurrency = concurrency;
        this.listener = listener;
        this.accountZone = java.util.Optional.ofNullable(accountZone);
        this.capabilities = CallKaroCampaignMapper.capabilities(this.accountZone);
        this.uncertainCalls = uncertainCalls;
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
    protected void vendorNotes(CampaignPlan plan, dev.unidial.spi.MappingNotes notes) {
        CallKaroCampaignMapper.notes(plan, notes, accountZone);
    }

    /** The batch request, then one call request per target with the batch id still to come. */
    @Override
    protected List<WireRequest> requests(CampaignPlan plan) {
        List<WireRequest> requests = new ArrayList<>();
        requests.add(transport.preview(api.campaignRequest(CallKaroCampaignMapper.campaignRequest(plan))));
        for (Target t : targets(plan.campaign())) {
            requests.add(transport.preview(api.callRequest(
                    CallKaroCampaignMapper.callRequest(plan, t, CallKaroCampaignMapper.BATCH_ID_PLACEHOLDER, accountZone))));
        }
        return requests;
    }

    @Override
    protected CreatedCampaign send(CampaignPlan plan) {
        return join(sendAsync(plan));
    }

    @Override
    protected CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan) {
        WireRequest batchRequest = api.campaignRequest(CallKaroCampaignMapper.campaignRequest(plan));
        return transport.executeAsync(batchRequest).thenCompose(response -> {
            JsonNode root = transport.json().tree(response);
            CallKaroBatch batch = api.batch(response);
            return fanOut(plan, batch.batchId(), indexed(targets(plan.campaign()).iterator(), 0))
                    .thenApply(r -> complete(CallKaroCampaignMapper.toCreated(batch, root, plan, r.outcomes(), accountZone), r));
        });
    }

    /**
     * Adds calls for these targets to an existing batch, with the campaign's settings (agent,
     * variables, schedule, window, retries…). The targets are validated with the campaign's
     * rules first.
     *
     * @param batchId CallKaro's batch id
     * @param targets the targets
     * @param campaign the campaign
     * @return the batch with each of these targets' outcomes (indexes count from 0 in {@code targets})
     * @throws PartialFailureException if some calls could not be added
     */
    public CreatedCampaign addCalls(String batchId, Iterable<Target> targets, Campaign campaign) {
        Objects.requireNonNull(batchId, "batchId");
        ensureOpen();
        CampaignPlan plan = plan(campaign.toBuilder().audience(Audience.targets(targets)).build());
        CallKaroFanOut.Result r = join(fanOut(plan, batchId, indexed(targets.iterator(), 0)));
        return complete(CallKaroCampaignMapper.toCreated(new CallKaroBatch(batchId, java.util.Optional.empty(),
                java.util.Optional.empty(), Map.of()), com.fasterxml.jackson.databind.node.NullNode.getInstance(), plan,
                r.outcomes(), accountZone), r);
    }

    /**
     * Sends again, into the same batch, only the targets of {@code partial} (from
     * {@link PartialFailureException#campaign()}) that CallKaro certainly never acted on
     * ({@link CreatedCampaign#failedTargets()}), then the targets of the campaign's audience
     * after the last one with an outcome (those a failing source never gave), and returns the
     * campaign with every outcome, the failed ones replaced by the new attempt's. Uncertain
     * targets, whose request may have reached CallKaro, are left as they are: see
     * {@link #resendFailed(CreatedCampaign, Campaign, UncertainCalls)}. The audience must
     * give its targets in the same order as before: the first ones are skipped by position.
     *
     * @param partial the result of the create that failed part-way
     * @param campaign the campaign
     * @return the campaign with every target's new outcome
     * @throws PartialFailureException if some calls are still not queued; it holds the merged outcomes
     */
    public CreatedCampaign resendFailed(CreatedCampaign partial, Campaign campaign) {
        return resendFailed(partial, campaign, UncertainCalls.LEAVE);
    }

    /**
     * As {@link #resendFailed(CreatedCampaign, Campaign)}, and with
     * {@link UncertainCalls#RESEND} also the uncertain targets. Only do that once you know
     * those people were not called (CallKaro's call log, its {@code call_ended} webhook):
     * otherwise they may be called twice.
     *
     * @param partial the result of the create that failed part-way
     * @param campaign the campaign
     * @param uncertain whether calls CallKaro may have queued are sent again
     * @return the campaign with every target's new outcome
     * @throws PartialFailureException if some calls are still not queued; it holds the merged outcomes
     */
    public CreatedCampaign resendFailed(CreatedCampaign partial, Campaign campaign, UncertainCalls uncertain) {
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(uncertain, "uncertain");
        ensureOpen();
        List<TargetOutcome> failed = partial.targetOutcomes().stream()
                .filter(o -> o.state() == TargetOutcome.State.FAILED
                        || (uncertain == UncertainCalls.RESEND && o.state() == TargetOutcome.State.UNCERTAIN))
                .toList();
        long read = partial.targetOutcomes().stream().mapToLong(TargetOutcome::index).max().orElse(-1) + 1;
        Iterable<Target> unread = () -> skip(targets(campaign).iterator(), read);
        Iterable<Target> again = () -> concat(failed.stream().map(TargetOutcome::target).iterator(), unread.iterator());
        CampaignPlan plan = plan(campaign.toBuilder().audience(Audience.targets(again)).build());
        Iterator<CallKaroFanOut.Indexed> source = concat(
                failed.stream().map(o -> new CallKaroFanOut.Indexed(o.index(), o.target())).iterator(),
                indexed(unread.iterator(), read));
        CallKaroFanOut.Result retried = join(fanOut(plan, partial.id(), source));
        Map<Long, TargetOutcome> merged = new java.util.TreeMap<>();
        partial.targetOutcomes().forEach(o -> merged.put(o.index(), o));
        retried.outcomes().forEach(o -> merged.put(o.index(), o));
        return complete(partial.toBuilder().targetOutcomes(new ArrayList<>(merged.values()))
                .targetCount(merged.size()).build(), retried);
    }

    private static <T> Iterator<T> skip(Iterator<T> it, long n) {
        for (long i = 0; i < n && it.hasNext(); i++) {
            it.next();
        }
        return it;
    }

    private static <T> Iterator<T> concat(Iterator<T> first, Iterator<T> second) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || second.hasNext();
            }

            @Override
            public T next() {
                return first.hasNext() ? first.next() : second.next();
            }
        };
    }

    private CompletableFuture<CallKaroFanOut.Result> fanOut(CampaignPlan plan, String batchId,
            Iterator<CallKaroFanOut.Indexed> source) {
        return new CallKaroFanOut(transport, source,
                t -> api.callRequest(CallKaroCampaignMapper.callRequest(plan, t, batchId, accountZone)), listener).run(concurrency);
    }

    private static Iterable<Target> targets(Campaign campaign) {
        return campaign.audience().filter(a -> a.kind() == Audience.Kind.TARGETS).map(Audience::targets)
                .orElse(List.of());
    }

    /** Numbers targets from {@code first}. */
    private static Iterator<CallKaroFanOut.Indexed> indexed(Iterator<Target> targets, long first) {
        return new Iterator<>() {
            private long index = first;

            @Override
            public boolean hasNext() {
                return targets.hasNext();
            }

            @Override
            public CallKaroFanOut.Indexed next() {
                return new CallKaroFanOut.Indexed(index++, targets.next());
            }
        };
    }

    private static CreatedCampaign complete(CreatedCampaign created, CallKaroFanOut.Result result) {
        if (result.sourceFailure().isPresent()) {
            throw new PartialFailureException(created, result.sourceFailure().get());
        }
        if (created.targetOutcomes().stream().anyMatch(o -> !o.isQueued())) {
            throw new PartialFailureException(created);
        }
        return created;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
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
        session.requireNothingUnanswered();
        session.sending("batch");
        CreatedCampaign created;
        try {
            WireResponse response = transport.execute(api.campaignRequest(CallKaroCampaignMapper.campaignRequest(plan)));
            created = CallKaroCampaignMapper.toCreated(api.batch(response), transport.json().tree(response), plan,
                    List.of(), accountZone);
        } catch (dev.unidial.UnidialException e) {
            if (!e.vendorMayHaveActed()) {
                session.answered("batch");
            }
            session.release();
            throw e;
        }
        session.created(created);
        return resume(plan, session.journal(), session.key(), CampaignJournal.JournaledCampaign.of(created));
    }

    @Override
    protected CreatedCampaign resume(CampaignPlan plan, CampaignJournal journal, String key,
            CampaignJournal.JournaledCampaign batch) {
        CallKaroResumableFanOut.Result r = new CallKaroResumableFanOut(transport, journal, key,
                () -> targets(plan.campaign()).iterator(),
                t -> api.callRequest(CallKaroCampaignMapper.callRequest(plan, t, batch.id(), accountZone)), listener,
                uncertainCalls, concurrency).run();
        if (r.sourceFailure().isEmpty()) {
            long seen = r.counts().values().stream().mapToLong(Long::longValue).sum();
            boolean allMine = journal.entry(key).flatMap(e -> e.audienceSize().isPresent()
                    ? java.util.Optional.of(e.audienceSize().getAsLong()) : java.util.Optional.empty())
                    .filter(size -> size == seen).isPresent();
            // This run saw every target (it read them all, sent or recorded): its counts are the whole.
            // Otherwise other processes sent some: every outcome is read back from the journal.
            CreatedCampaign all = allMine ? batch.toCreated(CallKaroDescriptor.PROVIDER, plan.campaign().name()).toBuilder()
                    .targetOutcomes(r.notQueued()).outcomeCounts(r.counts()).build()
                    : fromJournal(key, batch, plan.campaign());
            if (all.targetOutcomes().isEmpty()) {
                // Every call queued: the key is finished. Otherwise a run again reports the same.
                journal.done(key, batch);
            }
            return complete(all, new CallKaroFanOut.Result(all.targetOutcomes(), all.outcomeCounts(), Optional.empty()));
        }
        CreatedCampaign mine = batch.toCreated(CallKaroDescriptor.PROVIDER, plan.campaign().name()).toBuilder()
                .targetOutcomes(r.notQueued()).outcomeCounts(r.counts()).build();
        return complete(mine, new CallKaroFanOut.Result(r.notQueued(), r.counts(), r.sourceFailure()));
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
        private java.time.ZoneId accountZone;
        private UncertainCalls uncertainCalls = UncertainCalls.LEAVE;

        private Builder() {
            super(new CallKaroDescriptor());
        }

        /**
         * The time zone the CallKaro account reads times in (CallKaro's pages name none; it is
         * taken to be the account's). With it, the client can express a schedule's time zone:
         * the start and the calling window are converted into this zone. Without it, a
         * campaign whose schedule names a zone is refused under STRICT and sent without the
         * zone, with a warning, under LENIENT. Also {@value CallKaroDescriptor#ENV_ACCOUNT_ZONE}.
         *
         * @param zone the time zone the CallKaro account reads times in (CallKaro's pages name none; it is
         * taken to be the account's)
         * @return this builder
         */
        public Builder accountZone(java.time.ZoneId zone) {
            this.accountZone = java.util.Objects.requireNonNull(zone, "accountZone");
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
         * The API key from CallKaro's dashboard.
         *
         * @param apiKey the API key from CallKaro's dashboard
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(Objects.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * How many calls are added at once; default {@value CallKaroClient#DEFAULT_CALL_CONCURRENCY}, 1 to 64.
         *
         * @param concurrency how many calls are added at once; default {@value CallKaroClient#DEFAULT_CALL_CONCURRENCY}, 1 to 64
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
         * Told of each target's outcome as it arrives (from HTTP threads), for progress.
         *
         * @param listener told of each target's outcome as it arrives (from HTTP threads), for progress
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
