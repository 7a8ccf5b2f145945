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

    private static void applyAll(JournalKey k, List<ObjectNode> events) {
        events.forEach(k::apply);
    }

    @Override
    public synchronized void settle(String key, String campaignId) {
        applyAll(key(key), key(key).settle(Objects.requireNonNull(campaignId, "campaignId")));
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
        JournalKey k = key(key);
        JournalKey.Decision<Claim> d = k.begin(fingerprint, owner, clock.instant(), lease);
        applyAll(k, d.events());
        return d.answer();
    }

    @Override
    public synchronized void step(String key, String owner, String name, String value) {
        JournalKey k = key(key);
        applyAll(k, k.step(owner, name, value, clock.instant(), lease));
    }

    @Override
    public synchronized void created(String key, String owner, JournaledCampaign campaign) {
        JournalKey k = key(key);
        applyAll(k, k.created(owner, campaign));
    }

    @Override
    public synchronized void done(String key, JournaledCampaign campaign) {
        JournalKey k = key(key);
        applyAll(k, k.done(campaign));
    }

    @Override
    public synchronized void release(String key, String owner) {
        JournalKey k = key(key);
        applyAll(k, k.release(owner));
        if (!k.exists()) {
            keys.remove(key);
        }
    }

    @Override
    public synchronized OptionalLong claimChunk(String key, String owner) {
        JournalKey k = key(key);
        JournalKey.Decision<OptionalLong> d = k.claimChunk(owner, clock.instant(), lease);
        applyAll(k, d.events());
        return d.answer();
    }

    @Override
    public synchronized boolean renewChunk(String key, long chunk, String owner) {
        JournalKey k = key(key);
        JournalKey.Decision<Boolean> d = k.renewChunk(chunk, owner, clock.instant(), lease);
        applyAll(k, d.events());
        return d.answer();
    }

    @Override
    public synchronized void releaseChunk(String key, long chunk, String owner) {
        JournalKey k = key(key);
        applyAll(k, k.releaseChunk(chunk, owner));
    }

    @Override
    public synchronized void reopenChunk(String key, long chunk) {
        JournalKey k = key(key);
        applyAll(k, k.reopenChunk(chunk));
    }

    @Override
    public synchronized void chunkDone(String key, long chunk, String owner) {
        JournalKey k = key(key);
        applyAll(k, k.chunkDone(chunk, owner));
    }

    @Override
    public synchronized void audienceEnd(String key, long size) {
        JournalKey k = key(key);
        applyAll(k, k.audienceEnd(size));
    }

    @Override
    public synchronized void intent(String key, long index, String phone) {
        JournalKey.foldTarget(JournalKey.intent(index, phone), targets.computeIfAbsent(key, x -> new TreeMap<>()));
    }

    @Override
    public synchronized void outcome(String key, TargetOutcome outcome) {
        JournalKey.foldTarget(JournalKey.outcome(outcome), targets.computeIfAbsent(key, x -> new TreeMap<>()));
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
