package dev.unidial;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where a client records a create with an idempotency key ({@link Campaign#idempotencyKey()})
 * before each request it sends and after each answer, so that the create happens once across
 * crashes, restarts and several processes. Vendors offer no idempotency keys: the SDK keeps
 * them here.
 *
 * <ul>
 *   <li>A key whose create finished returns its {@link CreatedCampaign}; nothing is sent.</li>
 *   <li>A create whose request was sent with no answer recorded (a crash, an ambiguous failure)
 *       gives {@link UncertainCreateException}: look at the vendor, then {@link #settle} or
 *       {@link #forget} the key.</li>
 *   <li>A different campaign under a key (provider, name, agent or the targets' numbers
 *       differ) is refused with {@link IllegalArgumentException}.</li>
 *   <li>CallKaro's per-target calls are recorded one by one: a create run again sends only
 *       the targets never attempted, and several processes share what is left through
 *       leases on chunks of the audience.</li>
 * </ul>
 *
 * <p>{@link #inDirectory(Path)} keeps the journal in files on one machine (several processes
 * share it through file locks); {@code JdbcCampaignJournal} in {@code unidial-jdbc} keeps it
 * in PostgreSQL for several machines; {@link #inMemory()} lasts as long as the process. The
 * journal holds phone numbers (no variables) until a key is forgotten.
 *
 * <p>The methods below {@link #outcomes} are the protocol clients follow; an implementation
 * makes each atomic across every process that shares the journal. Implementations are
 * thread-safe.
 */
public interface CampaignJournal {
    /** The longest idempotency key, in characters. */
    int MAX_KEY_LENGTH = 200;
    /** How long a claim lasts without renewal by default (a process that died loses it after that). */
    Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    /** How many targets one lease of a CallKaro fan-out covers. */
    int CHUNK_SIZE = 1000;

    /** {@return a journal that lasts as long as this process; for tests and single runs} */
    static CampaignJournal inMemory() {
        return new InMemoryCampaignJournal(DEFAULT_LEASE, Clock.systemUTC());
    }

    /**
     * {@return a journal in files under this directory (created if missing), shared by every
     * process on this machine through file locks} A record reaches the operating system before
     * the request it describes is sent, so a killed process loses nothing; syncs to disk are
     * batched (see {@link DirectoryCampaignJournal#SYNC_EVERY_RECORDS}), which bounds what a
     * power loss can cost.
     *
     * @param directory the directory
     * @throws IllegalArgumentException if the path is a file, or under one, or cannot be made a directory
     */
    static CampaignJournal inDirectory(Path directory) {
        return inDirectory(directory, DEFAULT_LEASE);
    }

    /**
     * As {@link #inDirectory(Path)}, with the lease claims last without renewal.
     *
     * @param directory the directory
     * @param lease how long a claim lasts without renewal: a process that died loses it after that
     * @return the journal
     */
    static CampaignJournal inDirectory(Path directory, Duration lease) {
        return new DirectoryCampaignJournal(directory, lease, Clock.systemUTC());
    }

    /**
     * Records that the create under this key made the vendor's campaign with this id (found at
     * the vendor after an {@link UncertainCreateException}): a create under the key then
     * returns a {@link CreatedCampaign} with this id and sends nothing.
     *
     * @param key the idempotency key
     * @param campaignId the vendor's id of the campaign
     */
    void settle(String key, String campaignId);

    /**
     * Forgets the key and everything recorded under it (its targets' numbers too): a create
     * under it is then a new create.
     *
     * @param key the idempotency key
     */
    void forget(String key);

    /**
     * {@return the outcome of every target recorded under the key, in audience order} A
     * target sent with no answer recorded is {@link TargetOutcome.State#UNCERTAIN}. Rebuilt
     * from what the journal keeps: the number, the state, the call id, and the error's type
     * and redacted message ({@link RecordedFailure}).
     *
     * @param key the idempotency key
     */
    Stream<TargetOutcome> outcomes(String key);

    /** {@return how long a claim lasts without renewal} */
    Duration lease();

    /**
     * Claims the create under a key, atomically.
     *
     * @param key the idempotency key
     * @param fingerprint what the campaign is (see {@link Entry#fingerprint()})
     * @param owner who claims it: unique to one client in one process
     * @return what the caller may do
     */
    Claim begin(String key, String fingerprint, String owner);

    /**
     * Records a step of a create the caller owns (such as "the contact list exists").
     *
     * @param key the idempotency key
     * @param owner the claim's owner
     * @param name the step's name
     * @param value what it made
     * @throws IllegalStateException if the caller no longer owns the claim: nothing more may be sent
     */
    void step(String key, String owner, String name, String value);

    /**
     * Records that the vendor's campaign exists while its targets are still to be sent
     * (CallKaro's batch): from now on several processes may resume it.
     *
     * @param key the idempotency key
     * @param owner the claim's owner
     * @param campaign the campaign as created
     */
    void created(String key, String owner, JournaledCampaign campaign);

    /**
     * Records that the create finished: a create under the key returns this.
     *
     * @param key the idempotency key
     * @param campaign the campaign as created
     */
    void done(String key, JournaledCampaign campaign);

    /**
     * Gives up a claim after a failure that certainly did not reach the vendor: a create under
     * the key may then send again. A claim with steps recorded keeps them for the next owner.
     *
     * @param key the idempotency key
     * @param owner the claim's owner
     */
    void release(String key, String owner);

    /**
     * Claims the lowest chunk of {@link #CHUNK_SIZE} targets that is neither done nor under
     * a live lease, atomically; chunks past the audience's end, once known, are never given.
     *
     * @param key the idempotency key
     * @param owner who claims it
     * @return the chunk's number, from 0; empty when none is left to claim
     */
    OptionalLong claimChunk(String key, String owner);

    /**
     * Renews the lease on a chunk.
     *
     * @param key the idempotency key
     * @param chunk the chunk
     * @param owner its owner
     * @return false when the lease was lost (another process took the chunk over): stop sending it
     */
    boolean renewChunk(String key, long chunk, String owner);

    /**
     * Gives up the lease on a chunk before its end (the audience's source failed): another
     * process may take it at once.
     *
     * @param key the idempotency key
     * @param chunk the chunk
     * @param owner its owner
     */
    void releaseChunk(String key, long chunk, String owner);

    /**
     * Makes a done chunk claimable again, so that its uncertain targets can be sent again by
     * a caller that chose to; targets with an outcome are never sent again.
     *
     * @param key the idempotency key
     * @param chunk the chunk
     */
    void reopenChunk(String key, long chunk);

    /**
     * Records that every target of a chunk has its outcome (or is uncertain).
     *
     * @param key the idempotency key
     * @param chunk the chunk
     * @param owner its owner
     */
    void chunkDone(String key, long chunk, String owner);

    /**
     * {@return whether the audience's size is known and every one of its chunks is done}
     *
     * @param key the idempotency key
     */
    boolean allChunksDone(String key);

    /**
     * Records how many targets the audience has, once a reader reached its end.
     *
     * @param key the idempotency key
     * @param size the number of targets
     */
    void audienceEnd(String key, long size);

    /**
     * Records a target before its request is sent.
     *
     * @param key the idempotency key
     * @param index its position in the audience
     * @param phone its number
     */
    void intent(String key, long index, String phone);

    /**
     * Records a target's outcome after its answer.
     *
     * @param key the idempotency key
     * @param outcome the outcome
     */
    void outcome(String key, TargetOutcome outcome);

    /**
     * {@return what is recorded of the targets of one chunk, by index}
     *
     * @param key the idempotency key
     * @param chunk the chunk
     */
    Map<Long, TargetRecord> targets(String key, long chunk);

    /**
     * {@return the key's entry, when the journal holds one}
     *
     * @param key the idempotency key
     */
    Optional<Entry> entry(String key);

    /** What {@link #begin} found, and what the caller may do. */
    enum ClaimResult {
        /** No create under the key: the caller owns it and sends. */
        NEW,
        /** The key names another campaign: nothing may be sent. */
        MISMATCH,
        /** The create finished: {@link Claim#entry()} holds its campaign; nothing is sent. */
        DONE,
        /** The vendor's campaign exists and its targets are being sent: resume with chunk leases. */
        CREATED,
        /** Another process is sending the create now, under a live lease. */
        IN_FLIGHT,
        /**
         * A create whose owner stopped renewing (it died): the caller owns it now, with the
         * steps recorded so far in {@link Claim#entry()}. A step sent with no answer recorded
         * makes the create uncertain.
         */
        TAKEN_OVER
    }

    /**
     * The answer of {@link #begin}.
     *
     * @param result what the caller may do
     * @param entry the key's entry as it was found (empty for {@link ClaimResult#NEW})
     */
    record Claim(ClaimResult result, Optional<Entry> entry) {
        /**
         * Checks the parts.
         *
         * @param result what the caller may do
         * @param entry the key's entry
         */
        public Claim {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Where a key's create stands. */
    enum State {
        /** The create is being sent (or was, by a process that died). */
        SENDING,
        /** The vendor's campaign exists; targets are being sent. */
        CREATED,
        /** Finished. */
        DONE
    }

    /**
     * What the journal holds of one key.
     *
     * @param key the idempotency key
     * @param fingerprint the campaign's fingerprint: the provider, the name, the agent and
     *     (where the whole audience goes in the create) a hash of the targets' numbers in order
     * @param state where the create stands
     * @param owner who holds the claim, while it is being sent
     * @param leaseUntil until when the claim holds
     * @param steps the steps recorded, in order (a later value of a name replaces the earlier)
     * @param campaign the campaign, once created
     * @param audienceSize how many targets the audience has, once known
     */
    record Entry(String key, String fingerprint, State state, Optional<String> owner, Optional<Instant> leaseUntil,
            Map<String, String> steps, Optional<JournaledCampaign> campaign, OptionalLong audienceSize) {
        /**
         * Copies the steps.
         *
         * @param key the idempotency key
         * @param fingerprint the fingerprint
         * @param state the state
         * @param owner the owner
         * @param leaseUntil the lease's end
         * @param steps the steps
         * @param campaign the campaign
         * @param audienceSize the audience's size
         */
        public Entry {
            steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        }
    }

    /**
     * What is recorded of one target: its number, and its outcome once answered.
     *
     * @param index its position in the audience
     * @param phone its number
     * @param state its outcome; empty when it was sent with no answer recorded
     * @param callId the vendor's call id, when queued
     * @param errorType the error's simple class name, when not queued
     * @param errorMessage the error's message, secrets already removed, when not queued
     */
    record TargetRecord(long index, String phone, Optional<TargetOutcome.State> state, Optional<String> callId,
            Optional<String> errorType, Optional<String> errorMessage) {
        /** {@return the outcome this record stands for: with no answer recorded, uncertain} */
        public TargetOutcome toOutcome() {
            Target target = Target.of(phone);
            TargetOutcome.State s = state.orElse(TargetOutcome.State.UNCERTAIN);
            if (s == TargetOutcome.State.QUEUED) {
                return TargetOutcome.queued(index, target, callId.orElse(""));
            }
            return TargetOutcome.notQueued(index, target, new RecordedFailure(errorType.orElse("none"),
                    errorMessage.orElse("The request was sent and no answer was recorded (the process stopped)."),
                    s == TargetOutcome.State.UNCERTAIN));
        }

        /**
         * {@return the record of an outcome}
         *
         * @param outcome the outcome
         */
        public static TargetRecord of(TargetOutcome outcome) {
            return new TargetRecord(outcome.index(), outcome.target().phone(), Optional.of(outcome.state()),
                    outcome.callId(), outcome.error().map(e -> e.getClass().getSimpleName()),
                    outcome.error().map(Throwable::getMessage));
        }
    }

    /**
     * What a journal keeps of a created campaign: enough to return a {@link CreatedCampaign}.
     *
     * @param id the vendor's id
     * @param provider the provider
     * @param name the name
     * @param status the neutral status
     * @param rawStatus the vendor's status
     * @param targetCount how many targets the vendor took, when known
     * @param warnings the create's warnings
     */
    record JournaledCampaign(String id, String provider, String name, CampaignStatus status, String rawStatus,
            OptionalLong targetCount, List<String> warnings) {
        /**
         * Copies the warnings.
         *
         * @param id the vendor's id
         * @param provider the provider
         * @param name the name
         * @param status the neutral status
         * @param rawStatus the vendor's status
         * @param targetCount the number of targets
         * @param warnings the warnings
         */
        public JournaledCampaign {
            Objects.requireNonNull(id, "id");
            warnings = List.copyOf(warnings);
        }

        /**
         * {@return the campaign as a create returns it; a blank provider or name (a key settled
         * by hand knows only the id) is taken from the campaign being created}
         *
         * @param provider the client's provider
         * @param campaignName the name of the campaign being created
         */
        public CreatedCampaign toCreated(String provider, String campaignName) {
            CreatedCampaign.Builder b = CreatedCampaign.builder().id(id)
                    .provider(this.provider == null || this.provider.isBlank() ? provider : this.provider)
                    .name(name == null || name.isBlank() ? campaignName : name)
                    .status(status == null ? CampaignStatus.UNKNOWN : status, rawStatus == null ? "" : rawStatus)
                    .warnings(warnings);
            targetCount.ifPresent(b::targetCount);
            return b.build();
        }

        /** {@return this campaign as a JSON object, as journals store it} */
        public String toJson() {
            return JournalKey.toJson(this).toString();
        }

        /**
         * {@return a campaign from its JSON ({@link #toJson()})}
         *
         * @param json the JSON object
         * @throws IllegalArgumentException if it is not JSON
         */
        public static JournaledCampaign fromJson(String json) {
            try {
                return JournalKey.campaign(JournalKey.JSON.readTree(json));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("a journaled campaign that is not JSON", e);
            }
        }

        /**
         * {@return what the journal keeps of this campaign}
         *
         * @param c the campaign as created
         */
        public static JournaledCampaign of(CreatedCampaign c) {
            return new JournaledCampaign(c.id(), c.provider(), c.name(), c.status(), c.rawStatus(),
                    c.targetCount().isPresent() ? OptionalLong.of(c.targetCount().getAsLong()) : OptionalLong.empty(),
                    c.warnings());
        }
    }
}
