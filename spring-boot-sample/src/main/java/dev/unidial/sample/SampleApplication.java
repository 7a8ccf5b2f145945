package dev.unidial.sample;

import dev.unidial.Audience;
import dev.unidial.CallEvent;
import dev.unidial.CallEvents;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.Secret;
import dev.unidial.spring.CallEventReceived;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A Spring Boot service with Unidial: at startup it creates a campaign on Ravan (the simulator
 * here, so no key and no network), registers its webhook URL with the token in it, and prints
 * each call event the starter's endpoint receives. Run it with
 * {@code mvn -q -pl spring-boot-sample -am compile exec:java}.
 */
@SpringBootApplication
public class SampleApplication {
    /** The events received, in order, for the sample's test. */
    final List<CallEvent> received = new CopyOnWriteArrayList<>();

    /**
     * Starts a Ravan simulator, then the application configured for it, plays two calls, and stops.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (RavanSimulator ravan = VendorSimulator.ravan().addContact("contact-1", "+919876543211")
                .addContact("contact-2", "+919876543212")) {
            Secret token = CallEvents.newUrlToken();
            try (ConfigurableApplicationContext app = SpringApplication.run(SampleApplication.class,
                    "--server.port=0", "--unidial.ravan.api-key=" + ravan.settings().get("RAVAN_API_KEY"),
                    "--unidial.ravan.base-url=" + ravan.settings().get("RAVAN_BASE_URL"),
                    "--unidial.webhooks.enabled=true", "--unidial.webhooks.url-token=" + token.reveal())) {
                SampleApplication sample = app.getBean(SampleApplication.class);
                String campaignId = sample.launch(app.getBean("ravanCampaignClient", CampaignClient.class));
                // As Ravan's agent settings would hold it: the endpoint's URL, with the token.
                ravan.webhookUrl(CallEvents.withUrlToken(app.getBean(Port.class).url() + "/unidial/webhooks/ravan", token));
                ravan.completeCalls(campaignId, 1, 1);
                System.out.println("Received " + sample.received.size() + " call events; webhook answers " + ravan.webhookDeliveries());
            }
        }
    }

    /**
     * Creates and starts the campaign.
     *
     * @param ravan the starter's Ravan client
     * @return the campaign's id
     */
    String launch(CampaignClient ravan) {
        String id = ravan.create(Campaign.builder().name("Q4 Outreach").agentId("agent-1")
                .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                .audience(Audience.contactIds(List.of("contact-1", "contact-2"))).build()).id();
        ravan.start(id);
        System.out.println("Created and started Ravan campaign " + id);
        return id;
    }

    /**
     * Prints each call event, once: the starter answers 200 only after this returns.
     *
     * @param event the event
     */
    @EventListener
    void onCall(CallEventReceived event) {
        CallEvent call = event.event();
        received.add(call);
        System.out.println("Call to " + call.to() + ": " + call.outcome() + " " + call.duration().map(d -> d.toSeconds() + " s")
                .orElse(""));
    }

    /** The port the server listens on. */
    @Component
    static final class Port {
        private volatile int port;

        @EventListener
        void on(WebServerInitializedEvent event) {
            port = event.getWebServer().getPort();
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }
}
