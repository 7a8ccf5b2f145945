package dev.unidial.callkaro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Violations;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import java.util.Objects;

/**
 * CallKaro's own API, typed: the v1 and v2 batch creates and adding one call. Get it from
 * {@link CallKaroClient#api()}; it shares the client's transport (auth, retries, error
 * decoding) and is closed with it. Every documented rule is checked before sending.
 */
public final class CallKaroApi {
    private final Transport transport;

    CallKaroApi(Transport transport) {
        this.transport = transport;
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
        CallKaroCampaignMapper.validate(request, v);
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
        CallKaroCampaignMapper.validate(request, v);
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
        return dev.unidial.http.Json.optionalId(root.path("call_sid"))
                .or(() -> dev.unidial.http.Json.optionalId(root.path("call_id")))
                .orElseThrow(() -> dev.unidial.http.Json.unexpected(response, "CallKaro queued no call: the answer has no"
                        + " usable call_sid. Body: " + dev.unidial.http.Json.shorten(response.bodyText())));
    }
}
