package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.RequestSequence.Step;
import dev.unidial.spi.RequestSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Kore.ai's create as the SDK sends it: for inline targets the contact list, the contacts a
 * thousand at a time (read from the audience as they are sent), then the campaign on that
 * list; otherwise the campaign alone. One request after another; a failure after the list
 * exists is a {@link KorePartialCreateException} that names it. The same steps serve the
 * preview, the send and the send under an idempotency key ({@link RequestSequence}).
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

    /** The create's requests for this campaign. */
    RequestSequence<CreatedCampaign> sequence(CampaignPlan plan) {
        if (!KoreCampaignMapper.hasInlineTargets(plan)) {
            return RequestSequence.of(transport, Collections::emptyIterator, () -> api.createRequest(KoreCampaignMapper.toRequest(plan)),
                    response -> toCreated(response, plan), (where, last, added, cause) -> cause);
        }
        String list = KoreCampaignMapper.contactListName(plan);
        return RequestSequence.of(transport, () -> steps(plan, list),
                () -> api.createRequest(KoreCampaignMapper.toRequest(plan)),
                response -> toCreated(response, plan),
                (where, last, added, cause) -> where == 0 ? cause
                        : new KorePartialCreateException(list, added, plan.targetCount(), last, cause));
    }

    private CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        JsonNode root = transport.json().tree(response);
        return KoreCampaignMapper.toCreated(api.dataAs(root, response, KoreCampaign.class), root, plan);
    }

    /** The contact list, then its contacts {@value #CONTACTS_PER_REQUEST} at a time, read as they are asked for. */
    private Iterator<Step> steps(CampaignPlan plan, String list) {
        Iterator<Target> targets = plan.campaign().audience().orElseThrow().targets().iterator();
        return new Iterator<>() {
            private boolean listMade;
            private long added;

            @Override
            public boolean hasNext() {
                return !listMade || targets.hasNext();
            }

            @Override
            public Step next() {
                if (!listMade) {
                    listMade = true;
                    return new Step("list", api.contactListRequest(list, plan.campaign().description(), false), 0);
                }
                List<KoreContact> batch = new ArrayList<>(CONTACTS_PER_REQUEST);
                while (batch.size() < CONTACTS_PER_REQUEST && targets.hasNext()) {
                    batch.add(KoreCampaignMapper.contact(plan, targets.next()));
                }
                if (batch.isEmpty()) {
                    throw new NoSuchElementException();
                }
                Step step = new Step("contacts:" + added, api.addContactsRequest(list, batch), batch.size());
                added += batch.size();
                return step;
            }
        };
    }
}
