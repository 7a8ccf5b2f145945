package dev.unidial.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorExtensionTest {

    @RegisterExtension
    static SimulatorExtension<RavanSimulator> ravan = SimulatorExtension.of(VendorSimulator::ravan);

    @Test
    void the_simulator_is_running_for_the_tests_of_the_class() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ravan.get().baseUrl() + "/api/v1/agents/")).header("X-Api-Key", RavanSimulator.API_KEY).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(ravan.get().requestCount()).isEqualTo(1);
    }
}
