package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.http.TransportSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A start in the past cannot be scheduled; the clock that decides is the client's. */
class ScheduledStartTest {
    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

    private static FakeVendorClient client() {
        return new FakeVendorClient("http://127.0.0.1:9", "fake-key-123", MappingPolicy.STRICT,
                TransportSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    }

    private static Campaign startingAt(OffsetDateTime start) {
        return Campaign.builder().name("Renewals").agentId("agent-1")
                .audience(Audience.targets(Target.of("+919876543210")))
                .schedule(Schedule.builder().startAt(start).build()).build();
    }

    @Test
    void a_start_more_than_five_minutes_before_the_clock_is_a_violation_with_its_path() {
        try (FakeVendorClient client = client()) {
            assertThatThrownBy(() -> client.preview(startingAt(OffsetDateTime.parse("2030-03-01T15:24:00+05:30"))))
                    .isInstanceOfSatisfying(CampaignValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("schedule.startAt"))
                    .hasMessageContaining("is in the past");
        }
    }

    @Test
    void a_start_a_few_minutes_ago_or_later_is_accepted() {
        try (FakeVendorClient client = client()) {
            for (String start : List.of("2030-03-01T09:56:00Z", "2030-03-01T10:00:00Z", "2031-01-01T00:00:00Z")) {
                assertThat(client.preview(startingAt(OffsetDateTime.parse(start))).requests()).as(start).hasSize(1);
            }
        }
    }

    @Test
    void every_violation_is_reported_at_once_the_past_start_among_them() {
        Campaign bad = startingAt(OffsetDateTime.parse("2020-01-01T09:00:00Z")).toBuilder().maxConcurrentCalls(0).build();
        try (FakeVendorClient client = client()) {
            assertThatThrownBy(() -> client.preview(bad)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path)
                            .containsExactlyInAnyOrder("schedule.startAt", "maxConcurrentCalls"));
        }
    }
}
