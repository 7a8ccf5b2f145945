package dev.unidial.voiceable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignStatus;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Schedule;
import dev.unidial.testkit.VendorSimulator;
import dev.unidial.testkit.VoiceableSimulator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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
            assertThat(client.api().listCampaigns()).hasSize(2);
            assertThat(client.api().getCampaign(now.id()).recipientsCount()).contains(2L);
        }
    }

    private static final OffsetDateTime TEN_IN_INDIA = OffsetDateTime.parse("2030-02-01T10:00:00+05:30");

    @Test
    void without_an_account_zone_a_start_read_in_another_zone_shows_in_scheduled_at_instead_of_hiding() {
        try (VoiceableSimulator sim = VendorSimulator.voiceable();
             CampaignClient client = CampaignClients.create("voiceable", sim.settings())) {
            CreatedCampaign created = client.create(VoiceableClientTest.campaign()
                    .schedule(Schedule.builder().startAt(TEN_IN_INDIA).build()).build());
            // Sent as 10:00 with no zone; the account (UTC here) reads 10:00 UTC, 5.5 hours later.
            assertThat(created.scheduledAt()).map(OffsetDateTime::toInstant)
                    .contains(Instant.parse("2030-02-01T10:00:00Z"));
            assertThat(created.scheduledAt().orElseThrow().toInstant()).isNotEqualTo(TEN_IN_INDIA.toInstant());
        }
    }

    @Test
    void with_the_account_zone_the_start_comes_back_as_asked() {
        try (VoiceableSimulator sim = VendorSimulator.voiceable().accountZone(ZoneId.of("Asia/Kolkata"));
             CampaignClient client = CampaignClients.create("voiceable", with(sim, "America/New_York"))) {
            CreatedCampaign created = client.create(VoiceableClientTest.campaign()
                    .schedule(Schedule.builder().startAt(TEN_IN_INDIA).timeZone(ZoneId.of("Asia/Kolkata")).build()).build());
            // The client's zone is wrong for this account: the mismatch shows.
            assertThat(created.scheduledAt().orElseThrow().toInstant()).isNotEqualTo(TEN_IN_INDIA.toInstant());
        }
        try (VoiceableSimulator sim = VendorSimulator.voiceable().accountZone(ZoneId.of("Asia/Kolkata"));
             CampaignClient client = CampaignClients.create("voiceable", with(sim, "Asia/Kolkata"))) {
            CreatedCampaign created = client.create(VoiceableClientTest.campaign()
                    .schedule(Schedule.builder().startAt(TEN_IN_INDIA).timeZone(ZoneId.of("Asia/Kolkata")).build()).build());
            assertThat(created.scheduledAt().orElseThrow().toInstant()).isEqualTo(TEN_IN_INDIA.toInstant());
            assertThat(created.status()).isEqualTo(CampaignStatus.PENDING);
            assertThat(created.rawStatus()).isEqualTo("pending");
        }
    }

    @Test
    void a_schedule_that_names_a_zone_needs_the_account_zone_under_strict_and_is_warned_about_under_lenient() {
        Campaign zoned = VoiceableClientTest.campaign()
                .schedule(Schedule.builder().startAt(TEN_IN_INDIA).timeZone(ZoneId.of("Asia/Kolkata")).build()).build();
        try (VoiceableSimulator sim = VendorSimulator.voiceable();
             CampaignClient strict = CampaignClients.create("voiceable", sim.settings())) {
            assertThatThrownBy(() -> strict.create(zoned)).isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessageContaining("time zone").hasMessageContaining("VOICEABLE_ACCOUNT_ZONE");
            assertThat(sim.requestCount()).isZero();
            Map<String, String> lenient = new HashMap<>(sim.settings());
            lenient.put("UNIDIAL_MAPPING_POLICY", "LENIENT");
            try (CampaignClient client = CampaignClients.create("voiceable", lenient)) {
                assertThat(client.create(zoned).warnings()).singleElement().asString()
                        .startsWith("Time zone was not sent: voiceable cannot express it.")
                        .contains("VOICEABLE_ACCOUNT_ZONE");
            }
        }
    }

    private static Map<String, String> with(VoiceableSimulator sim, String accountZone) {
        Map<String, String> settings = new HashMap<>(sim.settings());
        settings.put(VoiceableDescriptor.ENV_ACCOUNT_ZONE, accountZone);
        return settings;
    }
}
