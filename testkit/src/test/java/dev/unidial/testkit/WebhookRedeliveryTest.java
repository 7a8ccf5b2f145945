package dev.unidial.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookRedeliveryTest {
    private HttpServer receiver;
    private final AtomicInteger slowAnswers = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/failing", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        receiver.createContext("/slow", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (slowAnswers.getAndIncrement() == 0) {
                try {
                    Thread.sleep(6_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void ravan_redelivers_after_its_documented_30_seconds_then_2_minutes_on_the_test_clock_then_gives_up() throws Exception {
        TestClock time = TestClock.at(Instant.parse("2030-01-06T09:00:00Z"));
        try (RavanSimulator ravan = VendorSimulator.ravan()) {
            ravan.webhookClock(time);
            ravan.webhookUrl(url("/failing"));
            ravan.completeCalls(SimulatorRequests.ravanCampaignOfOneContact(ravan), 1, 0);
            assertThat(ravan.webhookDeliveries()).as("the first try, at once").containsExactly(500);

            time.advance(Duration.ofSeconds(29));
            assertThat(ravan.webhookDeliveries()).hasSize(1);
            time.advance(Duration.ofSeconds(1));
            assertThat(ravan.webhookDeliveries()).as("again 30 s later").hasSize(2);
            time.advance(Duration.ofSeconds(119));
            assertThat(ravan.webhookDeliveries()).hasSize(2);
            time.advance(Duration.ofSeconds(1));
            assertThat(ravan.webhookDeliveries()).as("again 2 min after that").hasSize(3);
            time.advance(Duration.ofDays(1));
            assertThat(ravan.webhookDeliveries()).as("no delay after those is documented: it gives up").hasSize(3);
        }
    }

    @Test
    void a_clock_moved_past_several_delays_at_once_makes_every_redelivery_due_in_order() throws Exception {
        TestClock time = TestClock.at(Instant.parse("2030-01-06T09:00:00Z"));
        try (RavanSimulator ravan = VendorSimulator.ravan()) {
            ravan.webhookClock(time);
            ravan.webhookUrl(url("/failing"));
            ravan.completeCalls(SimulatorRequests.ravanCampaignOfOneContact(ravan), 1, 0);
            time.advance(Duration.ofMinutes(10));
            assertThat(ravan.webhookDeliveries()).containsExactly(500, 500, 500);
        }
    }

    @Test
    void without_a_clock_every_redelivery_is_made_at_once() throws Exception {
        try (RavanSimulator ravan = VendorSimulator.ravan()) {
            ravan.webhookUrl(url("/failing"));
            ravan.completeCalls(SimulatorRequests.ravanCampaignOfOneContact(ravan), 1, 0);
            assertThat(ravan.webhookDeliveries()).containsExactly(500, 500, 500);
        }
    }

    @Test
    void callkaro_counts_an_answer_later_than_its_documented_5_seconds_as_failed_and_delivers_again() throws Exception {
        TestClock time = TestClock.at(Instant.parse("2030-01-06T09:00:00Z"));
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro()) {
            callkaro.webhookClock(time);
            callkaro.webhookUrl(url("/slow"));
            String batch = SimulatorRequests.callKaroBatchWithOneCall(callkaro, "");

            callkaro.completeCalls(batch, "CLIENT_INITIATED", 30);
            assertThat(callkaro.webhookDeliveries()).as("no answer within 5 s").containsExactly(0);
            time.advance(Duration.ofMinutes(1));
            assertThat(callkaro.webhookDeliveries()).as("delivered again after the assumed minute").containsExactly(0, 200);
        }
    }
}
