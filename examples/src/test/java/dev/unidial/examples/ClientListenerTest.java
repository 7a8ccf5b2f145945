package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.ClientListener;
import dev.unidial.CreatedCampaign;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A client's listener hears each operation and, inside it, each HTTP attempt: sync, async and streamed. */
class ClientListenerTest {

    /** What a listener heard, in order: "start create", "exchange POST … #0", "end create …". */
    static final class Recording implements ClientListener {
        final List<String> heard = new CopyOnWriteArrayList<>();
        final List<OperationResult> ends = new CopyOnWriteArrayList<>();

        @Override
        public OperationTrace operationStarted(Operation operation) {
            heard.add("start " + operation.name());
            return new OperationTrace() {
                @Override
                public ExchangeTrace exchangeStarted(Exchange exchange) {
                    String path = exchange.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
                    return new ExchangeTrace() {
                        @Override
                        public void exchangeEnded(ExchangeResult result) {
                            heard.add(operation.name() + ": " + exchange.method() + " " + path + " #" + exchange.attempt()
                                    + " → " + (result.status().isPresent() ? result.status().getAsInt() : "none"));
                        }
                    };
                }

                @Override
                public void operationEnded(OperationResult result) {
                    heard.add("end " + operation.name() + (result.failure().isPresent() ? " failed" : ""));
                    ends.add(result);
                }
            };
        }
    }

    @Test
    void a_create_is_one_operation_whose_exchanges_are_its_requests_each_retry_its_own_attempt() {
        Recording listener = new Recording();
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings()).listener(listener)
                     .sleeper(d -> { }).build()) {
            callkaro.failNext(1, Fault.status(503));
            CreatedCampaign created = client.create(Campaign.builder().name("Renewals").agentId("agent_renewals")
                    .audience(Audience.targets(Target.of("+919876543210"), Target.of("+919876543211"))).build());

            assertThat(listener.heard).containsExactly("start create",
                    "create: POST /v2/call/campaign #0 → 503", "create: POST /v2/call/campaign #1 → 200",
                    "create: POST /call/outbound #0 → 200", "create: POST /call/outbound #0 → 200", "end create");
            assertThat(listener.ends.get(0).campaignId()).contains(created.id());
            assertThat(listener.ends.get(0).targets()).containsEntry(TargetOutcome.State.QUEUED, 2L);
        }
    }

    @Test
    void an_async_create_whose_steps_run_on_http_threads_keeps_every_step_inside_its_operation() throws Exception {
        Recording listener = new Recording();
        try (KoreSimulator kore = VendorSimulator.kore();
             CampaignClient client = CampaignClients.builder("kore").settings(kore.settings()).listener(listener).build()) {
            client.createAsync(Campaign.builder().name("Delivery follow-up").description("Asks whether the order arrived")
                    .callerId(CallerId.ofNumber("+15101234567"))
                    .audience(Audience.targets(Target.of("+14155550101"), Target.of("+14155550102")))
                    .schedule(Schedule.builder().timeZone(ZoneId.of("America/New_York"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))).build())
                    .option(KoreOptions.builder().experienceFlowName("Delivery Flow").build()).build()).get();

            assertThat(listener.heard).first().isEqualTo("start create");
            assertThat(listener.heard).last().isEqualTo("end create");
            assertThat(listener.heard).filteredOn(h -> h.startsWith("create: ")).extracting(h -> h.replaceAll(" #.*", ""))
                    .containsExactly("create: POST /agentassist/api/v1/public/" + KoreSimulator.APP_ID
                                    + "/campaign/contactList/createContactList",
                            "create: POST /api/1.1/public/" + KoreSimulator.APP_ID + "/campaign/contactList/addContacts",
                            "create: POST /agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign");
        }
    }

    @Test
    void a_list_is_one_operation_from_the_call_until_its_stream_is_closed() {
        Recording listener = new Recording();
        try (RavanSimulator ravan = VendorSimulator.ravan();
             CampaignClient client = CampaignClients.builder("ravan").settings(ravan.settings()).listener(listener).build()) {
            try (var all = client.list()) {
                assertThat(all.toList()).isEmpty();
            }
            assertThat(listener.heard).containsExactly("start list", "list: GET /api/v1/campaigns/ #0 → 200", "end list");
        }
    }

    @Test
    void a_listener_that_throws_is_ignored_and_the_operation_goes_on() {
        ClientListener broken = new ClientListener() {
            @Override
            public OperationTrace operationStarted(Operation operation) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings()).listener(broken).build()) {
            CreatedCampaign created = client.create(Campaign.builder().name("Renewals").agentId("agent_renewals")
                    .audience(Audience.targets(Target.of("+919876543210"))).build());
            assertThat(created.outcomeCounts()).containsEntry(TargetOutcome.State.QUEUED, 1L);
        }
    }

    @Test
    void a_failed_operation_ends_with_its_failure() {
        Recording listener = new Recording();
        try (RavanSimulator ravan = VendorSimulator.ravan();
             CampaignClient client = CampaignClients.builder("ravan").settings(ravan.settings()).listener(listener)
                     .maxRetries(0).build()) {
            try {
                client.get("no-such-campaign");
            } catch (RuntimeException expected) {
                // NotFoundException
            }
            assertThat(listener.heard).containsExactly("start get", "get: GET /api/v1/campaigns/no-such-campaign #0 → 404",
                    "end get failed");
            assertThat(listener.ends.get(0).campaignId()).contains("no-such-campaign");
            assertThat(Map.copyOf(listener.ends.get(0).targets())).isEmpty();
        }
    }

    @Test
    void all_passes_every_call_to_each_listener_in_turn() {
        Recording metrics = new Recording();
        Recording traces = new Recording();
        try (RavanSimulator ravan = VendorSimulator.ravan();
             CampaignClient client = CampaignClients.builder("ravan").settings(ravan.settings())
                     .listener(ClientListener.all(metrics, traces)).build()) {
            try (var all = client.list()) {
                assertThat(all.count()).isZero();
            }
        }
        assertThat(metrics.heard).containsExactly("start list", "list: GET /api/v1/campaigns/ #0 → 200", "end list");
        assertThat(traces.heard).isEqualTo(metrics.heard);
    }
}
