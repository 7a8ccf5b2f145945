package dev.unidial.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallEvents;
import dev.unidial.micrometer.UnidialMetrics;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The webhook endpoint answers as the vendors need: 2xx only once the event was handled. */
class UnidialWebhookTest {
    private static final String TOKEN = CallEvents.newUrlToken().reveal();
    private static final String EVENT = """
        {"event": "call.completed", "org_id": "org-7", "data": {"campaign_id": "019e-c1", "contact_id": "ct-1",
         "phone": "+14155550101", "status": "no_answer", "duration_sec": 0, "call_session_id": "cs-55",
         "callee_number": "+14155550100", "ended_at": "2026-03-01T10:00:05Z", "transcripts": []}}
        """;

    private final RavanSimulator ravan = VendorSimulator.ravan();

    @AfterEach
    void stop() {
        ravan.close();
    }

    /** The application's listener: it records each event, and can be told to fail the next ones. */
    static final class Handler {
        final List<String> handled = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();

        @EventListener
        void on(CallEventReceived received) {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("the database was busy");
            }
            handled.add(received.event().eventId());
        }
    }

    private WebApplicationContextRunner runner() {
        Map<String, String> s = ravan.settings();
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(UnidialAutoConfiguration.class, UnidialWebhookAutoConfiguration.class,
                        WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class))
                .withPropertyValues("unidial.ravan.api-key=" + s.get("RAVAN_API_KEY"), "unidial.ravan.base-url=" + s.get("RAVAN_BASE_URL"),
                        "unidial.webhooks.enabled=true", "unidial.webhooks.url-token=" + TOKEN)
                .withBean(Handler.class, Handler::new);
    }

    private static int deliver(MockMvc mvc, String provider, String token, String body) throws Exception {
        return mvc.perform(post("/unidial/webhooks/" + provider).queryParam(CallEvents.TOKEN_PARAMETER, token)
                .contentType("application/json").content(body)).andReturn().getResponse().getStatus();
    }

    @Test
    void each_answer_is_the_one_that_makes_the_vendor_do_the_right_thing() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            Handler handler = context.getBean(Handler.class);

            handler.failures.set(1);
            assertThat(deliver(mvc, "ravan", TOKEN, EVENT)).as("a listener that throws").isEqualTo(500);
            assertThat(deliver(mvc, "ravan", TOKEN, EVENT)).as("the redelivery, handled again").isEqualTo(200);
            assertThat(deliver(mvc, "ravan", TOKEN, EVENT)).as("a duplicate of an event handled").isEqualTo(200);
            assertThat(handler.handled).containsExactly("cs-55");

            assertThat(deliver(mvc, "ravan", "wrong-token", EVENT)).as("a wrong token").isEqualTo(401);
            assertThat(mvc.perform(post("/unidial/webhooks/ravan").content(EVENT)).andReturn().getResponse()
                    .getContentAsString()).as("a 401 says nothing").isEmpty();
            assertThat(deliver(mvc, "ravan", TOKEN, "{\"event\": \"agent.updated\"}")).as("no call event").isEqualTo(400);
            assertThat(deliver(mvc, "callkaro", TOKEN, EVENT)).as("a provider not configured").isEqualTo(404);
        });
    }

    @Test
    void a_delivery_while_the_same_event_is_handled_elsewhere_gets_503_so_the_vendor_retries() {
        CallEventDeduplicator busy = CallEventDeduplicator.over(new CallEventDeduplicator.Store() {
            @Override
            public boolean claim(String key, Duration lease) {
                return false;
            }

            @Override
            public void complete(String key) {
            }

            @Override
            public void release(String key) {
            }

            @Override
            public boolean handled(String key) {
                return false;
            }
        });
        runner().withBean(CallEventDeduplicator.class, () -> busy).run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            assertThat(deliver(mvc, "ravan", TOKEN, EVENT)).isEqualTo(503);
            assertThat(context.getBean(Handler.class).handled).isEmpty();
        });
    }

    @Test
    void the_endpoint_needs_a_url_token() {
        runner().withPropertyValues("unidial.webhooks.url-token=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(UnidialAutoConfigurationTest.root(context.getStartupFailure()))
                    .hasMessageContaining("unidial.webhooks.url-token");
        });
    }

    @Test
    void with_metrics_each_delivery_is_counted_by_result() {
        runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            deliver(mvc, "ravan", TOKEN, EVENT);
            deliver(mvc, "ravan", TOKEN, EVENT);
            deliver(mvc, "ravan", "wrong-token", EVENT);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            for (Map.Entry<String, Double> e : Map.of("handled", 1.0, "duplicate", 1.0, "refused", 1.0).entrySet()) {
                assertThat(registry.get(UnidialMetrics.WEBHOOK_EVENTS).tags("provider", "ravan", "result", e.getKey())
                        .counter().count()).as(e.getKey()).isEqualTo(e.getValue());
            }
        });
    }
}
