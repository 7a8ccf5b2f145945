package dev.unidial.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.Schedule;
import dev.unidial.Target;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ComplianceGateTest {
    /** A winter day, so that offsets are standard time (New York −5, Los Angeles −8, London 0, India +5:30). */
    private static final Clock WINTER = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    private static CompliancePolicy.Builder policy() {
        return CompliancePolicy.builder().defaultRegion("IN").localCallingHours(CallingHours.INDIA);
    }

    private static Campaign campaign(Target... targets) {
        return Campaign.builder().name("Renewals").agentId("agent-1").audience(Audience.targets(targets)).build();
    }

    private static Map<ZoneId, Campaign> byZone(GateResult r) {
        return r.campaigns().stream().collect(Collectors.toMap(c -> c.schedule().timeZone().orElseThrow(), c -> c));
    }

    @Test
    void a_mixed_audience_is_split_by_time_zone_with_the_policy_hours_in_each_and_every_target_accounted_for() {
        GateResult r = ComplianceGate.of(policy().suppress(List.of("98765 43211")).build(), WINTER).apply(campaign(
                Target.of("098765 43210"),                  // national, India
                Target.of("+919876543211"),                // suppressed (listed in national form)
                Target.of("+1 212-555-0123"),              // New York
                Target.of("+14155550123"),                 // San Francisco
                Target.of("+442079460123"),                // London
                Target.of("+9198765"),                     // too short
                Target.of("+919876543210")));              // the first one again

        Map<ZoneId, Campaign> zones = byZone(r);
        assertThat(zones.keySet()).containsExactlyInAnyOrder(ZoneId.of("Asia/Kolkata"), ZoneId.of("America/New_York"),
                ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/London"));
        Campaign india = zones.get(ZoneId.of("Asia/Kolkata"));
        assertThat(india.name()).isEqualTo("Renewals · Asia/Kolkata");
        assertThat(india.audience().orElseThrow().targets()).extracting(Target::phone).containsExactly("+919876543210");
        assertThat(india.schedule().windows()).containsExactly(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(21, 0)));
        assertThat(zones.get(ZoneId.of("America/New_York")).audience().orElseThrow().targets()).extracting(Target::phone)
                .containsExactly("+12125550123");
        assertThat(r.excluded()).extracting(Exclusion::index, Exclusion::reason).containsExactly(
                Tuple.tuple(1L, ExclusionReason.SUPPRESSED),
                Tuple.tuple(5L, ExclusionReason.INVALID_NUMBER),
                Tuple.tuple(6L, ExclusionReason.DUPLICATE));
        assertThat(r.includedCount() + r.excluded().size()).as("nothing dropped silently").isEqualTo(7);
        assertThat(r.exclusionCounts()).containsEntry(ExclusionReason.SUPPRESSED, 1L).containsEntry(ExclusionReason.DUPLICATE, 1L);
        assertThat(r.passedThrough()).isFalse();
    }

    @Test
    void a_number_in_several_zones_is_called_only_in_hours_allowed_in_all_of_them() {
        List<CallingWindow> w = HoursAcrossZones.windows(List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago")),
                CallingHours.US_FEDERAL, Schedule.immediately(), WINTER.instant()).orElseThrow();

        assertThat(w).as("in New York time: from 9 (8 in Chicago) to 21").containsExactly(
                CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(21, 0)));
        assertThat(HoursAcrossZones.windows(List.of(ZoneId.of("Asia/Kolkata"), ZoneId.of("America/Los_Angeles")),
                CallingHours.US_FEDERAL, Schedule.immediately(), WINTER.instant())).as("no shared hour").isEmpty();
    }

    @Test
    void the_campaigns_own_windows_are_intersected_with_the_policy_hours_in_local_time() {
        Campaign c = campaign(Target.of("+919876543210")).toBuilder().schedule(Schedule.builder()
                .window(CallingWindow.weekdays(LocalTime.of(7, 0), LocalTime.of(12, 0)))
                .window(CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0), LocalTime.of(23, 0)))
                .build()).build();

        Campaign india = ComplianceGate.of(policy().build(), WINTER).apply(c).campaigns().get(0);

        assertThat(india.schedule().windows()).containsExactly(
                CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0), LocalTime.of(21, 0)));
        assertThat(india.schedule().timeZone()).hasValue(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void regions_number_types_and_time_zone_variables_are_checked() {
        GateResult r = ComplianceGate.of(policy().allowedRegions("IN", "US").build(), WINTER).apply(campaign(
                Target.of("+442079460123"),                                   // UK: outside the regions
                Target.of("+19005550123"),                                    // US premium rate
                Target.of("+919876543210", Map.of("timeZone", "Mars/Olympus")),
                Target.of("+919876543212", Map.of("timeZone", "Asia/Calcutta")),
                Target.of("+80012345678")));                                  // international freephone: no region

        assertThat(r.excluded()).extracting(Exclusion::reason).containsExactly(ExclusionReason.OUTSIDE_REGIONS,
                ExclusionReason.REFUSED_NUMBER_TYPE, ExclusionReason.INVALID_TIME_ZONE, ExclusionReason.OUTSIDE_REGIONS);
        assertThat(byZone(r)).as("Asia/Calcutta is Asia/Kolkata").containsOnlyKeys(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void a_number_without_a_known_zone_is_excluded_unless_the_target_names_one() {
        GateResult r = ComplianceGate.of(policy().build(), WINTER).apply(campaign(Target.of("+80012345678"),
                Target.of("+80012345679", Map.of("timeZone", "Europe/Paris"))));

        assertThat(r.excluded()).extracting(Exclusion::reason).containsExactly(ExclusionReason.NO_TIME_ZONE);
        assertThat(byZone(r)).containsOnlyKeys(ZoneId.of("Europe/Paris"));
    }

    @Test
    void contact_lists_pass_through_untouched() {
        Campaign c = campaign(Target.of("+919876543210")).toBuilder().audience(Audience.contactLists(List.of("VIP"))).build();

        GateResult r = ComplianceGate.of(policy().build()).apply(c);

        assertThat(r.passedThrough()).isTrue();
        assertThat(r.campaigns()).containsExactly(c);
        assertThat(r.excluded()).isEmpty();
    }

    @Test
    void a_lazy_audience_stays_lazy_reads_the_suppression_list_once_and_decides_alike_on_every_pass() {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger snapshots = new AtomicInteger();
        int size = 50_000;
        Iterable<Target> source = () -> {
            opened.incrementAndGet();
            return IntStream.range(0, size)
                    .mapToObj(i -> Target.of(i % 2 == 0 ? "+9198" + String.format("%08d", i) : "+1212555" + String.format("%04d", i % 10_000)))
                    .iterator();
        };
        SuppressionList list = () -> {
            snapshots.incrementAndGet();
            Predicate<String> p = n -> n.endsWith("00");
            return p;
        };

        GateResult r = ComplianceGate.of(policy().suppress(list).build(), WINTER)
                .apply(campaign().toBuilder().audience(Audience.targets(source)).build());

        assertThat(opened).as("one counting pass").hasValue(1);
        long inCampaigns = 0;
        for (Campaign c : r.campaigns()) {
            assertThat(c.audience().orElseThrow().isLazy()).isTrue();
            for (Target t : c.audience().orElseThrow().targets()) {
                inCampaigns++;
            }
        }
        assertThat(inCampaigns).isEqualTo(r.includedCount());
        assertThat(r.excludedStream().count()).isEqualTo(r.exclusionCounts().values().stream().mapToLong(Long::longValue).sum());
        assertThat(inCampaigns + r.excludedStream().count()).isEqualTo(size);
        assertThat(snapshots).as("one snapshot for the run").hasValue(1);
    }

    @Test
    void a_lazy_audience_replayed_gives_each_target_as_deciding_it_again_would_whatever_way_its_number_is_written() {
        List<Target> written = List.of(Target.of("+919876543210", Map.of("name", "Asha")), Target.of("098765 43211"),
                Target.of("98765-43212"), Target.of("+91 98765 43213"), Target.of("+1 (212) 555-0100"),
                Target.of("+44 20 7946 0958"), Target.of("+1 212-555-0101 ext. 7"), Target.of("12345"), Target.of("+14155550100", Map.of("timeZone", "America/Los_Angeles")));
        CompliancePolicy policy = policy().build();

        GateResult lazy = ComplianceGate.of(policy, WINTER).apply(campaign().toBuilder()
                .audience(Audience.targets((Iterable<Target>) written::iterator)).build());
        GateResult listed = ComplianceGate.of(policy, WINTER).apply(campaign().toBuilder().audience(Audience.targets(written)).build());

        assertThat(lazy.campaigns()).hasSameSizeAs(listed.campaigns());
        for (int i = 0; i < listed.campaigns().size(); i++) {
            List<Target> replayed = new ArrayList<>();
            lazy.campaigns().get(i).audience().orElseThrow().targets().forEach(replayed::add);
            assertThat(replayed).isEqualTo(listed.campaigns().get(i).audience().orElseThrow().targetList().orElseThrow());
        }
        assertThat(lazy.excludedStream().map(e -> e.reason() + " " + e.detail()).toList())
                .isEqualTo(listed.excluded().stream().map(e -> e.reason() + " " + e.detail()).toList());
    }

    @Test
    void a_lazy_source_that_comes_back_in_another_order_or_size_is_refused_rather_than_put_in_the_wrong_zone() {
        List<Target> first = List.of(Target.of("+919876543210"), Target.of("+12125550100"), Target.of("+919876543211"));
        AtomicInteger reads = new AtomicInteger();
        List<List<Target>> later = List.of(List.of(first.get(1), first.get(0), first.get(2)), first.subList(0, 2));
        for (List<Target> again : later) {
            reads.set(0);
            Iterable<Target> source = () -> (reads.getAndIncrement() == 0 ? first : again).iterator();
            GateResult r = ComplianceGate.of(policy().build(), WINTER).apply(campaign().toBuilder().audience(Audience.targets(source)).build());

            assertThatThrownBy(() -> r.campaigns().forEach(c -> c.audience().orElseThrow().targets().forEach(t -> { })))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("same order");
        }
    }

    private static Campaign campaign() {
        return Campaign.builder().name("Renewals").agentId("agent-1").audience(Audience.targets(Target.of("+919876543210"))).build();
    }
}
