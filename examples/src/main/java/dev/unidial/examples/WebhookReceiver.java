package dev.unidial.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.unidial.Audience;
import dev.unidial.CallEvent;
import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallEvents;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.WebhookException;
import dev.unidial.Webhook;
import dev.unidial.mrassistant.MrAssistantWebhookVerifier;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives call events on the JDK's built-in HTTP server: the simulators of CallKaro, Ravan
 * and MrAssistant play calls and POST their real webhook bodies to it. Each request is
 * verified (a URL token for the vendors that sign nothing, MrAssistant's signature as
 * assumed), handled once each (the handler of the first Ravan event fails, the answer is a
 * 503, and Ravan delivers it again, which runs the handler again) and printed.
 */
public final class WebhookReceiver {
    private WebhookReceiver() {}

    /** Runs the example. */
    public static void main(String[] args) throws Exception {
        Secret token = CallEvents.newUrlToken();
        Secret signing = Secret.of("whsec_example_signing_key");
        CallEvents.Reader reader = CallEvents.reader().urlToken(token)
                .verifier("mrassistant", MrAssistantWebhookVerifier.hmacSha256(signing, MrAssistantSimulator.SIGNATURE_HEADER))
                .build();
        CallEventDeduplicator seen = CallEventDeduplicator.inMemory();
        AtomicBoolean failOnce = new AtomicBoolean(true);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/", exchange -> {
            String provider = exchange.getRequestURI().getPath().substring("/hooks/".length());
            try {
                CallEvent event = reader.read(provider, exchange.getRequestURI(), headers(exchange), body(exchange));
                boolean handled = seen.handleOnce(event, e -> {
                    // The first Ravan event's handler fails, as with a database that is busy: the
                    // event is not marked handled, the answer is 503, and Ravan delivers it again.
                    if (provider.equals("ravan") && failOnce.getAndSet(false)) {
                        throw new IllegalStateException("the database was busy");
                    }
                    System.out.printf("%-11s %s %-9s (%s) %s%s%n", provider, e.to(), e.outcome(), e.rawOutcome(),
                            e.duration().map(d -> d.toSeconds() + " s").orElse("-"),
                            e.campaignId().map(c -> ", campaign " + c).orElse(""));
                });
                if (!handled) {
                    System.out.println(provider + "       redelivery of " + event.eventId() + " ignored");
                }
                answer(exchange, 200);
            } catch (WebhookException e) {
                System.out.println(provider + "     refused: " + e.getMessage());
                answer(exchange, 400);
            } catch (RuntimeException e) {
                // The handler failed, or the event is being handled elsewhere: the vendor delivers it again.
                System.out.println(provider + "     not handled now (" + e.getMessage() + "): answered 503");
                answer(exchange, 503);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/";
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             RavanSimulator ravan = VendorSimulator.ravan().addContact("contact-1", "+919876543211")
                     .addContact("contact-2", "+919876543212");
             MrAssistantSimulator mrassistant = VendorSimulator.mrassistant()) {
            // Where each vendor's dashboard or agent settings would hold the URL, with the token in it.
            callkaro.webhookUrl(CallEvents.withUrlToken(base + "callkaro", token));
            ravan.webhookUrl(CallEvents.withUrlToken(base + "ravan", token));

            try (CampaignClient client = CampaignClients.create("callkaro", callkaro.settings())) {
                String batch = client.create(Campaign.builder().name("Renewals").agentId("agent_sales_id")
                        .audience(Audience.targets(Target.of("+919876543210", Map.of("name", "Asha")),
                                Target.of("+919876543211"))).build()).id();
                callkaro.completeCalls(batch, "CLIENT_INITIATED", 65);
            }
            try (CampaignClient client = CampaignClients.create("ravan", ravan.settings())) {
                String id = client.create(Campaign.builder().name("Q4 Outreach").agentId("agent-1")
                        .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                        .audience(Audience.contactIds(List.of("contact-1", "contact-2"))).build()).id();
                client.start(id);
                ravan.completeCalls(id, 1, 1);
            }
            try (CampaignClient client = CampaignClients.create("mrassistant", mrassistant.settings())) {
                String id = client.create(Campaign.builder().name("Feedback").agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
                        .audience(Audience.targets(Target.of("+14155550100")))
                        .webhook(Webhook.of(CallEvents.withUrlToken("https://hooks.example.com/mrassistant", token), signing,
                                true)).build()).id();
                // As if hooks.example.com were this server.
                mrassistant.deliverWebhooksTo(CallEvents.withUrlToken(base + "mrassistant", token));
                mrassistant.completeCalls(id, "completed", 1);
            }
            System.out.println("Deliveries answered: callkaro " + callkaro.webhookDeliveries() + ", ravan "
                    + ravan.webhookDeliveries() + ", mrassistant " + mrassistant.webhookDeliveries());
        } finally {
            server.stop(0);
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        return headers;
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(1 << 20);
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
