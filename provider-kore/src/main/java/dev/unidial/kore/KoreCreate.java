package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.spi.CampaignPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kore.ai's create as the SDK sends it: for inline targets the contact list, the contacts a
 * thousand at a time (read from the audience as they are sent), then the campaign on that
 * list; otherwise the campaign alone. One request after another, without blocking; a failure
 * after the list exists is a {@link KorePartialCreateException} that names it.
 */
final class KoreCreate {
    /** Kore.ai's limit on contacts in one add request. */
    static final int CONTACTS_PER_REQUEST = 1000;

    private final KoreApi api;
    private final Transport transport;

    KoreCreate(KoreApi api, Transport transport) {
        this.api = api;
        this.transport = transport;
    }

    List<WireRequest> requests(CampaignPlan plan) {
        List<WireRequest> requests = new ArrayList<>();
        if (KoreCampaignMapper.hasInlineTargets(plan)) {
            String list = KoreCampaignMapper.contactListName(plan);
            requests.add(transport.preview(api.contactListRequest(list, plan.campaign().description(), false)));
            contactBatches(plan).forEachRemaining(batch -> requests.add(transport.preview(api.addContactsRequest(list, batch))));
        }
        requests.add(transport.preview(api.createRequest(KoreCampaignMapper.toRequest(plan))));
        return requests;
    }

    CompletableFuture<CreatedCampaign> send(CampaignPlan plan) {
        if (!KoreCampaignMapper.hasInlineTargets(plan)) {
            return createCampaign(plan, List.of());
        }
        String list = KoreCampaignMapper.contactListName(plan);
        AtomicLong added = new AtomicLong();
        AtomicInteger step = new AtomicInteger();
        return transport.executeAsync(api.contactListRequest(list, plan.campaign().description(), false))
                .thenCompose(r -> {
                    step.set(1);
                    return addContacts(list, contactBatches(plan), added);
                })
                .thenCompose(r -> {
                    step.set(2);
                    return createCampaign(plan, List.of(KoreCampaignMapper.asyncContactsWarning(list)));
                })
                .handle((created, error) -> {
                    if (error == null) {
                        return created;
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (step.get() == 0 || !(cause instanceof RuntimeException r)) {
                        throw error instanceof CompletionException c ? c
                                : new CompletionException(cause);
                    }
                    throw new KorePartialCreateException(list, added.get(), plan.targetCount(), step.get() == 2, r);
                });
    }

    CompletableFuture<CreatedCampaign> createCampaign(CampaignPlan plan, List<String> warnings) {
        return transport.executeAsync(api.createRequest(KoreCampaignMapper.toRequest(plan)))
                .thenApply(response -> toCreated(response, plan, warnings));
    }

    /** Adds the batches one after another, counting the contacts Kore acknowledged. */
    private CompletableFuture<Void> addContacts(String list, Iterator<List<KoreContact>> batches,
            AtomicLong added) {
        List<KoreContact> batch;
        try {
            if (!batches.hasNext()) {
                return CompletableFuture.completedFuture(null);
            }
            batch = batches.next();
        } catch (RuntimeException e) {
            // The audience's own source failed: the list exists, and what was added is counted.
            return CompletableFuture.failedFuture(e);
        }
        return transport.executeAsync(api.addContactsRequest(list, batch)).thenCompose(r -> {
            added.addAndGet(batch.size());
            return addContacts(list, batches, added);
        });
    }


    CreatedCampaign toCreated(WireResponse response, CampaignPlan plan, List<String> warnings) {
        JsonNode root = transport.json().tree(response);
        return KoreCampaignMapper.toCreated(api.dataAs(root, response, KoreCampaign.class), root, plan, warnings);
    }


    /** The inline targets as contacts, {@value #CONTACTS_PER_REQUEST} at a time, read as they are asked for. */
    static Iterator<List<KoreContact>> contactBatches(CampaignPlan plan) {
        Iterator<Target> targets = plan.campaign().audience().orElseThrow().targets().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return targets.hasNext();
            }

            @Override
            public List<KoreContact> next() {
                List<KoreContact> batch = new ArrayList<>(CONTACTS_PER_REQUEST);
                while (batch.size() < CONTACTS_PER_REQUEST && targets.hasNext()) {
                    batch.add(KoreCampaignMapper.contact(plan, targets.next()));
                }
                if (batch.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return batch;
            }
        };
    }
}
