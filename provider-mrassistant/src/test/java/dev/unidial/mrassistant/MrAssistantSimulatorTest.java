package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MrAssistantSimulatorTest {

    static Campaign campaign() {
        return Campaign.builder().name("Feedback").agentId(MrAssistantContractTest.AGENT)
                .audience(Audience.targets(Target.of("+919876543210", Map.of("name", "Asha")))).build();
    }

    @Test
    void the_client_and_the_simulator_agree_with_a_token_and_with_a_login() {
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant()) {
            try (CampaignClient client = CampaignClients.create("mrassistant", sim.settings())) {
                CreatedCampaign created = client.create(campaign());
                assertThat(sim.campaigns().get(created.id()).path("targets").get(0).path("context").path("name").asText())
                        .isEqualTo("Asha");
            }
            try (CampaignClient client = CampaignClients.create("mrassistant", sim.loginSettings())) {
                client.create(campaign());
                sim.revokeAccessTokens();
                client.create(campaign());
            }
            assertThat(sim.logins()).isEqualTo(1);
            assertThat(sim.requestCount("POST", "/auth/refresh")).isEqualTo(1);
            assertThat(sim.campaigns()).hasSize(3);
        }
    }
}
