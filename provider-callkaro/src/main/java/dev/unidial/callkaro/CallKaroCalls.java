package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.UnidialException;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.JournalSession;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * CallKaro's create as the SDK runs it: a batch, then one call per target, at most
 * {@code concurrency} at a time; with an idempotency key, resumable through the journal. The
 * client's create and the API's {@code addCalls} and {@code resendFailed} all come here.
 */
final class CallKaroCalls {
    /**
     * How the calls are made.
     *
     * @param concurrency how many calls are added at once
     * @param listener what hears each target's outcome
     * @param accountZone the account's zone, when known
     * @param uncertainCalls what a resumed create does with uncertain calls
     */
    record Settings(int concurrency, Consumer<TargetOutcome> listener, Optional<ZoneId> accountZone,
            UncertainCalls uncertainCalls) {}

    /** What a journal-backed create reads the whole of a key's outcomes with. */
    @FunctionalInterface
    interface JournalReader {
        CreatedCampaign read(String key, CampaignJournal.JournaledCampaign batch, Campaign campaign);
    }

    private final Transport transport;
    private final CallKaroApi api;
    private final Settings settings;
    private final JournalReader fromJournal;

    CallKaroCalls(Transport transport, CallKaroApi api, Settings settings, JournalReader fromJournal) {
        this.transport = transport;
        this.api = api;
        this.settings = settings;
        this.fromJournal = fromJournal;
    }

    /** The batch, then every call. */
    CompletableFuture<CreatedCampaign> create(CampaignPlan plan) {
        return transport.executeAsync(api.campaignRequest(CallKaroCampaignMapper.campaignRequest(plan))).thenCompose(response -> {
            JsonNode root = transport.json().tree(response);
            CallKaroBatch batch = api.batch(response);
            return fanOut(plan, batch.batchId(), indexed(targets(plan.campaign()).iterator(), 0))
                    .thenApply(r -> complete(CallKaroCampaignMapper.toCreated(batch, root, plan, r.outcomes(),
                            settings.accountZone()), r));
        });
    }

    CreatedCampaign addCalls(CampaignPlan plan, String batchId, Iterable<Target> targets) {
        CallKaroFanOut.Result r = join(fanOut(plan, batchId, indexed(targets.iterator(), 0)));
        return complete(CallKaroCampaignMapper.toCreated(new CallKaroBatch(batchId, Optional.empty(), Optional.empty(),
                Map.of()), NullNode.getInstance(), plan, r.outcomes(), settings.accountZone()), r);
    }

    /** The failed (and, if asked, uncertain) targets of {@code partial}, then the targets never read. */
    CreatedCampaign resendFailed(CreatedCampaign partial, Campaign campaign, UncertainCalls uncertain,
            Function<Campaign, CampaignPlan> planner) {
        List<TargetOutcome> failed = partial.targetOutcomes().stream()
                .filter(o -> o.state() == TargetOutcome.State.FAILED
                        || (uncertain == UncertainCalls.RESEND && o.state() == TargetOutcome.State.UNCERTAIN))
                .toList();
        long read = partial.targetOutcomes().stream().mapToLong(TargetOutcome::index).max().orElse(-1) + 1;
        Iterable<Target> unread = () -> skip(targets(campaign).iterator(), read);
        Iterable<Target> again = () -> concat(failed.stream().map(TargetOutcome::target).iterator(), unread.iterator());
        CampaignPlan plan = planner.apply(campaign.toBuilder().audience(Audience.targets(again)).build());
        Iterator<CallKaroFanOut.Indexed> source = concat(
                failed.stream().map(o -> new CallKaroFanOut.Indexed(o.index(), o.target())).iterator(),
                indexed(unread.iterator(), read));
        CallKaroFanOut.Result retried = join(fanOut(plan, partial.id(), source));
        Map<Long, TargetOutcome> merged = new TreeMap<>();
        partial.targetOutcomes().forEach(o -> merged.put(o.index(), o));
        retried.outcomes().forEach(o -> merged.put(o.index(), o));
        return complete(partial.toBuilder().targetOutcomes(new ArrayList<>(merged.values()))
                .targetCount(merged.size()).build(), retried);
    }

    /** Under an idempotency key: the batch recorded around its request, then the calls by chunks. */
    CreatedCampaign sendOnce(CampaignPlan plan, JournalSession session) {
        session.requireNothingUnanswered();
        session.sending("batch");
        CreatedCampaign created;
        try {
            WireResponse response = transport.execute(api.campaignRequest(CallKaroCampaignMapper.campaignRequest(plan)));
            created = CallKaroCampaignMapper.toCreated(api.batch(response), transport.json().tree(response), plan,
                    List.of(), settings.accountZone());
        } catch (UnidialException e) {
            session.failed("batch", e, true);
            throw e;
        }
        session.created(created);
        return resume(plan, session.journal(), session.key(), CampaignJournal.JournaledCampaign.of(created));
    }

    CreatedCampaign resume(CampaignPlan plan, CampaignJournal journal, String key, CampaignJournal.JournaledCampaign batch) {
        CallKaroResumableFanOut.Result r = new CallKaroResumableFanOut(transport, journal, key,
                () -> targets(plan.campaign()).iterator(),
                t -> api.callRequest(CallKaroCampaignMapper.callRequest(plan, t, batch.id(), settings.accountZone())),
                settings.listener(), settings.uncertainCalls(), settings.concurrency()).run();
        if (r.sourceFailure().isEmpty()) {
            long seen = r.counts().values().stream().mapToLong(Long::longValue).sum();
            boolean allMine = journal.entry(key).flatMap(e -> e.audienceSize().isPresent()
                    ? Optional.of(e.audienceSize().getAsLong()) : Optional.empty()).filter(size -> size == seen).isPresent();
            // This run saw every target (it read them all, sent or recorded): its counts are the whole.
            // Otherwise other processes sent some: every outcome is read back from the journal.
            CreatedCampaign all = allMine ? batch.toCreated(CallKaroDescriptor.PROVIDER, plan.campaign().name()).toBuilder()
                    .targetOutcomes(r.notQueued()).outcomeCounts(r.counts()).build()
                    : fromJournal.read(key, batch, plan.campaign());
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

    private CompletableFuture<CallKaroFanOut.Result> fanOut(CampaignPlan plan, String batchId,
            Iterator<CallKaroFanOut.Indexed> source) {
        return new CallKaroFanOut(transport, source, t -> api.callRequest(CallKaroCampaignMapper.callRequest(plan, t, batchId,
                settings.accountZone())), settings.listener()).run(settings.concurrency());
    }

    static Iterable<Target> targets(Campaign campaign) {
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

    private static CreatedCampaign complete(CreatedCampaign created, CallKaroFanOut.Result result) {
        if (result.sourceFailure().isPresent()) {
            throw new PartialFailureException(created, result.sourceFailure().get());
        }
        if (created.targetOutcomes().stream().anyMatch(o -> !o.isQueued())) {
            throw new PartialFailureException(created);
        }
        return created;
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
