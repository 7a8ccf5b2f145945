package dev.unidial.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CallKaroSimulatorWebhookTest {

    @Test
    void each_try_is_reported_with_its_try_count_and_time_in_the_simulated_accounts_zone_without_a_zone() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            received.add(new ObjectMapper().readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro().accountZone(kolkata)) {
            callkaro.webhookUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
            String batch = SimulatorRequests.callKaroBatchWithOneCall(callkaro, ",\"number_of_retries\":1");

            callkaro.completeCalls(batch, "NO_ANSWER", 0).retryCalls(batch, "CLIENT_INITIATED", 30).retryCalls(batch, "X", 1);
        } finally {
            server.stop(0);
        }

        assertThat(received).as("the first try, then the one retry the call asked for, and no more")
                .extracting(e -> e.path("data").path("try_count").asInt()).containsExactly(1, 2);
        String time = received.get(0).path("data").path("time").asText();
        assertThat(time).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        LocalDateTime written = LocalDateTime.parse(time.replace(' ', 'T'));
        assertThat(Duration.between(written, LocalDateTime.now(kolkata)).abs()).isLessThan(Duration.ofMinutes(5));
    }
}
