package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.Target;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallKaroSimulatorTest {

    @Test
    void the_client_and_the_simulator_agree_end_to_end_including_a_resume() {
        try (CallKaroSimulator sim = VendorSimulator.callkaro();
             CallKaroClient client = (CallKaroClient) CampaignClients.create("callkaro", sim.settings())) {
            sim.refuseNumber("+919876543211", "DND_NUMBER");
            Campaign campaign = Campaign.builder().name("Renewals").agentId("agent_sales_id")
                    .variables(Map.of("brand", "Acme"))
                    .audience(Audience.targets(Target.of("+919876543210", Map.of("name", "Asha")), Target.of("+919876543211"),
                            Target.of("+919876543212")))
                    .option(CallKaroOptions.builder().language("en").build()).build();

            PartialFailureException e = (PartialFailureException) catchThrowable(() -> client.create(campaign));
            String batch = e.campaign().id();
            assertThat(sim.batchName(batch)).isEqualTo("Renewals");
            assertThat(sim.calls(batch)).hasSize(2);
            assertThat(sim.calls(batch).get(0).path("metadata").path("brand").asText()).isEqualTo("Acme");
            assertThat(e.campaign().failedTargets()).singleElement()
                    .satisfies(o -> assertThat(o.error().orElseThrow()).hasMessageContaining("DND_NUMBER"));

            sim.acceptNumber("+919876543211");
            CreatedCampaign resumed = client.api().resendFailed(e.campaign(), campaign);

            assertThat(resumed.failedTargets()).isEmpty();
            assertThat(sim.calls(batch)).hasSize(3);
            assertThat(sim.requestCount("POST", "/call/outbound")).isEqualTo(4);
        }
    }
}
