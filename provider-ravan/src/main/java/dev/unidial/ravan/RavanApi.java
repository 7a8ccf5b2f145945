package dev.unidial.ravan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Secret;
import dev.unidial.WireRequest;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.Json;
import dev.unidial.http.Parsed;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ravan's own API (the Agni API), typed: everything its pages document beside the neutral
 * create. Get it from {@link RavanClient#api()}; it shares the client's transport (auth,
 * retries, error decoding) and is closed with it. Ids are single path segments: an empty
 * id, {@code .} or {@code ..} is refused with {@link IllegalArgumentException} before
 * anything is sent.
 */
public final class RavanApi {
    static final String CAMPAIGNS = "/api/v1/campaigns/";

    private final Transport transport;

    RavanApi(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST /api/v1/campaigns/} with a body you built.
     *
     * @param request the body
     * @return the created campaign
     */
    public RavanCampaign createCampaign(RavanCreateCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        RavanWireRules.validate(request, v);
        v.throwIfAny();
        WireResponse response = transport.execute(createRequest(request));
        return campaign(response).value();
    }

    /**
     * {@code GET /api/v1/campaigns/{id}}.
     *
     * @param id the campaign's id
     * @return the campaign
     */
    public RavanCampaign getCampaign(String id) {
        return campaign(id).value();
    }

    Parsed<RavanCampaign> campaign(String id) {
        return campaign(transport.execute(transport.request("GET", "/api/v1/campaigns/" + BaseUrl.segment(id)).build()));
    }

    /**
     * {@code PATCH /api/v1/campaigns/{id}/}: changes the fields set, including
     * {@code status} and {@code executionStatus} to start or pause a campaign.
     *
     * @param id the campaign's id
     * @param update the fields to change
     * @return the campaign as Ravan answers it
     */
    public RavanCampaign updateCampaign(String id, RavanUpdateCampaignRequest update) {
        return update(id, update).value();
    }

    Parsed<RavanCampaign> update(String id, RavanUpdateCampaignRequest update) {
        Objects.requireNonNull(update, "update");
        Violations v = new Violations();
        RavanWireRules.validate(update, v);
        v.throwIfAny();
        // The update page's actual endpoint, with its trailing slash, as for create.
        WireRequest request = transport.request("PATCH", "/api/v1/campaigns/" + BaseUrl.segment(id) + "/")
                .body(transport.json().body(update)).build();
        return campaign(transport.execute(request));
    }

    /**
     * {@code GET /api/v1/campaigns/?limit=&offset=}: one page of campaigns. Unverified: no
     * Ravan page documents it; the path and paging are those seen in third-party code.
     *
     * @param limit the page size
     * @param offset how many to skip
     * @return one page
     */
    public RavanPage<RavanCampaign> listCampaigns(int limit, int offset) {
        return values(campaigns(limit, offset));
    }

    RavanPage<Parsed<RavanCampaign>> campaigns(int limit, int offset) {
        return page(CAMPAIGNS + "?limit=" + limit + "&offset=" + offset, RavanCampaign.class);
    }

    /**
     * {@code GET /api/v1/contacts/}: contacts whose ids a campaign can take.
     *
     * @param limit the page size
     * @param offset how many to skip
     * @return one page
     */
    public RavanPage<RavanContact> listContacts(int limit, int offset) {
        return values(page("/api/v1/contacts/?limit=" + limit + "&offset=" + offset, RavanContact.class));
    }

    /**
     * {@code GET /api/v1/contacts/?search=}: contacts matching a text.
     *
     * @param search the text Ravan searches for
     * @param limit the page size
     * @param offset how many to skip
     * @return one page
     */
    public RavanPage<RavanContact> searchContacts(String search, int limit, int offset) {
        Objects.requireNonNull(search, "search");
        return values(page("/api/v1/contacts/?limit=" + limit + "&offset=" + offset + "&search="
                + BaseUrl.queryValue(search), RavanContact.class));
    }

    /**
     * {@code GET /api/v1/agents/}: agents whose ids a campaign can take.
     *
     * @param limit the page size
     * @param offset how many to skip
     * @return one page
     */
    public RavanPage<RavanAgent> listAgents(int limit, int offset) {
        return values(page("/api/v1/agents/?limit=" + limit + "&offset=" + offset, RavanAgent.class));
    }

    /**
     * {@code PATCH /api/v1/agents/{id}/} with {@code webhookUrls}: where Ravan posts the
     * agent's {@code call.completed} events, the only documented way to receive a campaign's
     * call results. It replaces the agent's list; pass every URL the agent should post to.
     * The field is {@code webhookUrls}, as the create-agent page's body shows it (the webhooks
     * guide spells it {@code webhook_urls}): an assumption, see the docs' Ravan page.
     *
     * @param agentId the agent's id, as campaigns name it
     * @param urls the URLs, each an absolute http(s) URL; empty to stop deliveries
     * @return the agent as Ravan answers it
     * @throws dev.unidial.CampaignValidationException if a URL is not an absolute http(s) URL (nothing sent)
     */
    public RavanAgent setAgentWebhooks(String agentId, List<String> urls) {
        Objects.requireNonNull(agentId, "agentId");
        List<String> copy = List.copyOf(Objects.requireNonNull(urls, "urls"));
        Violations v = new Violations();
        RavanWireRules.validateWebhookUrls(copy, v);
        v.throwIfAny();
        // The agent pages' curls put a slash after the id, as the campaign update page does.
        WireRequest request = transport.request("PATCH", "/api/v1/agents/" + BaseUrl.segment(agentId) + "/")
                .body(transport.json().body(Map.of("webhookUrls", copy))).build();
        WireResponse response = transport.execute(request);
        JsonNode root = transport.json().tree(response);
        transport.json().requireId(root, response, "data", "id");
        return transport.json().readParsed(root.path("data"), RavanAgent.class, response).value();
    }

    /**
     * {@code POST /api/v1/calling/create-call}: one call, outside any campaign.
     *
     * @param request the call
     * @return the call's session
     * @throws dev.unidial.CampaignValidationException if the request breaks a documented rule (nothing sent)
     */
    public RavanCallSession createCall(RavanCallRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        RavanWireRules.validate(request, v);
        v.throwIfAny();
        // A create: never sent twice unless Ravan cannot have acted on it.
        WireResponse response = transport.execute(transport.request("POST", "/api/v1/calling/create-call")
                .body(transport.json().body(request)).build());
        JsonNode root = transport.json().tree(response);
        String session = transport.json().requireId(root, response, "session_id");
        return new RavanCallSession(session, Json.optionalId(root.path("room_id")),
                Optional.ofNullable(root.path("access_token").textValue()).map(Secret::of),
                Optional.ofNullable(root.path("url").textValue()), Optional.ofNullable(root.path("message").textValue()));
    }

    WireRequest createRequest(RavanCreateCampaignRequest body) {
        return transport.request("POST", CAMPAIGNS).body(transport.json().body(body)).build();
    }

    /** The campaign in Ravan's envelope ({@code data}), whose id must be a JSON string or integer. */
    Parsed<RavanCampaign> campaign(WireResponse response) {
        JsonNode root = transport.json().tree(response);
        transport.json().requireId(root, response, "data", "id");
        return transport.json().readParsed(root.path("data"), RavanCampaign.class, response);
    }

    private <T> RavanPage<Parsed<T>> page(String path, Class<T> type) {
        WireResponse response = transport.execute(transport.request("GET", path).build());
        JsonNode root = transport.json().tree(response);
        List<Parsed<T>> items = transport.json().readParsedList(root.path("data"), type, response, "Ravan's list data", "id");
        JsonNode meta = root.path("meta");
        return new RavanPage<>(items, number(meta.path("total")), number(meta.path("limit")), number(meta.path("offset")));
    }

    private static <T> RavanPage<T> values(RavanPage<Parsed<T>> page) {
        return new RavanPage<>(page.data().stream().map(Parsed::value).toList(), page.total(), page.limit(), page.offset());
    }

    private static Optional<Long> number(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(Long.parseLong(node.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
