package dev.unidial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@link CampaignJournal#inMemory()}: the protocol in one process, under one lock. */
final class InMemoryCampaignJournal implements CampaignJournal {
    private final Duration lease;
    private final Clock clock;
    private final Map<String, JournalKey> keys = new HashMap<>();
    private final Map<String, TreeMap<Long, TargetRecord>> targets = new HashMap<>();

    InMemoryCampaignJournal(Duration lease, Clock clock) {
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = clock;
    }

    private JournalKey key(String key) {
        return keys.computeIfAbsent(Objects.requireNonNull(key, "key"), JournalKey::new);
    }

    /** Records what an operation on a key's state returns. */
    private void record(String key, Function<JournalKey, List<ObjectNode>> op) {
        JournalKey k = key(key);
        op.apply(k).forEach(k::apply);
    }

    /** Records what a decision on a key's state returns, and gives its answer. */
    private <T> T decide(String key, Function<JournalKey, JournalKey.Decision<T>> op) {
        JournalKey k = key(key);
        JournalKey.Decision<T> d = op.apply(k);
        d.events().forEach(k::apply);
        return d.answer();
    }

    @Override
    public synchronized void settle(String key, String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        record(key, k -> k.settle(campaignId));
    }

    @Override
    public synchronized void forget(String key) {
        keys.remove(key);
        targets.remove(key);
    }

    @Override
    public synchronized Stream<TargetOutcome> outcomes(String key) {
        return List.copyOf(targets.getOrDefault(key, new TreeMap<>()).values()).stream().map(TargetRecord::toOutcome);
    }

    @Override
    public Duration lease() {
        return lease;
    }

    @Override
    public synchronized Claim begin(String key, String fingerprint, String owner) {
        return decide(key, k -> k.begin(fingerprint, owner, clock.instant(), lease));
    }

    @Override
    public synchronized void step(String key, String owner, String name, String value) {
        record(key, k -> k.step(owner, name, value, clock.instant(), lease));
    }

    @Override
    public synchronized void created(String key, String owner, JournaledCampaign campaign) {
        record(key, k -> k.created(owner, campaign));
    }

    @Override
    public synchronized void done(String key, JournaledCampaign campaign) {
        record(key, k -> k.done(campaign));
    }

    @Override
    public synchronized void release(String key, String owner) {
        record(key, k -> k.release(owner));
        if (!keys.get(key).exists()) {
            keys.remove(key);
        }
    }

    @Override
    public synchronized OptionalLong claimChunk(String key, String owner) {
        return decide(key, k -> k.claimChunk(owner, clock.instant(), lease));
    }

    @Override
    public synchronized boolean renewChunk(String key, long chunk, String owner) {
        return decide(key, k -> k.renewChunk(chunk, owner, clock.instant(), lease));
    }

    @Override
    public synchronized void releaseChunk(String key, long chunk, String owner) {
        record(key, k -> k.releaseChunk(chunk, owner));
    }

    @Override
    public synchronized void reopenChunk(String key, long chunk) {
        record(key, k -> k.reopenChunk(chunk));
    }

    @Override
    public synchronized void chunkDone(String key, long chunk, String owner) {
        record(key, k -> k.chunkDone(chunk, owner));
    }

    @Override
    public synchronized void audienceEnd(String key, long size) {
        record(key, k -> k.audienceEnd(size));
    }

    @Override
    public synchronized void intent(String key, long index, String phone) {
        targets.computeIfAbsent(key, x -> new TreeMap<>()).put(index, new TargetRecord(index, phone, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Override
    public synchronized void outcome(String key, TargetOutcome outcome) {
        targets.computeIfAbsent(key, x -> new TreeMap<>()).put(outcome.index(), TargetRecord.of(outcome));
    }

    @Override
    public synchronized Map<Long, TargetRecord> targets(String key, long chunk) {
        long from = chunk * CHUNK_SIZE;
        return Map.copyOf(targets.getOrDefault(key, new TreeMap<>()).subMap(from, from + CHUNK_SIZE));
    }

    @Override
    public synchronized Optional<Entry> entry(String key) {
        JournalKey k = keys.get(key);
        return k == null || !k.exists() ? Optional.empty() : Optional.of(k.entry());
    }

    @Override
    public synchronized boolean allChunksDone(String key) {
        JournalKey k = keys.get(key);
        return k != null && k.allChunksDone();
    }

    @Override
    public String toString() {
        return "CampaignJournal.inMemory[lease=" + lease + "]";
    }
}
