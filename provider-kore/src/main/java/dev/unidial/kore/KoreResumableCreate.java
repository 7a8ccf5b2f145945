package dev.unidial.kore;

import dev.unidial.CreatedCampaign;
import dev.unidial.UnidialException;
import dev.unidial.http.Transport;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.JournalSession;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Kore.ai's create from inline targets under an idempotency key: the contact list, the contacts
 * a thousand at a time, then the campaign, each recorded before it is sent and after its
 * answer. A create run again resumes after the last step answered: the list is not made again,
 * the contacts added are skipped. A step sent with no answer recorded makes the create
 * uncertain ({@link dev.unidial.UncertainCreateException}), since Kore.ai may have acted on it.
 */
final class KoreResumableCreate {
    /** The steps' names in the journal. */
    static final String LIST = "list";
    static final String CONTACTS = "contacts";

    private final KoreApi api;
    private final Transport transport;
    private final KoreCreate creates;

    KoreResumableCreate(KoreApi api, Transport transport, KoreCreate creates) {
        this.api = api;
        this.transport = transport;
        this.creates = creates;
    }

    CreatedCampaign send(CampaignPlan plan, JournalSession session) {
        session.requireNothingUnanswered();
        String list = KoreCampaignMapper.contactListName(plan);
        long alreadyAdded = Long.parseLong(session.steps().getOrDefault(CONTACTS, "0"));
        long added = alreadyAdded;
        boolean listMade = session.steps().containsKey(LIST);
        if (!listMade) {
            step(session, LIST, list, added, plan, false,
                    () -> api.createContactList(list, plan.campaign().description(), false));
            session.step(LIST, list);
        }
        Iterator<List<KoreContact>> batches = KoreCreate.contactBatches(plan);
        long skipped = 0;
        while (batches.hasNext()) {
            List<KoreContact> batch = batches.next();
            if (skipped + batch.size() <= alreadyAdded) {
                // Added before the earlier process stopped: recorded, so not sent again.
                skipped += batch.size();
                continue;
            }
            long before = added;
            step(session, CONTACTS + ":" + before, list, before, plan, false, () -> api.addContacts(list, batch));
            added += batch.size();
            session.step(CONTACTS, Long.toString(added));
        }
        CreatedCampaign created = step(session, "campaign", list, added, plan, true, () -> creates.toCreated(
                transport.execute(api.createRequest(KoreCampaignMapper.toRequest(plan))), plan,
                List.of(KoreCampaignMapper.asyncContactsWarning(list))));
        session.done(created);
        return created;
    }

    /** One request, recorded around: a failure after the list exists says what exists. */
    private <T> T step(JournalSession session, String name, String list, long added, CampaignPlan plan,
            boolean campaign, Supplier<T> request) {
        session.sending(name);
        T answer;
        try {
            answer = request.get();
        } catch (UnidialException e) {
            if (!e.vendorMayHaveActed()) {
                session.answered(name);
            }
            session.release();
            if (name.equals(LIST)) {
                throw e;
            }
            throw new KorePartialCreateException(list, added, plan.targetCount(), campaign, e);
        }
        session.answered(name);
        return answer;
    }
}
