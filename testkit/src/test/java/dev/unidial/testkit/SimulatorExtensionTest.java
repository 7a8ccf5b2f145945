package dev.unidial.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatorExtensionTest {

    @RegisterExtension
    static SimulatorExtension<RavanSimulator> ravan = SimulatorExtension.of(VendorSimulator::ravan);
    private static Map<String, String> settingsSeen;

    @Test
    @Order(0)
    void the_simulator_is_running_for_the_tests_of_the_class() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ravan.get().baseUrl() + "/api/v1/agents/")).header("X-Api-Key", RavanSimulator.API_KEY).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(ravan.get().requestCount()).isEqualTo(1);
    }

    @Test
    @Order(1)
    void a_test_leaves_requests_a_campaign_a_fault_and_a_webhook_url_behind() {
        ravan.get().addContact("contact-1", "+919876543211").webhookUrl("http://127.0.0.1:9/hooks")
                .failNext(5, Fault.status(503));
        settingsSeen = ravan.get().settings();
        assertThat(ravan.get().settings()).isNotEmpty();
    }

    @Test
    @Order(2)
    void the_next_test_gets_an_empty_simulator_at_the_same_address() throws Exception {
        assertThat(ravan.get().settings()).isEqualTo(settingsSeen);
        assertThat(ravan.get().requestCount()).isZero();
        HttpResponse<String> contacts = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ravan.get().baseUrl() + "/api/v1/contacts/")).header("X-Api-Key", RavanSimulator.API_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(contacts.statusCode()).as("no fault left over").isEqualTo(200);
        assertThat(contacts.body()).as("no contact left over").doesNotContain("contact-1");
    }
}
