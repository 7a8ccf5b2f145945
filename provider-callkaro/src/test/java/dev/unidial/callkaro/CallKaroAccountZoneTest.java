package dev.unidial.callkaro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CallKaro's times carry no zone: what the client sends with and without the account's zone. */
class CallKaroAccountZoneTest {
    private final CallKaroSimulator sim = VendorSimulator.callkaro();

    @AfterEach
    void stop() {
        sim.close();
    }

    private CallKaroClient client(ZoneId accountZone, MappingPolicy policy) {
        CallKaroClient.Builder b = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl())
                .mappingPolicy(policy);
        return (accountZone == null ? b : b.accountZone(accountZone)).build();
    }

    private static Campaign campaign(Schedule schedule) {
        return Campaign.builder().name("Renewals").agentId("agent_sales_id")
                .audience(Audience.targets(Target.of("+919876543210"))).schedule(schedule).build();
    }

    private JsonNode onlyCall(CreatedCampaign created) {
        return sim.calls(created.id()).get(0);
    }

    @Test
    void without_an_account_zone_the_time_zone_is_not_claimed_and_a_zoned_schedule_is_refused_naming_the_setting() {
        try (CallKaroClient client = client(null, MappingPolicy.STRICT)) {
            assertThat(client.capabilities().supports(Feature.TIME_ZONE)).isFalse();
            assertThatThrownBy(() -> client.create(campaign(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                    .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())))
                    .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("time zone")
                    .hasMessageContaining("CALLKARO_ACCOUNT_ZONE");
        }
        assertThat(sim.requestCount()).isZero();
    }

    @Test
    void without_an_account_zone_the_start_is_sent_as_written_in_its_own_offset() {
        try (CallKaroClient client = client(null, MappingPolicy.STRICT)) {
            CreatedCampaign created = client.create(campaign(Schedule.builder()
                    .startAt(OffsetDateTime.parse("2030-01-06T09:00:00+04:00")).build()));
            assertThat(onlyCall(created).path("schedule_at").asText()).isEqualTo("2030-01-06T09:00:00");
        }
    }

    @Test
    void with_an_account_zone_the_start_and_the_window_are_converted_into_it() {
        try (CallKaroClient client = client(ZoneId.of("Asia/Kolkata"), MappingPolicy.STRICT)) {
            assertThat(client.capabilities().supports(Feature.TIME_ZONE)).isTrue();
            CreatedCampaign created = client.create(campaign(Schedule.builder()
                    .startAt(OffsetDateTime.parse("2030-01-06T09:00:00+04:00")).timeZone(ZoneId.of("Asia/Dubai"))
                    .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0))).build()));
            JsonNode call = onlyCall(created);
            assertThat(call.path("schedule_at").asText()).isEqualTo("2030-01-06T10:30:00");
            assertThat(call.path("min_trigger_time").asText()).isEqualTo("10:30");
            assertThat(call.path("max_trigger_time").asText()).isEqualTo("18:30");
            assertThat(created.warnings()).isEmpty();
        }
    }

    @Test
    void a_window_that_crosses_midnight_once_converted_is_refused_under_strict_and_left_out_under_lenient() {
        Campaign newYork = campaign(Schedule.builder().startAt(OffsetDateTime.parse("2030-01-07T09:00:00-05:00"))
                .timeZone(ZoneId.of("America/New_York"))
                .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0))).build());
        try (CallKaroClient client = client(ZoneId.of("Asia/Kolkata"), MappingPolicy.STRICT)) {
            assertThatThrownBy(() -> client.create(newYork)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("schedule.windows[0]");
                        assertThat(v.message()).contains("19:30–02:30").contains("crosses midnight");
                    }));
        }
        assertThat(sim.requestCount()).isZero();
        try (CallKaroClient client = client(ZoneId.of("Asia/Kolkata"), MappingPolicy.LENIENT)) {
            CreatedCampaign created = client.create(newYork);
            JsonNode call = onlyCall(created);
            assertThat(call.has("min_trigger_time")).isFalse();
            assertThat(call.path("schedule_at").asText()).isEqualTo("2030-01-07T19:30:00");
            assertThat(created.warnings()).singleElement().asString().startsWith("The calling window was not sent:");
        }
    }

    @Test
    void a_window_converted_into_the_account_zone_holds_on_every_day_of_the_next_year_with_a_warning_that_names_the_narrowing() {
        // London changes its clocks on 29 March, New York on 8 March: for three weeks London is 4
        // hours ahead, not 5. 09:00–20:00 in London is 04:00–15:00 in New York in winter only.
        Campaign london = campaign(Schedule.builder().startAt(OffsetDateTime.parse("2030-03-01T09:00:00Z"))
                .timeZone(ZoneId.of("Europe/London"))
                .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(20, 0))).build());
        try (CallKaroClient client = client(ZoneId.of("America/New_York"), MappingPolicy.STRICT)) {
            CreatedCampaign created = client.create(london);
            JsonNode call = onlyCall(created);
            assertThat(call.path("min_trigger_time").asText()).isEqualTo("05:00");
            assertThat(call.path("max_trigger_time").asText()).isEqualTo("15:00");
            assertThat(created.warnings()).singleElement().asString().startsWith("The calling window was narrowed:")
                    .contains("05:00–15:00").contains("America/New_York").contains("2031-03-01");
        }
    }

    @Test
    void a_window_with_no_hour_inside_it_all_year_is_refused_under_strict_and_left_out_under_lenient() {
        Campaign halfHour = campaign(Schedule.builder().startAt(OffsetDateTime.parse("2030-03-01T09:00:00Z"))
                .timeZone(ZoneId.of("Europe/London"))
                .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(9, 30))).build());
        try (CallKaroClient client = client(ZoneId.of("America/New_York"), MappingPolicy.STRICT)) {
            assertThatThrownBy(() -> client.create(halfHour)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v ->
                            assertThat(v.message()).contains("leaves no hour")));
        }
        assertThat(sim.requestCount()).isZero();
        try (CallKaroClient client = client(ZoneId.of("America/New_York"), MappingPolicy.LENIENT)) {
            assertThat(client.plan(halfHour).dropped()).containsExactly(Feature.CALLING_WINDOWS);
            CreatedCampaign created = client.create(halfHour);
            assertThat(onlyCall(created).has("min_trigger_time")).isFalse();
            assertThat(created.warnings()).singleElement().asString().startsWith("The calling window was not sent:");
        }
    }

    @Test
    void the_account_zone_is_read_from_its_setting_and_a_bad_one_names_it() {
        var settings = new HashMap<>(sim.settings());
        settings.put(CallKaroDescriptor.ENV_ACCOUNT_ZONE, "Asia/Kolkata");
        try (var client = CampaignClients.create("callkaro", settings)) {
            assertThat(client.capabilities().supports(Feature.TIME_ZONE)).isTrue();
        }
        settings.put(CallKaroDescriptor.ENV_ACCOUNT_ZONE, "India");
        assertThatThrownBy(() -> CampaignClients.create("callkaro", settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CALLKARO_ACCOUNT_ZONE");
    }

    @Test
    void each_target_may_name_its_own_agent() {
        try (CallKaroClient client = client(null, MappingPolicy.STRICT)) {
            CreatedCampaign created = client.create(Campaign.builder().name("Renewals").agentId("agent_default")
                    .audience(Audience.targets(List.of(Target.of("+919876543210"),
                            Target.builder("+919876543211").agentId("agent_hindi").build()))).build());
            assertThat(sim.calls(created.id())).extracting(n -> n.path("agent_id").asText())
                    .containsExactlyInAnyOrder("agent_default", "agent_hindi");
        }
    }
}
