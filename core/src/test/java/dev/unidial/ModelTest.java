package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTest {

    static Campaign full() {
        return Campaign.builder()
                .name("Renewals")
                .description("Renewal reminders")
                .agentId("agent-1")
                .callerId(CallerId.of("+15101234567", "pn-1"))
                .audience(Audience.targets(List.of(Target.of("+919876543210", Map.of("name", "Asha")))))
                .schedule(Schedule.builder()
                        .startAt(OffsetDateTime.parse("2030-01-01T09:00:00+05:30"))
                        .timeZone(ZoneId.of("Asia/Kolkata"))
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                        .build())
                .maxConcurrentCalls(3)
                .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)))
                .maxRingTime(Duration.ofSeconds(30))
                .machineDetection(true)
                .priority(2)
                .variables(Map.of("product", "Gold"))
                .webhook(Webhook.of("https://hooks.example.com/x", Secret.of("whsec_123456"), true))
                .build();
    }

    @Test
    void to_builder_round_trips_to_an_equal_campaign() {
        Campaign campaign = full();

        assertThat(campaign.toBuilder().build()).isEqualTo(campaign).hasSameHashCodeAs(campaign);
        assertThat(campaign.toBuilder().name("Other").build()).isNotEqualTo(campaign);
    }

    @Test
    void builder_copies_collections_so_later_changes_do_not_leak_in() {
        Map<String, Object> vars = new HashMap<>(Map.of("a", 1));
        List<Target> targets = new ArrayList<>(List.of(Target.of("+14155550100")));
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        Campaign campaign = Campaign.builder().name("x").variables(vars).audience(Audience.targets(targets))
                .schedule(Schedule.builder().window(CallingWindow.of(days, LocalTime.NOON, LocalTime.MIDNIGHT.minusMinutes(1))).build())
                .build();

        vars.put("b", 2);
        targets.add(Target.of("+14155550101"));
        days.add(DayOfWeek.TUESDAY);

        assertThat(campaign.variables()).containsOnlyKeys("a");
        assertThat(campaign.audience().orElseThrow().targetList().orElseThrow()).hasSize(1);
        assertThat(campaign.schedule().windows().get(0).days()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void collections_handed_out_cannot_be_modified() {
        Campaign campaign = full();

        assertThatThrownBy(() -> campaign.variables().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> campaign.schedule().windows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> campaign.audience().orElseThrow().targetList().orElseThrow().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builders_refuse_null_at_once_naming_the_field() {
        assertThatThrownBy(() -> Campaign.builder().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> Target.of(null)).hasMessage("phone");
        assertThatThrownBy(() -> Target.of("+1", Map.of()).variables().put("a", "b"))
                .isInstanceOf(UnsupportedOperationException.class);
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> Target.of("+14155550100", withNull)).hasMessage("variables[k]");
        assertThatThrownBy(() -> Audience.contactIds(Arrays.asList("a", null))).hasMessage("contactIds[1]");
    }

    @Test
    void unset_values_read_as_empty_optionals_never_null() {
        Campaign campaign = Campaign.builder().build();

        assertThat(campaign.name()).isEmpty();
        assertThat(campaign.agentId()).isEmpty();
        assertThat(campaign.schedule()).isEqualTo(Schedule.immediately());
        assertThat(campaign.maxConcurrentCalls()).isEmpty();
        assertThat(campaign.variables()).isEmpty();
        assertThat(campaign.option(ProviderOptions.class)).isEmpty();
    }

    @Test
    void provider_options_are_kept_per_provider_and_found_by_type() {
        record AOptions(String value) implements ProviderOptions {
            public String provider() {
                return "a";
            }
        }
        Campaign campaign = Campaign.builder().option(new AOptions("first")).option(new AOptions("second")).build();

        assertThat(campaign.option(AOptions.class)).contains(new AOptions("second"));
        assertThat(campaign.options()).containsOnlyKeys("a");
    }

    @Test
    void secrets_never_show_in_to_string() {
        Secret secret = Secret.of("sk_live_abcdef");
        Webhook hook = Webhook.of("https://x.example.com", secret, false);

        assertThat(secret.toString()).doesNotContain("sk_live_abcdef");
        assertThat(hook.toString()).doesNotContain("sk_live_abcdef");
        assertThat(full().toString()).doesNotContain("whsec_123456");
        assertThat(secret).isEqualTo(Secret.of("sk_live_abcdef")).isNotEqualTo(Secret.of("sk_live_abcdeg"));
        assertThat(secret.reveal()).isEqualTo("sk_live_abcdef");
    }

    @Test
    void a_wire_request_never_prints_credential_header_values() {
        WireRequest r = WireRequest.builder("POST", "https://api.example.com/x")
                .header("X-API-KEY", "sk_live_visible").header("Authorization", "Bearer tok_visible")
                .header("auth", "jwt.visible.sig").header("iid", "st-1").build();

        assertThat(r.toString()).doesNotContain("visible").contains("iid=st-1").contains("X-API-KEY=[redacted]");
        assertThat(r.header("x-api-key")).contains("sk_live_visible");
    }

    @Test
    void a_lazy_audience_is_not_copied_or_read_when_built() {
        int[] reads = {0};
        Iterable<Target> lazy = () -> {
            reads[0]++;
            return List.of(Target.of("+14155550100")).iterator();
        };
        Audience audience = Audience.targets(lazy);

        assertThat(audience.isLazy()).isTrue();
        assertThat(audience.targetList()).isEmpty();
        assertThat(reads[0]).isZero();
    }
}
