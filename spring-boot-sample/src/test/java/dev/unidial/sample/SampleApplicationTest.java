package dev.unidial.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.CallEvents;
import dev.unidial.CallOutcome;
import dev.unidial.CampaignClient;
import dev.unidial.Secret;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample as Spring Boot runs it, on a real port, with Ravan's simulator delivering real webhooks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {
    static final RavanSimulator RAVAN = VendorSimulator.ravan().addContact("contact-1", "+919876543211")
            .addContact("contact-2", "+919876543212");
    static final Secret TOKEN = CallEvents.newUrlToken();

    @DynamicPropertySource
    static void unidial(DynamicPropertyRegistry properties) {
        properties.add("unidial.ravan.api-key", () -> RAVAN.settings().get("RAVAN_API_KEY"));
        properties.add("unidial.ravan.base-url", () -> RAVAN.settings().get("RAVAN_BASE_URL"));
        properties.add("unidial.webhooks.enabled", () -> "true");
        properties.add("unidial.webhooks.url-token", TOKEN::reveal);
    }

    @AfterAll
    static void stop() {
        RAVAN.close();
    }

    @Autowired
    SampleApplication sample;

    @Autowired
    @Qualifier("ravanCampaignClient")
    CampaignClient ravan;

    @LocalServerPort
    int port;

    @Test
    void the_campaign_created_at_startup_reports_each_call_once_through_the_endpoint() {
        String id = sample.launch(ravan);
        RAVAN.webhookUrl(CallEvents.withUrlToken("http://127.0.0.1:" + port + "/unidial/webhooks/ravan", TOKEN));
        RAVAN.completeCalls(id, 1, 1);

        assertThat(sample.received).extracting(e -> e.outcome()).containsExactly(CallOutcome.COMPLETED, CallOutcome.NO_ANSWER);
        assertThat(RAVAN.webhookDeliveries()).containsOnly(200);

        RAVAN.webhookUrl(CallEvents.withUrlToken("http://127.0.0.1:" + port + "/unidial/webhooks/ravan", CallEvents.newUrlToken()));
        String other = sample.launch(ravan);
        RAVAN.completeCalls(other, 1, 0);
        assertThat(RAVAN.webhookDeliveries()).as("a wrong token is refused, and the vendor tries again").contains(401);
        assertThat(sample.received).hasSize(2);
    }
}
