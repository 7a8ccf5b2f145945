package dev.unidial.voiceable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.WireRequest;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.Multipart;
import dev.unidial.http.Parsed;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import java.util.List;
import java.util.Objects;

/**
 * Voiceable's own API, typed: everything its pages document beside the neutral create. Get
 * it from {@link VoiceableClient#api()}; it shares the client's transport (auth, retries,
 * error decoding) and is closed with it. Ids are single path segments: an empty id,
 * {@code .} or {@code ..} is refused with {@link IllegalArgumentException} before anything
 * is sent.
 */
public final class VoiceableApi {
    private final Transport transport;
    private final String apiRoot;

    VoiceableApi(Transport transport) {
        this.transport = transport;
        // A base URL that already ends in /api/v1 (as Voiceable's docs write it) is not doubled.
        this.apiRoot = transport.baseUrl().pathEndsWith("/api/v1") ? "" : "/api/v1";
    }

    /**
     * {@code POST /campaigns} from a request you built (including a CSV of your own).
     *
     * @param request the multipart fields and recipients
     * @return the created campaign
     * @throws dev.unidial.CampaignValidationException if the request breaks a documented rule (nothing sent)
     */
    public VoiceableCampaign createCampaign(VoiceableCreateCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        Violations v = new Violations();
        VoiceableWireRules.validate(request, v);
        v.throwIfAny();
        return campaign(transport.execute(createRequest(request))).value();
    }

    /**
     * {@code GET /campaigns}: every campaign of the key's owner.
     *
     * @return the campaigns
     */
    public List<VoiceableCampaign> listCampaigns() {
        return campaigns().stream().map(Parsed::value).toList();
    }

    List<Parsed<VoiceableCampaign>> campaigns() {
        WireResponse response = transport.execute(transport.request("GET", apiRoot + "/campaigns").build());
        return dataList(response, VoiceableCampaign.class);
    }

    /**
     * {@code GET /campaigns/{id}}.
     *
     * @param id the campaign's id
     * @return the campaign
     */
    public VoiceableCampaign getCampaign(String id) {
        return campaign(id).value();
    }

    Parsed<VoiceableCampaign> campaign(String id) {
        return campaign(transport.execute(transport.request("GET", apiRoot + "/campaigns/" + BaseUrl.segment(id)).build()));
    }

    /**
     * {@code GET /agents}: agents whose ids campaigns take.
     *
     * @param pageSize 1–100
     * @return the first page of agents
     */
    public List<VoiceableAgent> listAgents(int pageSize) {
        return agents(pageSize, "");
    }

    /**
     * {@code GET /agents?search=}: agents matching a text.
     *
     * @param search the text Voiceable searches for
     * @param pageSize 1–100
     * @return the first page of matching agents
     */
    public List<VoiceableAgent> searchAgents(String search, int pageSize) {
        return agents(pageSize, "&search=" + BaseUrl.queryValue(Objects.requireNonNull(search, "search")));
    }

    private List<VoiceableAgent> agents(int pageSize, String search) {
        Violations v = new Violations();
        v.requireRange("page_size", pageSize, 1, 100);
        v.throwIfAny();
        WireResponse response = transport.execute(
                transport.request("GET", apiRoot + "/agents?page_size=" + pageSize + search).build());
        return dataList(response, VoiceableAgent.class).stream().map(Parsed::value).toList();
    }

    WireRequest createRequest(VoiceableCreateCampaignRequest r) {
        Multipart.Builder body = Multipart.builder()
                .field("name", r.name())
                .field("phone_number_id", r.phoneNumberId())
                .field("agent_id", r.agentId())
                .field("send_immediately", Boolean.toString(r.sendImmediately()));
        r.scheduleDate().ifPresent(d -> body.field("schedule_date", d));
        r.scheduleTime().ifPresent(t -> body.field("schedule_time", t));
        body.file("recipients_file", "recipients.csv", "text/csv", r.recipients().writer());
        return transport.request("POST", apiRoot + "/campaigns").body(body.build()).build();
    }

    /** The campaign in Voiceable's envelope ({@code data}), whose id must be a JSON string or integer. */
    Parsed<VoiceableCampaign> campaign(WireResponse response) {
        JsonNode root = transport.json().tree(response);
        transport.json().requireId(root, response, "data", "id");
        return transport.json().readParsed(root.path("data"), VoiceableCampaign.class, response);
    }

    private <T> List<Parsed<T>> dataList(WireResponse response, Class<T> type) {
        return transport.json().readParsedList(transport.json().tree(response).path("data"), type, response,
                "Voiceable's list data", "id");
    }
}
