package dev.unidial.voiceable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.Schedule;
import dev.unidial.testkit.VendorSimulator;
import dev.unidial.testkit.VoiceableSimulator;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VoiceableSimulatorTest {

    @Test
    void the_client_and_the_simulator_agree_end_to_end() {
        try (VoiceableSimulator sim = VendorSimulator.voiceable();
             VoiceableClient client = (VoiceableClient) CampaignClients.create("voiceable", sim.settings())) {
            CreatedCampaign now = client.create(VoiceableClientTest.campaign().build());
            CreatedCampaign later = client.create(VoiceableClientTest.campaign().schedule(Schedule.builder()
                    .startAt(OffsetDateTime.parse("2030-02-01T10:00:00+05:30")).build()).build());

            VoiceableSimulator.Received received = sim.campaigns().get(Long.parseLong(now.id()));
            assertThat(received.recipients()).containsExactly("+14155550100", "+919876543210");
            assertThat(received.fileName()).isEqualTo("recipients.csv");
            assertThat(sim.campaigns().get(Long.parseLong(later.id())).fields())
                    .containsEntry("schedule_date", "2030-02-01").containsEntry("schedule_time", "10:00:00");
            assertThat(client.list()).hasSize(2);
            assertThat(client.get(now.id()).recipientsCount()).contains(2L);
        }
    }
}
