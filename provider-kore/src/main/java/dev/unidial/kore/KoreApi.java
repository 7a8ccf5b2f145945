package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.WireRequest;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.Json;
import dev.unidial.http.Parsed;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Kore.ai's own Contact Center API (v1 public APIs), typed: campaigns, their lifecycle and
 * contact lists. Get it from {@link KoreClient#api()}; it shares the client's transport
 * (the {@code auth}, {@code iid} and {@code accountId} headers, retries, error decoding)
 * and is closed with it. Ids are single path segments: an empty id, {@code .} or {@code ..}
 * is refused with {@link IllegalArgumentException} before anything is sent.
 */
public final class KoreApi {
    private final Transport transport;
    private final String appId;
    private final String accountId;

    KoreApi(Transport transport, String appId, String accountId) {
        this.transport = transport;
        this.appId = appId;
        this.accountId = accountId;
    }

    /**
     * Creates a campaign from a body you built.
     *
     * @param request the body
     * @return the created campaign
     */
    public KoreCampaign createCampaign(KoreCampaignRequest request) {
        WireResponse response = transport.execute(createRequest(Objects.requireNonNull(request, "request")));
        return dataAs(transport.json().tree(response), response, KoreCampaign.class);
    }

    /**
     * {@code GET …/campaign/{id}}: the page's curl is a GET, though its table says PUT.
     *
     * @param campaignId the campaign's id
     * @return the campaign
     */
    public KoreCampaign getCampaign(String campaignId) {
        return campaign(campaignId).value();
    }

    Parsed<KoreCampaign> campaign(String campaignId) {
        WireResponse response = transport.execute(request("GET", v1("/campaign/" + BaseUrl.segment(campaignId))).build());
        JsonNode root = transport.json().tree(response);
        JsonNode data = root.path("data").isObject() ? root.path("data") : root;
        return readWithId(data, response, KoreCampaign.class);
    }

    /**
     * {@code POST …/campaign/getAllCampaignDetails}: one page of voice campaigns.
     *
     * @param page the page, from 1
     * @param limit the page size
     * @return one page
     */
    public KorePage<KoreCampaign> listCampaigns(int page, int limit) {
        return values(campaigns(page, limit));
    }

    KorePage<Parsed<KoreCampaign>> campaigns(int page, int limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("limit", limit);
        body.put("skip", Math.max(0, (page - 1) * limit));
        body.put("page", page);
        body.put("type", "voice");
        WireRequest request = request("POST", v1("/campaign/getAllCampaignDetails?accountId=" + BaseUrl.queryValue(accountId)))
                .body(transport.json().body(body)).idempotent(true).build();
        return page(transport.execute(request), KoreCampaign.class, "id", "_id");
    }

    /**
     * Starts a campaign ({@code trigger=play}).
     *
     * @param campaignId the campaign's id
     * @return Kore's answer
     */
    public KoreTriggerResult startCampaign(String campaignId) {
        return trigger(campaignId, "play").value();
    }

    /**
     * Stops a campaign ({@code trigger=stop}); Kore has no pause.
     *
     * @param campaignId the campaign's id
     * @return Kore's answer
     */
    public KoreTriggerResult stopCampaign(String campaignId) {
        return trigger(campaignId, "stop").value();
    }

    Parsed<KoreTriggerResult> trigger(String campaignId, String trigger) {
        String path = "/campaign/api/v1/public/" + BaseUrl.segment(appId) + "/campaign/" + BaseUrl.segment(campaignId)
                + "?campaignType=voice&trigger=" + trigger;
        WireResponse response = transport.execute(request("POST", path).body(transport.json().body(Map.of())).build());
        return transport.json().readParsed(transport.json().tree(response), KoreTriggerResult.class, response);
    }

    /**
     * {@code PUT …/campaign/{id}?campaignType=voice}: replaces a campaign's settings with this
     * body (the create body; Kore's page adds {@code queue_name} and {@code maxSkips}).
     *
     * @param campaignId the campaign's id
     * @param request the new body
     * @return the campaign as Kore answers it
     */
    public KoreCampaign updateCampaign(String campaignId, KoreCampaignRequest request) {
        Objects.requireNonNull(request, "request");
        WireRequest put = request("PUT", v1("/campaign/" + BaseUrl.segment(campaignId) + "?campaignType=voice"))
                .body(transport.json().body(request)).idempotent(true).build();
        WireResponse response = transport.execute(put);
        return dataAs(transport.json().tree(response), response, KoreCampaign.class);
    }

    /**
     * {@code GET …/campaign/contactList/getAllListDetails?accountId=}: the account's contact
     * lists, whose names campaigns take. The page shows the call but no answer: the lists are
     * read from {@code data} (an array) or {@code data.results}, each as a
     * {@link KoreContactList}, an assumption labelled in docs/vendors/kore.md.
     *
     * @return the lists
     */
    public List<KoreContactList> listContactLists() {
        WireRequest get = request("GET", v1("/campaign/contactList/getAllListDetails?accountId=" + BaseUrl.queryValue(accountId)))
                .idempotent(true).build();
        WireResponse response = transport.execute(get);
        JsonNode data = transport.json().tree(response).path("data");
        JsonNode lists = data.isArray() ? data : data.path("results");
        return transport.json().readParsedList(lists, KoreContactList.class, response, "Kore.ai's contact lists").stream()
                .map(Parsed::value).toList();
    }

    /**
     * {@code POST …/campaign/{id}/status?view=status}: the campaign's current status. A POST
     * without a body, as the page's curl sends it.
     *
     * @param campaignId the campaign's id
     * @return the campaign with its status
     */
    public KoreCampaign campaignStatus(String campaignId) {
        WireRequest request = request("POST", v1("/campaign/" + BaseUrl.segment(campaignId) + "/status?view=status"))
                .idempotent(true).build();
        WireResponse response = transport.execute(request);
        return dataAs(transport.json().tree(response), response, KoreCampaign.class);
    }

    /**
     * {@code POST …/campaign/{id}/status?view=contacts}: per-contact outcomes.
     *
     * @param campaignId the campaign's id
     * @param page the page, from 1
     * @param limit the page size, 1–100
     * @return one page
     */
    public KorePage<KoreContactResult> campaignContacts(String campaignId, int page, int limit) {
        return values(contactResults(campaignId, page, limit));
    }

    KorePage<Parsed<KoreContactResult>> contactResults(String campaignId, int page, int limit) {
        Violations v = new Violations();
        KoreWireRules.validatePage(page, limit, v);
        v.throwIfAny();
        WireRequest request = request("POST", v1("/campaign/" + BaseUrl.segment(campaignId) + "/status?view=contacts"))
                .body(transport.json().body(Map.of("page", page, "limit", limit))).idempotent(true).build();
        return page(transport.execute(request), KoreContactResult.class);
    }

    /**
     * Deletes a campaign: {@code DELETE …/campaign/{id}?campaignType=voice}. The page's URL shows
     * {@code {{campaignType}}} where its table names {@code campaignId}; the SDK reads the path's
     * segment as the campaign's id (labelled in docs/vendors/kore.md).
     *
     * @param campaignId the campaign's id
     */
    public void deleteCampaign(String campaignId) {
        transport.execute(request("DELETE", v1("/campaign/" + BaseUrl.segment(campaignId) + "?campaignType=voice"))
                .idempotent(true).build());
    }

    /**
     * Creates a contact list that campaigns can name.
     *
     * @param name the list's name, 1–48 characters
     * @param allowDuplicates whether a number may be in it twice
     * @return the list
     */
    public KoreContactList createContactList(String name, boolean allowDuplicates) {
        return createContactList(name, Optional.empty(), allowDuplicates);
    }

    /**
     * Creates a contact list that campaigns can name, with a description.
     *
     * @param name the list's name, 1–48 characters
     * @param description at most 256 characters
     * @param allowDuplicates whether a number may be in it twice
     * @return the list
     */
    public KoreContactList createContactList(String name, String description, boolean allowDuplicates) {
        return createContactList(name, Optional.of(Objects.requireNonNull(description, "description")), allowDuplicates);
    }

    KoreContactList createContactList(String name, Optional<String> description, boolean allowDuplicates) {
        Violations v = new Violations();
        KoreWireRules.validateContactList(name, description, v);
        v.throwIfAny();
        WireResponse response = transport.execute(contactListRequest(name, description, allowDuplicates));
        return dataAs(transport.json().tree(response), response, KoreContactList.class);
    }

    WireRequest contactListRequest(String name, Optional<String> description, boolean allowDuplicates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        description.ifPresent(d -> body.put("description", d));
        body.put("source", "passiveApiIntegration");
        body.put("allowDuplicates", allowDuplicates);
        return request("POST", v1("/campaign/contactList/createContactList")).body(transport.json().body(body)).build();
    }

    /**
     * Adds contacts to a list; Kore accepts them and adds them asynchronously.
     *
     * @param contactListName the list's name
     * @param contacts the contacts, with E.164 numbers
     * @return Kore's message
     */
    public String addContacts(String contactListName, List<KoreContact> contacts) {
        Violations v = new Violations();
        KoreWireRules.validateContacts(contacts, v);
        v.throwIfAny();
        WireResponse response = transport.execute(addContactsRequest(contactListName, contacts));
        return transport.json().tryTree(response).map(n -> n.path("message").asText("")).orElse("");
    }

    WireRequest addContactsRequest(String contactListName, List<KoreContact> contacts) {
        String path = "/api/1.1/public/" + BaseUrl.segment(appId) + "/campaign/contactList/addContacts";
        Map<String, Object> body = Map.of("contact_list_name", contactListName, "data", contacts);
        return request("POST", path).body(transport.json().body(body)).build();
    }

    private String v1(String suffix) {
        return "/agentassist/api/v1/public/" + BaseUrl.segment(appId) + suffix;
    }

    private WireRequest.Builder request(String method, String path) {
        return transport.request(method, path).header("iid", appId).header("accountId", accountId);
    }

    WireRequest createRequest(KoreCampaignRequest body) {
        return request("POST", v1("/campaign?campaignType=voice")).body(transport.json().body(body)).build();
    }

    /** The {@code data} object of an answer as a wire type, whose id ({@code id} or {@code _id}) must be a JSON string or integer. */
    <T> T dataAs(JsonNode root, WireResponse response, Class<T> type) {
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw Json.unexpected(response, "Kore.ai's answer has no data object. Body: " + Json.shorten(response.bodyText()));
        }
        return readWithId(data, response, type).value();
    }

    private <T> Parsed<T> readWithId(JsonNode data, WireResponse response, Class<T> type) {
        if (Json.optionalId(data.path("id")).or(() -> Json.optionalId(data.path("_id"))).isEmpty()) {
            throw Json.unexpected(response, "Kore.ai's answer has no usable id (a JSON string or integer in id or _id)."
                    + " Body: " + Json.shorten(response.bodyText()));
        }
        return transport.json().readParsed(data, type, response);
    }

    /** A page of {@code data.results}; with id fields, each item's id is checked as {@link #readWithId} checks it. */
    private <T> KorePage<Parsed<T>> page(WireResponse response, Class<T> type, String... idFields) {
        JsonNode data = transport.json().tree(response).path("data");
        List<Parsed<T>> items = transport.json().readParsedList(data.path("results"), type, response,
                "Kore.ai's data.results", idFields);
        return new KorePage<>(items, optInt(data, "page"), optInt(data, "limit"), optInt(data, "totalPages"),
                data.path("totalResults").isNumber() ? Optional.of(data.path("totalResults").asLong()) : Optional.empty(),
                data.path("hasMore").asBoolean(false));
    }

    private static <T> KorePage<T> values(KorePage<Parsed<T>> page) {
        return new KorePage<>(page.results().stream().map(Parsed::value).toList(), page.page(), page.limit(),
                page.totalPages(), page.totalResults(), page.hasMore());
    }

    private static Optional<Integer> optInt(JsonNode node, String field) {
        return node.path(field).isNumber() ? Optional.of(node.path(field).asInt()) : Optional.empty();
    }
}
