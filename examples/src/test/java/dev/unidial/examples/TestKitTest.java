package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.Schedule;
import dev.unidial.Sleeper;
import dev.unidial.Target;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.TestClock;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The testkit drives a client made from settings: a test clock, a journal, settings checked for typos. */
class TestKitTest {
    private static final String LIST = "Recent buyers";

    private static Campaign koreCampaign() {
        return Campaign.builder().name("Delivery follow-up").description("Asks whether the order arrived")
                .callerId(CallerId.ofNumber("+15101234567")).audience(Audience.contactLists(List.of(LIST)))
                .schedule(Schedule.builder().timeZone(ZoneId.of("America/New_York"))
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))).build())
                .option(KoreOptions.builder().experienceFlowName("Delivery Flow").build()).build();
    }

    @Test
    void a_two_hour_await_runs_on_the_test_clock_and_sees_kore_complete() {
        TestClock time = TestClock.at(Instant.parse("2030-01-07T14:00:00Z"));
        Instant start = time.now();
        try (KoreSimulator kore = VendorSimulator.kore().addContactList(LIST, "+14155550101")) {
            String[] id = new String[1];
            Sleeper waits = d -> {
                time.sleeper().sleep(d);
                if (Duration.between(start, time.now()).compareTo(Duration.ofMinutes(90)) >= 0) {
                    kore.completeCampaign(id[0]);   // the vendor finishes the campaign an hour and a half in
                }
            };
            try (CampaignClient client = CampaignClients.builder("kore").settings(kore.settings())
                    .clock(time.clock()).sleeper(waits).build()) {
                id[0] = client.create(koreCampaign()).id();
                client.start(id[0]);

                CampaignSnapshot done = client.awaitStatus(id[0], Set.of(CampaignStatus.COMPLETED), Duration.ofHours(2));

                assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
                assertThat(Duration.between(start, time.now())).isBetween(Duration.ofMinutes(90), Duration.ofHours(2));
            }
        }
    }

    @Test
    void a_client_built_from_settings_takes_a_journal_and_creates_a_keyed_campaign_once() {
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings())
                     .journal(CampaignJournal.inMemory()).build()) {
            Campaign campaign = Campaign.builder().name("Renewals").agentId("agent_renewals")
                    .audience(Audience.targets(Target.of("+919876543210"))).idempotencyKey("renewals-1").build();

            String first = client.create(campaign).id();
            String again = client.create(campaign).id();

            assertThat(again).isEqualTo(first);
            assertThat(callkaro.batches()).hasSize(1);
        }
    }

    @Test
    void a_misspelt_setting_is_refused_naming_the_closest_one_and_other_vendors_settings_are_ignored() {
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro()) {
            Map<String, String> settings = new HashMap<>(callkaro.settings());
            settings.put("UNIDIAL_MAPING_POLICY", "LENIENT");
            assertThatThrownBy(() -> CampaignClients.create("callkaro", settings)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("UNIDIAL_MAPING_POLICY").hasMessageContaining("did you mean UNIDIAL_MAPPING_POLICY?");

            Map<String, String> own = new HashMap<>(callkaro.settings());
            own.put("CALLKARO_APIKEY", "x");
            assertThatThrownBy(() -> CampaignClients.create("callkaro", own)).hasMessageContaining("did you mean CALLKARO_API_KEY?");

            Map<String, String> others = new HashMap<>(callkaro.settings());
            others.put("KORE_APPID", "st-1");   // another vendor's, even misspelt: not this client's business
            others.put("PATH", "/usr/bin");
            try (CampaignClient client = CampaignClients.create("callkaro", others)) {
                assertThat(client.provider()).isEqualTo("callkaro");
            }
        }
    }
}
