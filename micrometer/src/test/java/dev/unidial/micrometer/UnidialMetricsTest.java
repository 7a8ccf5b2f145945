package dev.unidial.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.PartialFailureException;
import dev.unidial.Sleeper;
import dev.unidial.Target;
import dev.unidial.http.SlidingWindowPacer;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.VendorSimulator;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnidialMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static Campaign campaign(String... phones) {
        return Campaign.builder().name("Renewals").agentId("agent_renewals")
                .audience(Audience.targets(Arrays.stream(phones).map(Target::of).toList())).build();
    }

    @Test
    void each_attempt_is_timed_with_its_status_and_outcome_retries_are_counted_and_targets_counted_by_outcome() {
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings())
                     .listener(UnidialMetrics.of(registry)).sleeper(d -> { }).build()) {
            callkaro.refuseNumber("+919876543211", "DND_NUMBER");
            callkaro.failNext(1, Fault.status(503));

            assertThatThrownBy(() -> client.create(campaign("+919876543210", "+919876543211")))
                    .isInstanceOf(PartialFailureException.class);
        }

        assertThat(registry.get(UnidialMetrics.REQUESTS).tags("provider", "callkaro", "operation", "create", "method", "POST",
                "status", "503", "outcome", "SERVER_ERROR").timer().count()).isEqualTo(1);
        assertThat(registry.get(UnidialMetrics.REQUESTS).tags("status", "200", "outcome", "SUCCESS").timer().count())
                .as("the batch on retry, then the accepted call").isEqualTo(2);
        assertThat(registry.get(UnidialMetrics.REQUESTS).tags("outcome", "CLIENT_ERROR").timer().count())
                .as("the refused call").isEqualTo(1);
        assertThat(registry.get(UnidialMetrics.RETRIES).tags("provider", "callkaro", "operation", "create").counter().count())
                .isEqualTo(1);
        assertThat(registry.get(UnidialMetrics.TARGETS).tags("provider", "callkaro", "outcome", "queued").counter().count())
                .isEqualTo(1);
        assertThat(registry.get(UnidialMetrics.TARGETS).tags("outcome", "failed").counter().count()).isEqualTo(1);
    }

    @Test
    void no_tag_holds_an_id_a_phone_number_or_a_url() {
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings())
                     .listener(UnidialMetrics.of(registry)).build()) {
            for (int i = 0; i < 3; i++) {
                client.create(campaign("+91987654321" + i));
            }
        }

        Set<String> keys = registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream()).map(Tag::getKey)
                .collect(Collectors.toSet());
        assertThat(keys).isSubsetOf("provider", "operation", "method", "status", "outcome");
        assertThat(registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream()).map(Tag::getValue))
                .noneMatch(v -> v.contains("/") || v.contains("+") || v.matches(".*\\d{5,}.*"));
        assertThat(registry.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .as("three creates share the same few meters").hasSize(2);
    }

    @Test
    void each_request_that_went_through_the_pacer_is_timed() {
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings())
                     .requestPacer(SlidingWindowPacer.perMinute(100, Clock.systemUTC(), Sleeper.system()))
                     .listener(UnidialMetrics.of(registry)).build()) {
            client.create(campaign("+919876543210", "+919876543211"));
        }

        assertThat(registry.get(UnidialMetrics.PACER_WAIT).tags("provider", "callkaro").timer().count())
                .as("the batch and two calls").isEqualTo(3);
    }
}
