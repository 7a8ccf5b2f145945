package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MrAssistantSimulatorTest {

    static Campaign campaign() {
        return Campaign.builder().name("Feedback").agentId(MrAssistantHarness.AGENT)
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

    @Test
    void each_target_may_name_its_own_caller_number_as_from_number() {
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant();
             CampaignClient client = CampaignClients.create("mrassistant", sim.settings())) {
            CreatedCampaign created = client.create(campaign().toBuilder()
                    .callerId(CallerId.ofNumber("+14155550100"))
                    .audience(Audience.targets(List.of(Target.of("+919876543210"),
                            Target.builder("+919876543211").callerId(CallerId.ofNumber("+918000000001")).build())))
                    .build());
            var targets = sim.campaigns().get(created.id()).path("targets");
            assertThat(targets.get(0).path("from_number").asText()).isEqualTo("+14155550100");
            assertThat(targets.get(1).path("from_number").asText()).isEqualTo("+918000000001");
        }
    }

    @Test
    void a_targets_own_line_without_a_number_is_refused_before_sending() {
        try (MrAssistantSimulator sim = VendorSimulator.mrassistant();
             CampaignClient client = CampaignClients.create("mrassistant", sim.settings())) {
            Assertions.assertThatThrownBy(() -> client.create(campaign().toBuilder()
                    .audience(Audience.targets(List.of(
                            Target.builder("+919876543211").callerId(CallerId.ofPhoneNumberId("line-7")).build())))
                    .build())).isInstanceOf(CampaignValidationException.class)
                    .hasMessageContaining("audience.targets[0].callerId.number");
            assertThat(sim.requestCount("POST", "/campaigns")).isZero();
        }
    }
}
