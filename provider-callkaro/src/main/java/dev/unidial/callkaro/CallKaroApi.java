package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.WireRequest;
import dev.unidial.http.Json;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import java.util.Objects;
import java.util.function.Function;

/**
 * CallKaro's own API, typed: the v1 and v2 batch creates and adding one call. Get it from
 * {@link CallKaroClient#api()}; it shares the client's transport (auth, retries, error
 * decoding) and is closed with it. Every documented rule is checked before sending.
 */
public final class CallKaroApi {
    private final Transport transport;
    private final CallKaroCalls calls;
    private final Function<Campaign, CampaignPlan> planner;

    CallKaroApi(Transport transport, CallKaroCalls.Settings settings,
            Function<Campaign, CampaignPlan> planner,
            CallKaroCalls.JournalReader fromJournal) {
        this.transport = transport;
        this.planner = planner;
        this.calls = new CallKaroCalls(transport, this, settings, fromJournal);
    }

    /** The calls engine the client's create shares with {@link #addCalls} and {@link #resendFailed}. */
    CallKaroCalls calls() {
        return calls;
    }

    /**
     * Adds calls for these targets to an existing batch, with the campaign's settings (agent,
     * variables, schedule, window, retries…), at the client's call concurrency. The targets
     * are checked with the campaign's rules first.
     *
     * @param batchId CallKaro's batch id
     * @param targets the targets
     * @param campaign the campaign
     * @return the batch with each of these targets' outcomes (indexes count from 0 in {@code targets})
     * @throws dev.unidial.PartialFailureException if some calls could not be added
     */
    public CreatedCampaign addCalls(String batchId, Iterable<Target> targets,
            Campaign campaign) {
        Objects.requireNonNull(batchId, "batchId");
        CampaignPlan plan = planner.apply(campaign.toBuilder()
                .audience(Audience.targets(targets)).build());
        return calls.addCalls(plan, batchId, targets);
    }

    /**
     * Sends again, into the same batch, only the targets of {@code partial} (from
     * {@link dev.unidial.PartialFailureException#campaign()}) that CallKaro certainly never
     * acted on ({@link dev.unidial.CreatedCampaign#failedTargets()}), then the targets of the
     * campaign's audience after the last one with an outcome (those a failing source never
     * gave), and returns the campaign with every outcome, the failed ones replaced by the new
     * attempt's. Uncertain targets, whose request may have reached CallKaro, are left as they
     * are: see {@link #resendFailed(dev.unidial.CreatedCampaign, dev.unidial.Campaign, UncertainCalls)}.
     * The audience must give its targets in the same order as before: the first ones are
     * skipped by position.
     *
     * @param partial the result of the create that failed part-way
     * @param campaign the campaign
     * @return the campaign with every target's new outcome
     * @throws dev.unidial.PartialFailureException if some calls are still not queued; it holds the merged outcomes
     */
    public CreatedCampaign resendFailed(CreatedCampaign partial, Campaign campaign) {
        return resendFailed(partial, campaign, UncertainCalls.LEAVE);
    }

    /**
     * As {@link #resendFailed(dev.unidial.CreatedCampaign, dev.unidial.Campaign)}, and with
     * {@link UncertainCalls#RESEND} also the uncertain targets. Only do that once you know
     * those people were not called (CallKaro's call log, its {@code call_ended} webhook):
     * otherwise they may be called twice.
     *
     * @param partial the result of the create that failed part-way
     * @param campaign the campaign
     * @param uncertain whether calls CallKaro may have queued are sent again
     * @return the campaign with every target's new outcome
     * @throws dev.unidial.PartialFailureException if some calls are still not queued; it holds the merged outcomes
     */
    public CreatedCampaign resendFailed(CreatedCampaign partial, Campaign campaign,
            UncertainCalls uncertain) {
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(uncertain, "uncertain");
        return calls.resendFailed(partial, campaign, uncertain, planner);
    }

    /**
     * {@code POST /v2/call/campaign}: a batch whose calls may use different agents.
     *
     * @param name the batch's name, 1–200 characters
     * @return the batch
     */
    public CallKaroBatch createCampaignV2(String name) {
        return createCampaign(CallKaroCampaignRequest.v2(name));
    }

    /**
     * {@code POST /call/campaign}: a batch whose calls all use one agent.
     *
     * @param name the batch's name, 1–200 characters
     * @param agentId the agent every call uses
     * @return the batch
     */
    public CallKaroBatch createCampaignV1(String name, String agentId) {
        return createCampaign(CallKaroCampaignRequest.v1(name, agentId));
    }

    private CallKaroBatch createCampaign(CallKaroCampaignRequest request) {
        Violations v = new Violations();
        CallKaroWireRules.validate(request, v);
        v.throwIfAny();
        return batch(transport.execute(campaignRequest(request)));
    }

    /**
     * {@code POST /call/outbound}: one call.
     *
     * @param request the call
     * @return CallKaro's answer, with the call's {@code call_sid}
     * @throws dev.unidial.CampaignValidationException if the request breaks a documented rule (nothing sent)
     */
    public CallKaroCallResult addCall(CallKaroCallRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        CallKaroWireRules.validate(request, v);
        v.throwIfAny();
        WireResponse response = transport.execute(callRequest(request));
        JsonNode root = transport.json().tree(response);
        callSid(root, response);
        return transport.json().read(root, CallKaroCallResult.class, response);
    }

    WireRequest campaignRequest(CallKaroCampaignRequest body) {
        String path = body.agentId().isPresent() ? "/call/campaign" : "/v2/call/campaign";
        return transport.request("POST", path).body(transport.json().body(body)).build();
    }

    WireRequest callRequest(CallKaroCallRequest body) {
        return transport.request("POST", "/call/outbound").body(transport.json().body(body)).build();
    }

    /** The batch of an answer, whose {@code batch_id} must be a JSON string or integer. */
    CallKaroBatch batch(WireResponse response) {
        JsonNode root = transport.json().tree(response);
        transport.json().requireId(root, response, "batch_id");
        return transport.json().read(root, CallKaroBatch.class, response);
    }

    /**
     * The id of a queued call: {@code call_sid}, or {@code call_id} as the older docs name it.
     *
     * @throws dev.unidial.UnexpectedResponseException if neither is a JSON string or integer
     */
    static String callSid(JsonNode root, WireResponse response) {
        return Json.optionalId(root.path("call_sid"))
                .or(() -> Json.optionalId(root.path("call_id")))
                .orElseThrow(() -> Json.unexpected(response, "CallKaro queued no call: the answer has no"
                        + " usable call_sid. Body: " + Json.shorten(response.bodyText())));
    }
}
