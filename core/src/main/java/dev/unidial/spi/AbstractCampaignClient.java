package dev.unidial.spi;

import dev.unidial.CallResult;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignTimeoutException;
import dev.unidial.CampaignValidationException;
import dev.unidial.CampaignValidator;
import dev.unidial.Capabilities;
import dev.unidial.ClientListener;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.Preview;
import dev.unidial.RateLimitException;
import dev.unidial.Sleeper;
import dev.unidial.TargetOutcome;
import dev.unidial.UncertainCreateException;
import dev.unidial.UnidialException;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Violation;
import dev.unidial.WireRequest;
import dev.unidial.http.Deadline;
import dev.unidial.http.TransportSettings;
import dev.unidial.internal.CampaignRules;
import dev.unidial.internal.OperationScope;
import dev.unidial.internal.TargetCheck;
import dev.unidial.internal.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The neutral half of every vendor client: validate, check capabilities, apply the mapping
 * policy, then hand a {@link CampaignPlan} to the provider. A provider implements its
 * rules, its requests and how it sends them; the order of the checks is the same for all.
 *
 * <ol>
 *   <li>neutral rules ({@link CampaignValidator}) — {@code CampaignValidationException};</li>
 *   <li>capabilities — {@code UnsupportedFeatureException} under STRICT, warnings under LENIENT;</li>
 *   <li>the vendor's rules on what will be sent — {@code CampaignValidationException}.</li>
 * </ol>
 */
public abstract class AbstractCampaignClient implements CampaignClient {
    private final String provider;
    private final MappingPolicy mappingPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Optional<CampaignJournal> journal;
    /** Null without a listener: then no operation allocates anything for one. */
    private final ClientListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Creates with a key run here when asked for asynchronously: the journal's waits hold no pool thread of the caller's. */
    private static final ExecutorService KEYED_CREATES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "unidial-keyed-create");
        t.setDaemon(true);
        return t;
    });

    /**
     * A client that checks start times against the system clock.
     *
     * @param provider the provider's name
     * @param mappingPolicy what to do with features the vendor cannot express
     */
    protected AbstractCampaignClient(String provider, MappingPolicy mappingPolicy) {
        this(provider, mappingPolicy, Clock.systemUTC());
    }

    /**
     *
     * @param clock what "now" is when a scheduled start is checked
     * @param provider the provider's name
     * @param mappingPolicy what to do with features the vendor cannot express
     */
    protected AbstractCampaignClient(String provider, MappingPolicy mappingPolicy, Clock clock) {
        this(provider, mappingPolicy, clock, Sleeper.system());
    }

    /**
     * A client whose start-time checks and {@link #awaitStatus} read this clock and whose
     * waits between polls use this sleeper (the transport's, so that tests wait for nothing).
     *
     * @param provider the provider's name
     * @param mappingPolicy what to do with features the vendor cannot express
     * @param clock the clock for checks and deadlines
     * @param sleeper what waits between polls
     */
    protected AbstractCampaignClient(String provider, MappingPolicy mappingPolicy, Clock clock, Sleeper sleeper) {
        this(provider, mappingPolicy, clock, sleeper, Optional.empty(), null);
    }

    /**
     * A client whose clock, sleeper and journal are those of its transport's settings.
     *
     * @param provider the provider's name
     * @param mappingPolicy what to do with features the vendor cannot express
     * @param settings the client's settings
     */
    protected AbstractCampaignClient(String provider, MappingPolicy mappingPolicy, TransportSettings settings) {
        this(provider, mappingPolicy, settings.clock(), settings.sleeper(), settings.journal(), settings.listenerOrNull());
    }

    private AbstractCampaignClient(String provider, MappingPolicy mappingPolicy, Clock clock, Sleeper sleeper,
            Optional<CampaignJournal> journal, ClientListener listener) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.mappingPolicy = Objects.requireNonNull(mappingPolicy, "mappingPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.journal = journal;
        this.listener = listener;
    }

    /** How far in the past a scheduled start may be (a campaign built a moment ago). */
    static final Duration PAST_START_TOLERANCE = Duration.ofMinutes(5);

    @Override
    public final String provider() {
        return provider;
    }

    /** {@return what this client does with features its vendor cannot express} */
    public final MappingPolicy mappingPolicy() {
        return mappingPolicy;
    }

    /**
     * @throws IllegalStateException if the client is closed; nothing is sent
     * @throws IllegalArgumentException if the campaign has an idempotency key and the client no
     *     journal, or the key names another campaign; nothing is sent
     * @throws UncertainCreateException if the key's create was sent before with no answer recorded
     */
    @Override
    public final CreatedCampaign create(Campaign campaign) {
        ensureOpen();
        // Without a listener nothing is allocated for one: not even the lambdas below.
        return listener == null ? createUnheard(campaign) : OperationScope.run(listener, operation("create", null),
                () -> createUnheard(campaign), created -> Optional.of(created.id()), CreatedCampaign::outcomeCounts);
    }

    private CreatedCampaign createUnheard(Campaign campaign) {
        if (campaign.idempotencyKey().isPresent()) {
            return createOnce(campaign);
        }
        return send(plan(campaign, checksLazyTargetsWhileSending()));
    }

    /** The operation, for the listener; made only when there is one. */
    private ClientListener.Operation operation(String name, String campaignId) {
        return new ClientListener.Operation(provider, name, Optional.ofNullable(campaignId));
    }

    /** A lifecycle call on one campaign, heard by the listener (there is one when this is called). */
    private <T> T heard(String name, String campaignId, Supplier<T> work) {
        return OperationScope.run(listener, operation(name, campaignId), work, r -> Optional.of(campaignId), r -> Map.of());
    }

    @Override
    public final CampaignSnapshot get(String campaignId) {
        ensureOpen();
        return listener == null ? readCampaign(campaignId) : heard("get", campaignId, () -> readCampaign(campaignId));
    }

    @Override
    public final Stream<CampaignSnapshot> list() {
        ensureOpen();
        return listener == null ? listCampaigns() : OperationScope.stream(listener, operation("list", null), this::listCampaigns);
    }

    @Override
    public final CampaignSnapshot start(String campaignId) {
        ensureOpen();
        return listener == null ? startCampaign(campaignId) : heard("start", campaignId, () -> startCampaign(campaignId));
    }

    @Override
    public final CampaignSnapshot pause(String campaignId) {
        ensureOpen();
        return listener == null ? pauseCampaign(campaignId) : heard("pause", campaignId, () -> pauseCampaign(campaignId));
    }

    @Override
    public final CampaignSnapshot resume(String campaignId) {
        ensureOpen();
        return listener == null ? resumeCampaign(campaignId) : heard("resume", campaignId, () -> resumeCampaign(campaignId));
    }

    @Override
    public final CampaignSnapshot cancel(String campaignId) {
        ensureOpen();
        return listener == null ? cancelCampaign(campaignId) : heard("cancel", campaignId, () -> cancelCampaign(campaignId));
    }

    @Override
    public final void delete(String campaignId) {
        ensureOpen();
        if (listener == null) {
            deleteCampaign(campaignId);
        } else {
            heard("delete", campaignId, () -> {
                deleteCampaign(campaignId);
                return null;
            });
        }
    }

    @Override
    public final Stream<CallResult> results(String campaignId) {
        ensureOpen();
        return listener == null ? readResults(campaignId)
                : OperationScope.stream(listener, operation("results", campaignId), () -> readResults(campaignId));
    }

    /**
     * Reads a campaign ({@link #get}); by default the vendor has no way to.
     *
     * @param campaignId the campaign's id
     * @return the campaign
     */
    protected CampaignSnapshot readCampaign(String campaignId) {
        return CampaignClient.super.get(campaignId);
    }

    /** {@return the campaigns ({@link #list}); by default the vendor has no list} */
    protected Stream<CampaignSnapshot> listCampaigns() {
        return CampaignClient.super.list();
    }

    /**
     * Starts a campaign ({@link #start}); by default the vendor has no start.
     *
     * @param campaignId the campaign's id
     * @return the state the answer gives
     */
    protected CampaignSnapshot startCampaign(String campaignId) {
        return CampaignClient.super.start(campaignId);
    }

    /**
     * Pauses a campaign ({@link #pause}); by default the vendor has no pause.
     *
     * @param campaignId the campaign's id
     * @return the state the answer gives
     */
    protected CampaignSnapshot pauseCampaign(String campaignId) {
        return CampaignClient.super.pause(campaignId);
    }

    /**
     * Resumes a campaign ({@link #resume}); by default the vendor has no resume.
     *
     * @param campaignId the campaign's id
     * @return the state the answer gives
     */
    protected CampaignSnapshot resumeCampaign(String campaignId) {
        return CampaignClient.super.resume(campaignId);
    }

    /**
     * Cancels a campaign ({@link #cancel}); by default the vendor has no cancel.
     *
     * @param campaignId the campaign's id
     * @return the state the answer gives
     */
    protected CampaignSnapshot cancelCampaign(String campaignId) {
        return CampaignClient.super.cancel(campaignId);
    }

    /**
     * Deletes a campaign ({@link #delete}); by default the vendor has no delete.
     *
     * @param campaignId the campaign's id
     */
    protected void deleteCampaign(String campaignId) {
        CampaignClient.super.delete(campaignId);
    }

    /**
     * {@return each person's outcome ({@link #results}); by default the vendor reports none}
     *
     * @param campaignId the campaign's id
     */
    protected Stream<CallResult> readResults(String campaignId) {
        return CampaignClient.super.results(campaignId);
    }

    /**
     * @throws IllegalStateException at once if the client is closed; nothing is sent
     */
    @Override
    public final CompletableFuture<CreatedCampaign> createAsync(Campaign campaign) {
        ensureOpen();
        return listener == null ? createAsyncUnheard(campaign) : OperationScope.runAsync(listener, operation("create", null),
                () -> createAsyncUnheard(campaign), created -> Optional.of(created.id()), CreatedCampaign::outcomeCounts);
    }

    private CompletableFuture<CreatedCampaign> createAsyncUnheard(Campaign campaign) {
        if (campaign.idempotencyKey().isPresent()) {
            // The journal's reads and writes block: they run on the SDK's own threads, not the caller's pool.
            requireJournal(campaign);
            OperationScope scope = OperationScope.current();
            return CompletableFuture.supplyAsync(() -> {
                OperationScope previous = scope == null ? null : scope.enter();
                try {
                    return createOnce(campaign);
                } finally {
                    if (scope != null) {
                        OperationScope.restore(previous);
                    }
                }
            }, KEYED_CREATES);
        }
        return sendAsync(plan(campaign, checksLazyTargetsWhileSending()));
    }

    private CampaignJournal requireJournal(Campaign campaign) {
        return journal.orElseThrow(() -> new IllegalArgumentException("The campaign has an idempotency key, but this "
                + provider + " client has no journal to keep it in: set journal(CampaignJournal.inDirectory(...)) on"
                + " the client builder, or leave the key out. Nothing was sent."));
    }

    /** How long a create waits between looks at a key another process is sending. */
    static final Duration IN_FLIGHT_POLL = Duration.ofMillis(250);

    /** The create under an idempotency key: at most once, across crashes and processes. */
    private CreatedCampaign createOnce(Campaign campaign) {
        CampaignJournal j = requireJournal(campaign);
        String key = campaign.idempotencyKey().orElseThrow();
        CampaignPlan plan = plan(campaign, checksLazyTargetsWhileSending());
        String fingerprint = Fingerprints.of(provider, campaign, !journalsTargets());
        String owner = provider + "/" + UUID.randomUUID();
        while (true) {
            CampaignJournal.Claim claim = j.begin(key, fingerprint, owner);
            Optional<CampaignJournal.Entry> entry = claim.entry();
            switch (claim.result()) {
                case MISMATCH -> throw new IllegalArgumentException("The idempotency key '"
                        + Violations.printable(key) + "' was used for another campaign (its provider, name, agent or"
                        + " targets' numbers differ). Use a new key for a new campaign, or forget this one. Nothing was sent.");
                case DONE -> {
                    return fromJournal(key, entry.orElseThrow().campaign().orElseThrow(), campaign);
                }
                case CREATED -> {
                    return resume(plan, j, key, entry.orElseThrow().campaign().orElseThrow());
                }
                case IN_FLIGHT -> {
                    try {
                        // Another process's create takes real time, whatever sleeper the client has for its own waits.
                        Thread.sleep(IN_FLIGHT_POLL.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new UncertainCreateException(key, "the create (by another process, still in flight)");
                    }
                }
                case NEW, TAKEN_OVER -> {
                    JournalSession session = new JournalSession(j, key, owner,
                            entry.map(CampaignJournal.Entry::steps).orElse(Map.of()));
                    return sendOnce(plan, session);
                }
            }
        }
    }

    /**
     * {@return a key's campaign as the journal holds it, with (for providers that
     * {@link #journalsTargets()}) every target's outcome counted and the failed and uncertain
     * ones read back, one at a time}
     *
     * @param key the idempotency key
     * @param done the campaign as recorded
     * @param campaign the campaign being created
     */
    protected final CreatedCampaign fromJournal(String key, CampaignJournal.JournaledCampaign done, Campaign campaign) {
        CreatedCampaign created = done.toCreated(provider, campaign.name());
        if (!journalsTargets()) {
            return created;
        }
        Map<TargetOutcome.State, Long> counts = new EnumMap<>(TargetOutcome.State.class);
        List<TargetOutcome> notQueued = new ArrayList<>();
        try (Stream<TargetOutcome> all = journal.orElseThrow().outcomes(key)) {
            all.forEach(o -> {
                counts.merge(o.state(), 1L, Long::sum);
                if (!o.isQueued()) {
                    notQueued.add(o);
                }
            });
        }
        return created.toBuilder().targetOutcomes(notQueued).outcomeCounts(counts).build();
    }

    /**
     * Sends a create under an idempotency key, recording each request in the session: by
     * default the one create request, with {@link JournalSession#sending} before and
     * {@link JournalSession#done} after. A provider whose create takes several requests
     * overrides it to record (and on a take-over, skip) each step.
     *
     * @param plan the checked campaign
     * @param session the claim on the key
     * @return the created campaign
     * @throws UncertainCreateException if a request was sent before with no answer recorded
     */
    protected CreatedCampaign sendOnce(CampaignPlan plan, JournalSession session) {
        session.requireNothingUnanswered();
        session.sending("create");
        CreatedCampaign created;
        try {
            created = send(plan);
        } catch (UnidialException e) {
            // Refused, or never reached the vendor: the key is forgotten, and the next create under it may send again.
            session.failed("create", e, true);
            throw e;
        } catch (RuntimeException e) {
            session.release();
            throw e;
        }
        session.done(created);
        return created;
    }

    /**
     * Resumes a create whose campaign exists at the vendor while its targets are still being
     * sent (for providers that {@link #journalsTargets()}).
     *
     * @param plan the checked campaign
     * @param journal the journal
     * @param key the idempotency key
     * @param created the campaign as recorded
     * @return the campaign with its targets' outcomes
     */
    protected CreatedCampaign resume(CampaignPlan plan, CampaignJournal journal, String key,
            CampaignJournal.JournaledCampaign created) {
        throw new IllegalStateException(provider + " records no per-target calls, but the journal says key '"
                + Violations.printable(key) + "' has a campaign with targets still to send");
    }

    /**
     * Whether this provider records each target in the journal (CallKaro's one call per
     * target): then the key's fingerprint leaves the targets out, and each target is checked
     * against the journal as it is read.
     *
     * @return false by default
     */
    protected boolean journalsTargets() {
        return false;
    }

    /** @throws IllegalStateException if the client is closed */
    @Override
    public final Preview preview(Campaign campaign) {
        ensureOpen();
        CampaignPlan plan = plan(campaign);
        return new Preview(requests(plan), plan.warnings(), plan.dropped());
    }

    /**
     * Closes the client: every later call throws {@link IllegalStateException} before anything
     * is sent, and what the client created for itself is released ({@link #release()}).
     * Closing twice does nothing more.
     */
    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    /** Releases what the client created for itself; called once, by {@link #close()}. */
    protected abstract void release();

    /**
     * Throws if the client is closed.
     *
     * @throws IllegalStateException if {@link #close()} was called
     */
    protected final void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This " + provider + " client is closed: build a new one to send more"
                    + " requests. Nothing was sent.");
        }
    }

    /**
     * Runs every check and returns what will be sent.
     *
     * @param campaign the campaign
     * @return the plan
     * @throws CampaignValidationException if a neutral or vendor rule is broken
     * @throws UnsupportedFeatureException under STRICT, for features the vendor lacks
     */
    public final CampaignPlan plan(Campaign campaign) {
        return plan(campaign, false);
    }

    private CampaignPlan plan(Campaign campaign, boolean leaveLazyTargetsToUpload) {
        Objects.requireNonNull(campaign, "campaign");
        CampaignRules.Report report = CampaignRules.inspect(campaign, !leaveLazyTargetsToUpload);
        Violations violations = new Violations().addAll(report.violations());
        campaign.schedule().startAt().ifPresent(start -> {
            Instant now = clock.instant();
            if (start.toInstant().isBefore(now.minus(PAST_START_TOLERANCE))) {
                violations.add("schedule.startAt", "is in the past (" + start + ", now is "
                        + now.atOffset(start.getOffset()) + "): a start more than 5 minutes ago cannot be scheduled;"
                        + " leave it out to start at once");
            }
        });
        violations.throwIfAny();

        Set<Feature> unsupported = unsupported(FeatureUsage.of(campaign, report.targetFeatures()));
        CampaignPlan plan = new CampaignPlan(campaign, unsupported, refuseOrWarn(unsupported), report.targetCount(),
                mappingPolicy, clock.instant(), report.targetsChecked());
        vendorRules(plan, violations);
        violations.throwIfAny();
        return withNotes(plan);
    }

    /** The plan with what the vendor's mapping leaves out or warns of. */
    private CampaignPlan withNotes(CampaignPlan plan) {
        MappingNotes notes = new MappingNotes(mappingPolicy);
        vendorNotes(plan, notes);
        if (notes.isEmpty()) {
            return plan;
        }
        Set<Feature> dropped = EnumSet.noneOf(Feature.class);
        dropped.addAll(plan.dropped());
        dropped.addAll(notes.dropped());
        List<String> warnings = new ArrayList<>(plan.warnings());
        warnings.addAll(notes.warnings());
        return new CampaignPlan(plan.campaign(), dropped, warnings, plan.targetCount(), mappingPolicy, plan.plannedAt(),
                plan.targetsChecked());
    }

    /**
     * Records what the vendor's mapping will leave out of a campaign that passed every rule, or
     * warn of (see {@link MappingNotes}). Called once per plan, after {@link #vendorRules}; none by default.
     *
     * @param plan the checked campaign and the features kept
     * @param notes where drops and warnings are recorded
     */
    protected void vendorNotes(CampaignPlan plan, MappingNotes notes) {}

    /** The first wait between two reads of {@link #awaitStatus}; it doubles up to {@link #MAX_POLL_INTERVAL}. */
    static final Duration FIRST_POLL_INTERVAL = Duration.ofSeconds(2);
    /** The longest wait between two reads of {@link #awaitStatus}. */
    static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(30);

    @Override
    public CampaignSnapshot awaitStatus(String campaignId, Set<CampaignStatus> wanted, Duration timeout) {
        Objects.requireNonNull(campaignId, "campaignId");
        Set<CampaignStatus> targets = Set.copyOf(Objects.requireNonNull(wanted, "wanted"));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("wanted must name at least one status");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, but is " + timeout);
        }
        ensureOpen();
        if (!capabilities().supports(Feature.GET_CAMPAIGN)) {
            return CampaignClient.super.awaitStatus(campaignId, wanted, timeout);
        }
        return listener == null ? poll(campaignId, targets, timeout)
                : heard("awaitStatus", campaignId, () -> poll(campaignId, targets, timeout));
    }

    private CampaignSnapshot poll(String campaignId, Set<CampaignStatus> targets, Duration timeout) {
        Instant start = clock.instant();
        // A timeout past the clock's range (ChronoUnit.FOREVER's) waits without end.
        Instant deadline = timeout.compareTo(Duration.between(start, Instant.MAX)) >= 0
                ? Instant.MAX : start.plus(timeout);
        Duration waited = Duration.ZERO;
        Duration interval = FIRST_POLL_INTERVAL;
        CampaignSnapshot last = null;
        while (true) {
            Duration left = left(deadline, timeout, waited);
            Duration pause = interval;
            Deadline budget = Deadline.of(left);
            try {
                last = budget.run(() -> get(campaignId));
                if (targets.contains(last.status()) || last.status().isTerminal()) {
                    return last;
                }
            } catch (RateLimitException e) {
                // The transport's own retries gave up (or the vendor's Retry-After is past the
                // deadline): wait as long as the vendor asked, then read again.
                Duration current = interval;
                pause = e.retryAfter().filter(r -> r.compareTo(current) > 0).orElse(current);
            } catch (Deadline.ExceededException e) {
                // Staying under the vendor's rate limit needs a longer wait than what is left.
                pause = left;
            }
            waited = waited.plus(budget.spent());
            left = left(deadline, timeout, waited);
            if (left.isNegative() || left.isZero()) {
                throw timedOut(campaignId, targets, timeout, last);
            }
            Duration sleep = pause.compareTo(left) < 0 ? pause : left;
            try {
                sleeper.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CampaignTimeoutException("Interrupted while waiting for campaign " + campaignId + " on "
                        + provider + ".", Optional.ofNullable(last));
            }
            waited = waited.plus(sleep);
            if (sleep.equals(left)) {
                throw timedOut(campaignId, targets, timeout, last);
            }
            interval = interval.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : interval.multipliedBy(2);
        }
    }

    /**
     * The time left, read both from the clock and from the time slept, so that a test's sleeper
     * (which moves no clock) still ends the wait.
     */
    private Duration left(Instant deadline, Duration timeout, Duration waited) {
        Duration byClock = deadline.equals(Instant.MAX) ? timeout : Duration.between(clock.instant(), deadline);
        Duration bySleeping = timeout.minus(waited);
        return byClock.compareTo(bySleeping) > 0 ? bySleeping : byClock;
    }

    private CampaignTimeoutException timedOut(String campaignId, Set<CampaignStatus> targets, Duration timeout,
            CampaignSnapshot last) {
        return new CampaignTimeoutException("Campaign " + campaignId + " on " + provider + " did not reach "
                + targets + " within " + timeout + (last == null ? "; no read succeeded."
                : "; it was " + last.status() + " (" + Violations.printable(last.rawStatus()) + ")."),
                Optional.ofNullable(last));
    }

    /**
     * Whether this provider checks the targets of a lazy audience while it uploads them (with
     * {@link #startUpload}), so that a source of millions is read once. The upload must then
     * stop unfinished when the check fails, so that the vendor cannot act on it. False by
     * default: the targets are checked before any request. {@link #plan} and
     * {@link #preview} always check them first.
     *
     * @return whether {@code create} leaves a lazy audience's targets to the upload
     */
    protected boolean checksLazyTargetsWhileSending() {
        return false;
    }

    /**
     * {@return the check of one upload of a plan whose lazy targets were left to the upload}
     * See {@link TargetUpload}.
     *
     * @param plan a plan with {@link CampaignPlan#targetsChecked()} false
     */
    protected final TargetUpload startUpload(CampaignPlan plan) {
        return new TargetUpload(plan, CampaignRules::targetCheck, this::afterUpload);
    }

    /** Ends an upload's check as {@link #plan} would have ended it, and completes the plan. */
    private CampaignPlan afterUpload(CampaignPlan plan, TargetCheck check) {
        List<Violation> found = check.finish(plan.campaign().audience().orElseThrow().targets());
        if (!found.isEmpty()) {
            throw new CampaignValidationException(found);
        }
        Set<Feature> unsupported = unsupported(check.features());
        unsupported.removeAll(plan.dropped());
        Set<Feature> dropped = EnumSet.noneOf(Feature.class);
        dropped.addAll(plan.dropped());
        dropped.addAll(unsupported);
        List<String> warnings = new ArrayList<>(plan.warnings());
        warnings.addAll(refuseOrWarn(unsupported));
        return new CampaignPlan(plan.campaign(), dropped, warnings, check.count(), mappingPolicy, plan.plannedAt(), true);
    }

    private Set<Feature> unsupported(Set<Feature> used) {
        Capabilities capabilities = capabilities();
        Set<Feature> unsupported = EnumSet.noneOf(Feature.class);
        for (Feature f : used) {
            if (!capabilities.supports(f)) {
                unsupported.add(f);
            }
        }
        return unsupported;
    }

    /** Throws for unsupported features under STRICT; under LENIENT, a warning for each. */
    private List<String> refuseOrWarn(Set<Feature> unsupported) {
        if (unsupported.isEmpty()) {
            return List.of();
        }
        Capabilities capabilities = capabilities();
        Map<Feature, String> hints = new EnumMap<>(Feature.class);
        unsupported.forEach(f -> capabilities.hint(f).ifPresent(h -> hints.put(f, h)));
        if (mappingPolicy == MappingPolicy.STRICT) {
            throw new UnsupportedFeatureException(provider, unsupported, hints);
        }
        List<String> warnings = new ArrayList<>();
        for (Feature f : unsupported) {
            warnings.add(notSent(f) + (hints.containsKey(f) ? " " + hints.get(f) : ""));
        }
        return warnings;
    }

    private String notSent(Feature f) {
        String label = f.label();
        boolean plural = label.endsWith("s");
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + (plural ? " were" : " was")
                + " not sent: " + provider + " cannot express " + (plural ? "them." : "it.");
    }

    /**
     * Records every vendor rule the planned campaign breaks; only kept features need checking.
     *
     * @param plan the checked campaign and the features kept
     * @param violations where violations are collected
     */
    protected abstract void vendorRules(CampaignPlan plan, Violations violations);

    /**
     * Sends the planned campaign.
     *
     * @param plan the checked campaign and the features kept
     * @return the created campaign
     */
    protected abstract CreatedCampaign send(CampaignPlan plan);

    /**
     * Sends the planned campaign without blocking.
     *
     * @param plan the checked campaign and the features kept
     * @return a future completed with the created campaign
     */
    protected abstract CompletableFuture<CreatedCampaign> sendAsync(CampaignPlan plan);

    /**
     * {@return the requests {@link #send} would make, with credentials redacted}
     *
     * @param plan the checked campaign and the features kept
     */
    protected abstract List<WireRequest> requests(CampaignPlan plan);
}
