package dev.unidial.spi;

import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.UncertainCreateException;
import dev.unidial.UnidialException;
import java.util.Map;
import java.util.Objects;

/**
 * One client's claim on one idempotency key while it sends the create: what a provider
 * records around each request (see {@link AbstractCampaignClient#sendOnce}). Before each
 * request the provider calls {@link #sending}, after its answer {@link #answered}; a
 * create taken over from a process that died with a request sent and no answer recorded is
 * uncertain ({@link #requireNothingUnanswered()}).
 */
public final class JournalSession {
    /** The step naming the last request sent. */
    static final String SENT = "sent";
    /** The step naming the last request answered. */
    static final String ANSWERED = "answered";

    private final CampaignJournal journal;
    private final String key;
    private final String owner;
    private final Map<String, String> steps;

    JournalSession(CampaignJournal journal, String key, String owner, Map<String, String> steps) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.key = Objects.requireNonNull(key, "key");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.steps = Map.copyOf(steps);
    }

    /** {@return the journal} */
    public CampaignJournal journal() {
        return journal;
    }

    /** {@return the idempotency key} */
    public String key() {
        return key;
    }

    /** {@return who holds the claim: this client, in this process} */
    public String owner() {
        return owner;
    }

    /** {@return the steps recorded before this session took the claim over (empty for a new create)} */
    public Map<String, String> steps() {
        return steps;
    }

    /**
     * Records that a request is about to be sent; call it before the request.
     *
     * @param request the request's name, such as {@code create} or {@code contacts:3}
     */
    public void sending(String request) {
        journal.step(key, owner, SENT, request);
    }

    /**
     * Records that a request was answered (accepted, or refused so that the vendor certainly did not act).
     *
     * @param request the request's name, as given to {@link #sending}
     */
    public void answered(String request) {
        journal.step(key, owner, ANSWERED, request);
    }

    /**
     * Records a step's result, such as how many contacts were added.
     *
     * @param name the step
     * @param value its result
     */
    public void step(String name, String value) {
        journal.step(key, owner, name, value);
    }

    /**
     * Records that a request failed, and lets the claim go. Where the vendor certainly did not
     * act on it, it counts as answered, so that the next create under the key sends it again;
     * and if it was the create's first request, the vendor holds nothing under the key, which
     * is then forgotten: the next create under it starts afresh, at this vendor or at another
     * (a router's next vendor).
     *
     * @param request the request's name, as given to {@link #sending}
     * @param failure how it failed
     * @param first whether it was the first request of the create, with nothing answered before it
     */
    public void failed(String request, UnidialException failure, boolean first) {
        if (!failure.vendorMayHaveActed()) {
            if (first) {
                journal.forget(key);
                return;
            }
            journal.step(key, owner, ANSWERED, request);
        }
        journal.release(key, owner);
    }

    /**
     * @throws UncertainCreateException if a request was sent with no answer recorded, by the
     *     process this session took the claim over from; the claim is let go for the next caller
     */
    public void requireNothingUnanswered() {
        String sent = steps.get(SENT);
        if (sent != null && !sent.equals(steps.get(ANSWERED))) {
            journal.release(key, owner);
            throw new UncertainCreateException(key, "the request '" + sent + "'");
        }
    }

    /**
     * Records that the vendor's campaign exists and its targets follow (CallKaro's batch).
     *
     * @param campaign the campaign as created
     */
    public void created(CreatedCampaign campaign) {
        journal.created(key, owner, CampaignJournal.JournaledCampaign.of(campaign));
    }

    /**
     * Records that the create finished.
     *
     * @param campaign the campaign as created
     */
    public void done(CreatedCampaign campaign) {
        journal.done(key, CampaignJournal.JournaledCampaign.of(campaign));
    }

    /** Lets the claim go, keeping what was recorded: the next caller takes it over at once. */
    public void release() {
        journal.release(key, owner);
    }
}
