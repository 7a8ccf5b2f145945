package dev.unidial.ravan;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.unidial.CallEvents;
import dev.unidial.CallOutcome;
import dev.unidial.CallingWindow;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignStatus;
import dev.unidial.CreatedCampaign;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RavanSimulatorTest {

    @Test
    void the_client_and_the_simulator_agree_end_to_end() {
        try (RavanSimulator sim = VendorSimulator.ravan().addContact("contact-1", "+919876543211");
             CampaignClient client = CampaignClients.create("ravan", sim.settings())) {
            CreatedCampaign created = client.create(RavanFixtures.campaign().toBuilder()
                    .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())
                    .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30))).maxConcurrentCalls(2).build());

            assertThat(sim.campaigns()).containsKey(created.id());
            assertThat(sim.campaigns().get(created.id()).path("schedule").path("windowDays").toString()).isEqualTo("[1,2,3,4,5]");
            RavanClient ravan = (RavanClient) client;
            assertThat(ravan.api().updateCampaign(created.id(), RavanUpdateCampaignRequest.builder().status("active").build())
                    .status()).contains("active");
            assertThat(ravan.api().getCampaign(created.id()).status()).contains("active");
            assertThat(ravan.api().listContacts(50, 0).data()).extracting(RavanContact::id).containsExactly("contact-1");
        }
    }

    @Test
    void the_simulator_answers_an_update_without_the_pages_trailing_slash_with_a_redirect() throws Exception {
        try (RavanSimulator sim = VendorSimulator.ravan().addContact("contact-1", "+919876543211");
             CampaignClient client = CampaignClients.create("ravan", sim.settings())) {
            String id = client.create(RavanFixtures.campaign()).id();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v1/campaigns/" + id))
                            .header("X-Api-Key", RavanSimulator.API_KEY).header("Content-Type", "application/json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"active\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(307);
            assertThat(client.start(id).status()).as("the SDK sends the documented form").isEqualTo(CampaignStatus.RUNNING);
        }
    }

    @Test
    void calls_are_posted_to_the_webhook_urls_set_on_the_campaigns_agent_through_the_api() throws Exception {
        List<byte[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try (RavanSimulator sim = VendorSimulator.ravan().addContact("c-101", "+919876543211").addContact("c-102", "+919876543212")
                .addAgent(RavanFixtures.AGENT, "Sales").addAgent("agent-other", "Support");
             RavanClient client = (RavanClient) CampaignClients.create("ravan", sim.settings())) {
            client.api().setAgentWebhooks("agent-other", List.of("http://127.0.0.1:" + receiver.getAddress().getPort() + "/other"));
            String id = client.create(RavanFixtures.campaign()).id();
            sim.completeCalls(id, 1, 0);
            assertThat(received).as("no URL on this campaign's agent yet").isEmpty();

            client.api().setAgentWebhooks(RavanFixtures.AGENT, List.of("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks"));
            sim.completeCalls(id, 0, 1);

            assertThat(received).hasSize(1);
            assertThat(CallEvents.parse("ravan", Map.of(), received.get(0)).outcome()).isEqualTo(CallOutcome.NO_ANSWER);
            assertThat(client.api().listAgents(50, 0).data()).extracting(RavanAgent::id)
                    .containsExactly(RavanFixtures.AGENT, "agent-other");
        } finally {
            receiver.stop(0);
        }
    }
}
