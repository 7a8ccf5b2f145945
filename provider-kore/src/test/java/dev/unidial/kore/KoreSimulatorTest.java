package dev.unidial.kore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignStatus;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

class KoreSimulatorTest {

    @Test
    void the_client_signs_its_jwt_and_runs_the_lifecycle_against_the_simulator() {
        try (KoreSimulator sim = VendorSimulator.kore().addContactList(KoreHarness.LIST, "+919876543210");
             KoreClient client = (KoreClient) CampaignClients.create("kore", sim.settings())) {
            CreatedCampaign created = client.create(KoreFixtures.sample().toBuilder()
                    .audience(Audience.contactLists(List.of(KoreHarness.LIST))).build());
            assertThat(created.status()).isEqualTo(CampaignStatus.PENDING);
            assertThat(client.api().getCampaign(created.id()).status()).contains("Ready");
            assertThat(client.api().startCampaign(created.id()).status()).contains("Active");
            assertThat(client.api().campaignContacts(created.id(), 1, 50).results()).hasSize(1);
            assertThat(client.api().stopCampaign(created.id()).status()).contains("Stopped");
            assertThat(client.api().listCampaigns(1, 10).results()).hasSize(1);
            client.api().deleteCampaign(created.id());
            assertThat(sim.campaigns()).isEmpty();

            CreatedCampaign withTargets = client.create(KoreFixtures.sample().toBuilder().name("Renewals")
                    .audience(Audience.targets(Target.of("+919876543210"), Target.of("+919876543211"))).build());
            assertThat(sim.contactLists().get("Renewals")).hasSize(2);
            assertThat(sim.campaigns().get(withTargets.id()).path("contactLists").get(0).asText()).isEqualTo("Renewals");
        }
    }
}
