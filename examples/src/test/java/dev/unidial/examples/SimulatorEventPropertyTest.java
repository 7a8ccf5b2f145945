package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.unidial.Audience;
import dev.unidial.CallEvent;
import dev.unidial.CallEvents;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.Target;
import dev.unidial.Webhook;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any event body the simulators send for random campaigns parses, with the number that was called. */
class SimulatorEventPropertyTest {
    private static final List<byte[]> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @BeforeContainer
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED.add(in.readAllBytes());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterContainer
    static void stop() {
        server.stop(0);
    }

    private static String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(8).map(d -> "+9198" + d),
                Arbitraries.integers().between(0, 9999).map(i -> "+1415555" + String.format("%04d", i)));
    }

    @Provide
    Arbitrary<Map<String, Object>> variables() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                        Arbitraries.integers().map(i -> (Object) i))).ofMaxSize(3);
    }

    @Property(tries = 20)
    void callkaro_events_parse(@ForAll @Size(min = 1, max = 4) @UniqueElements List<@From("numbers") String> phones,
            @ForAll("variables") Map<String, Object> variables, @ForAll @IntRange(max = 900) int seconds) {
        RECEIVED.clear();
        try (CallKaroSimulator sim = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.create("callkaro", sim.settings())) {
            sim.webhookUrl(url());
            List<Target> targets = new ArrayList<>();
            phones.forEach(p -> targets.add(Target.of(p, variables)));
            String batch = client.create(Campaign.builder().name("P").agentId("agent_sales_id")
                    .audience(Audience.targets(targets)).build()).id();
            sim.completeCalls(batch, "CLIENT_INITIATED", seconds);
        }
        List<CallEvent> events = RECEIVED.stream().map(b -> CallEvents.parse("callkaro", Map.of(), b)).toList();
        assertThat(events).extracting(CallEvent::to).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(events).allSatisfy(e -> assertThat(e.variables()).isEqualTo(variables));
    }

    @Property(tries = 20)
    void ravan_events_parse(@ForAll @IntRange(min = 1, max = 5) int contacts, @ForAll @IntRange(max = 5) int successful) {
        RECEIVED.clear();
        try (RavanSimulator sim = VendorSimulator.ravan();
             CampaignClient client = CampaignClients.create("ravan", sim.settings())) {
            sim.webhookUrl(url());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < contacts; i++) {
                ids.add("contact-" + i);
            }
            String id = client.create(Campaign.builder().name("P").agentId("agent-1")
                    .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                    .audience(Audience.contactIds(ids)).build()).id();
            int ok = Math.min(successful, contacts);
            sim.completeCalls(id, ok, contacts - ok);
        }
        List<CallEvent> events = RECEIVED.stream().map(b -> CallEvents.parse("ravan", Map.of(), b)).toList();
        assertThat(events).hasSize(contacts).extracting(CallEvent::eventId).doesNotHaveDuplicates();
    }

    @Property(tries = 20)
    void mrassistant_events_parse(@ForAll @Size(min = 1, max = 4) @UniqueElements List<@From("numbers") String> phones,
            @ForAll("variables") Map<String, Object> variables) {
        RECEIVED.clear();
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant();
             CampaignClient client = CampaignClients.create("mrassistant", sim.settings())) {
            List<Target> targets = new ArrayList<>();
            phones.forEach(p -> targets.add(Target.of(p, variables)));
            String id = client.create(Campaign.builder().name("P").agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
                    .audience(Audience.targets(targets)).webhook(Webhook.of("https://hooks.example.com/h", dev.unidial.Secret.of("whsec_prop_key_123"), true)).build()).id();
            sim.deliverWebhooksTo(url()).completeCalls(id, "completed", phones.size());
        }
        List<CallEvent> events = RECEIVED.stream().map(b -> CallEvents.parse("mrassistant", Map.of(), b)).toList();
        assertThat(events).extracting(CallEvent::to).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(events).allSatisfy(e -> assertThat(e.variables()).isEqualTo(variables));
    }
}
