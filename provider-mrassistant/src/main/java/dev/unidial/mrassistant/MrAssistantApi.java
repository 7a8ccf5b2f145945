package dev.unidial.mrassistant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CallEvents;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.Secret;
import dev.unidial.WireRequest;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * MrAssistant's own API, typed: campaigns, the token endpoints, single calls and caller
 * numbers. Get it from {@link MrAssistantClient#api()}; it shares the client's transport
 * (auth, retries, error decoding) and is closed with it. Ids are single path segments: an
 * empty id, {@code .} or {@code ..} is refused with {@link IllegalArgumentException} before
 * anything is sent.
 */
public final class MrAssistantApi {
    private final Transport transport;
    private final MrAssistantAuthEndpoints tokens;

    private final MrAssistantBatches batches;

    MrAssistantApi(Transport transport, Function<Campaign, CreatedCampaign> create) {
        this.batches = new MrAssistantBatches(create);
        this.transport = transport;
        this.tokens = new MrAssistantAuthEndpoints(transport);
    }

    /**
     * {@code POST /campaigns} with a body you built.
     *
     * @param request the body
     * @return the created campaign
     */
    public MrAssistantCampaign createCampaign(MrAssistantCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        WireResponse response = transport.execute(createRequest(request));
        return campaign(transport.json().tree(response), response);
    }

    /**
     * {@code POST /auth/token}: a new token pair. Does not change the tokens the client uses.
     *
     * @param username the account's user name
     * @param password its password, cut from every message built from the answer
     * @return the token pair
     */
    public MrAssistantTokenPair login(String username, String password) {
        return tokens.login(Objects.requireNonNull(username, "username"),
                Secret.of(Objects.requireNonNull(password, "password")));
    }

    /**
     * {@code POST /auth/refresh}: a new token pair for a refresh token (both rotate).
     *
     * @param refreshToken the refresh token
     * @return the new token pair
     */
    public MrAssistantTokenPair refreshToken(Secret refreshToken) {
        return tokens.refresh(Objects.requireNonNull(refreshToken, "refreshToken"));
    }

    /**
     * {@code POST /calls/outbound}: one call.
     *
     * @param request the call
     * @return the call as MrAssistant answers it
     * @throws dev.unidial.CampaignValidationException if the request breaks a documented rule (nothing sent)
     */
    public MrAssistantCall initiateCall(MrAssistantOutboundCallRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        MrAssistantWireRules.validate(request, v);
        v.throwIfAny();
        WireResponse response = transport.execute(
                transport.request("POST", "/calls/outbound").body(transport.json().body(request)).build());
        return call(response);
    }

    /**
     * {@code GET /calls/{call_id}}: a call's status and outcome.
     *
     * @param callId the call's id
     * @return the call
     */
    public MrAssistantCall getCall(String callId) {
        return call(transport.execute(transport.request("GET", "/calls/" + BaseUrl.segment(callId)).build()));
    }

    /**
     * {@code POST /agents/{agent_id}/phone-numbers}: registers a caller number for an agent.
     *
     * @param agentId the agent's id
     * @param request the number and its telephony provider
     * @return the registered number
     */
    public MrAssistantPhoneNumber registerPhoneNumber(String agentId, MrAssistantPhoneNumberRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        MrAssistantWireRules.validate(request, v);
        v.throwIfAny();
        WireResponse response = transport.execute(transport.request("POST",
                "/agents/" + BaseUrl.segment(agentId) + "/phone-numbers").body(transport.json().body(request)).build());
        return transport.json().read(transport.json().tree(response), MrAssistantPhoneNumber.class, response);
    }

    /**
     * {@code GET /agents/{agent_id}/phone-numbers}.
     *
     * @param agentId the agent's id
     * @return its numbers
     */
    public List<MrAssistantPhoneNumber> listPhoneNumbers(String agentId) {
        return phoneNumbers("/agents/" + BaseUrl.segment(agentId) + "/phone-numbers");
    }

    /**
     * {@code GET /phone-numbers/all} (an admin endpoint).
     *
     * @return every number
     */
    public List<MrAssistantPhoneNumber> listAllPhoneNumbers() {
        return phoneNumbers("/phone-numbers/all");
    }

    private List<MrAssistantPhoneNumber> phoneNumbers(String path) {
        WireResponse response = transport.execute(transport.request("GET", path).build());
        JsonNode root = transport.json().tryTree(response).orElse(null);
        JsonNode list = root != null && root.isObject() ? root.path("data") : root;
        return transport.json().readList(list, MrAssistantPhoneNumber.class, response, "MrAssistant's phone-number list");
    }

    private MrAssistantCall call(WireResponse response) {
        JsonNode root = transport.json().tree(response);
        transport.json().requireId(root, response, "call_id");
        return transport.json().read(root, MrAssistantCall.class, response);
    }

    /**
     * Creates a campaign of any size as consecutive MrAssistant campaigns of at most 1000
     * targets each, named {@code "<name> (i/n)"} (a campaign of 1000 targets or fewer is
     * created as is), each through the client's {@code create}. The whole audience is
     * validated first, so nothing is sent for an invalid one; targets are read 1000 at a
     * time, so a lazy audience is never held whole. With an idempotency key, each batch has
     * its own ({@code key + "/" + i}), so a run again creates only the batches missing.
     *
     * @param campaign the campaign
     * @return every created campaign, in order
     * @throws MrAssistantBatchException if a batch fails after others were created; it holds them
     */
    public List<CreatedCampaign> createInBatches(Campaign campaign) {
        return batches.create(campaign);
    }

    WireRequest createRequest(MrAssistantCampaignRequest body) {
        WireRequest.Builder request = transport.request("POST", "/campaigns").body(transport.json().body(body));
        body.webhookSecret().filter(s -> !s.isBlank()).ifPresent(s -> request.secret(Secret.of(s)));
        // The webhook URL's token is a secret too: an error that echoes the request must not show it.
        body.webhookUrl().flatMap(CallEvents::urlToken).ifPresent(request::secret);
        return request.build();
    }

    MrAssistantCampaign campaign(JsonNode root, WireResponse response) {
        transport.json().requireId(root, response, "campaign_id");
        return transport.json().read(root, MrAssistantCampaign.class, response);
    }
}
