package dev.unidial.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What the simulators' tests send them as a vendor's client would: raw HTTP, as each page documents it. */
final class SimulatorRequests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulatorRequests() {}

    /**
     * Creates a CallKaro batch with one call in it.
     *
     * @param extraCallFields more fields of the call's body, each with its leading comma, or ""
     * @return the batch's id
     */
    static String callKaroBatchWithOneCall(CallKaroSimulator callkaro, String extraCallFields)
            throws IOException, InterruptedException {
        String batch = JSON.readTree(post(callkaro.baseUrl() + "/v2/call/campaign", "X-API-KEY", CallKaroSimulator.API_KEY,
                "{\"name\":\"Renewals\"}")).path("batch_id").asText();
        post(callkaro.baseUrl() + "/call/outbound", "X-API-KEY", CallKaroSimulator.API_KEY,
                "{\"to_number\":\"+919876543210\",\"agent_id\":\"agent-1\",\"batch_id\":\"" + batch + "\"" + extraCallFields + "}");
        return batch;
    }

    /** {@return the id of a new Ravan campaign calling the one contact {@code ct-1}, which it adds} */
    static String ravanCampaignOfOneContact(RavanSimulator ravan) throws IOException, InterruptedException {
        ravan.addContact("ct-1", "+919876543210");
        return JSON.readTree(post(ravan.baseUrl() + "/api/v1/campaigns/", "X-Api-Key", RavanSimulator.API_KEY,
                "{\"name\":\"Q4\",\"agentId\":\"agent-1\",\"phoneNumberId\":\"line-1\",\"fromPhoneNumber\":\"+918035088113\","
                        + "\"contactIds\":[\"ct-1\"]}")).path("data").path("id").asText();
    }

    private static String post(String url, String keyHeader, String key, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header(keyHeader, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
