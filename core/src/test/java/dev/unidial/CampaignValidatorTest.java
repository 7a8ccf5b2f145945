package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.internal.CampaignRules;
import dev.unidial.internal.DuplicateFinder;
import dev.unidial.internal.TargetCheck;
import dev.unidial.internal.Violations;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CampaignValidatorTest {

    private static Campaign.Builder valid() {
        return Campaign.builder().name("ok").audience(Audience.targets(Target.of("+14155550100")));
    }

    private static List<String> paths(Campaign c) {
        return CampaignValidator.validate(c).stream().map(Violation::path).toList();
    }

    @Test
    void a_valid_campaign_has_no_violations() {
        assertThat(CampaignValidator.validate(ModelTest.full())).isEmpty();
        valid().build().validate();
    }

    @Test
    void every_violation_is_reported_at_once_with_its_path() {
        Campaign c = Campaign.builder()
                .name("")
                .callerId(CallerId.ofNumber("5101234567"))
                .audience(Audience.targets(Target.of("+14155550100"), Target.of("12"), Target.of("+0123")))
                .maxConcurrentCalls(0)
                .retryPolicy(RetryPolicy.of(-1, Duration.ZERO))
                .maxRingTime(Duration.ofSeconds(-5))
                .webhook(Webhook.of("ftp://x"))
                .variables(Map.of(" ", 1))
                .build();

        assertThatThrownBy(c::validate).isInstanceOfSatisfying(CampaignValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                        "name", "callerId.number", "audience.targets[1].phone", "audience.targets[2].phone",
                        "maxConcurrentCalls", "retryPolicy.retries", "retryPolicy.gap", "maxRingTime",
                        "variables", "webhook.url"))
                .hasMessageContaining("10 violations");
    }

    @Test
    void e164_accepts_only_plus_then_up_to_fifteen_digits_without_leading_zero() {
        assertThat(Violations.E164.matcher("+919876543210").matches()).isTrue();
        assertThat(Violations.E164.matcher("+123456789012345").matches()).isTrue();
        assertThat(Violations.E164.matcher("+1234567890123456").matches()).isFalse();
        assertThat(Violations.E164.matcher("+1").matches()).isFalse();
        assertThat(Violations.E164.matcher("+01234").matches()).isFalse();
        assertThat(Violations.E164.matcher("+91 98765").matches()).isFalse();
        assertThat(Violations.E164.matcher("+919876543210\n").matches()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"+919876543210", "+123456789012345", "+1234567890123456",
            "+1", "+12", "+01234", "+91 98765", "+919876543210\n", "919876543210", "", "+", "++12", "+1a3", "+٣٤٥٦"})
    void the_fast_e164_check_agrees_with_the_documented_pattern(String phone) {
        assertThat(Violations.isE164(phone)).isEqualTo(Violations.E164.matcher(phone).matches());
    }

    @Test
    void windows_need_a_day_a_start_before_the_end_and_no_overlap_on_a_day() {
        Campaign c = valid().schedule(Schedule.builder()
                .window(CallingWindow.of(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .window(CallingWindow.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .window(CallingWindow.of(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .window(CallingWindow.of(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY), LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .window(CallingWindow.of(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(12, 0), LocalTime.of(12, 0)))
                .build()).build();

        assertThat(CampaignValidator.validate(c)).extracting(Violation::toString).containsExactlyInAnyOrder(
                "schedule.windows[0].days: must name at least one day",
                "schedule.windows[1]: must start before it ends, but runs 18:00 to 09:00",
                "schedule.windows[4]: must start before it ends, but runs 12:00 to 12:00",
                "schedule.windows[3]: overlaps schedule.windows[2] on TUESDAY");
    }

    @Test
    void back_to_back_windows_do_not_overlap() {
        Campaign c = valid().schedule(Schedule.builder()
                .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .window(CallingWindow.everyDay(LocalTime.of(12, 0), LocalTime.of(18, 0)))
                .build()).build();

        assertThat(CampaignValidator.validate(c)).isEmpty();
    }

    @Test
    void audiences_must_not_be_empty_or_hold_blank_ids() {
        assertThat(paths(valid().audience(Audience.targets(List.of())).build())).containsExactly("audience.targets");
        assertThat(paths(valid().audience(Audience.contactIds(List.of())).build())).containsExactly("audience.contactIds");
        assertThat(paths(valid().audience(Audience.contactLists(List.of("a", " "))).build()))
                .containsExactly("audience.contactLists[1]");
    }

    @Test
    void variable_values_must_be_json_friendly_so_nothing_fails_half_way_through_sending() {
        Campaign c = valid().variables(Map.of("ok", List.of(1, "a", Map.of("b", true)),
                        "when", LocalDate.of(2030, 1, 1), "thread", new Object()))
                .audience(Audience.targets(Target.of("+14155550100", Map.of("bad", List.of(new Object())))))
                .build();

        assertThat(paths(c)).containsExactlyInAnyOrder("variables.thread", "audience.targets[0].variables.bad");
    }

    @Test
    void duplicate_numbers_are_reported_with_both_positions() {
        Campaign c = valid().audience(Audience.targets(Target.of("+14155550100"), Target.of("+14155550101"),
                Target.of("+14155550100"))).build();

        assertThat(CampaignValidator.validate(c)).extracting(Violation::toString)
                .containsExactly("audience.targets[2].phone: duplicates audience.targets[0] (+14155550100)");
    }

    @Test
    void a_lazy_audience_past_the_exact_limit_still_finds_real_duplicates_and_no_false_ones() {
        int size = DuplicateFinder.EXACT_LIMIT * 4;
        int first = size / 2;
        Campaign c = valid().audience(Audience.targets(numbers(size, first, size - 1))).build();

        assertThat(CampaignValidator.validate(c)).extracting(Violation::toString).containsExactly(
                "audience.targets[" + (size - 1) + "].phone: duplicates audience.targets[" + first + "] (+1415" + (5000000 + first) + ")");
    }

    @Test
    void repeats_are_found_across_the_first_chunk_the_partitions_and_the_filter() {
        int exactEnd = DuplicateFinder.EXACT_LIMIT;
        int filterStart = DuplicateFinder.KEPT_LIMIT; // the first chunk's numbers count towards the partitions' limit
        int size = filterStart + 50_000;
        Map<Integer, Integer> repeats = new TreeMap<>(Map.of(
                exactEnd, exactEnd - 1, // the first chunk's last number, first in a partition
                filterStart, filterStart - 1, // the partitions' last number, first in the filter
                exactEnd + 10, 7, // a number of the first chunk, again in a partition
                exactEnd + 30_000, exactEnd + 20_000, // within the partitions
                filterStart + 5, 9, // from the first chunk to the filter
                filterStart + 6, exactEnd + 1, // from a partition to the filter
                size - 1, filterStart + 100)); // within the filter
        Campaign c = valid().audience(Audience.targets(numbers(size, repeats))).build();

        assertThat(CampaignValidator.validate(c)).extracting(Violation::toString).containsExactlyElementsOf(
                repeats.entrySet().stream().map(e -> "audience.targets[" + e.getKey() + "].phone: duplicates audience.targets["
                        + e.getValue() + "] (+1415" + (5000000 + e.getValue()) + ")").toList());
    }

    @Test
    void a_million_distinct_numbers_are_read_once_by_a_target_check() {
        AtomicInteger opened = new AtomicInteger();
        Iterable<Target> source = numbers(1_000_000, -1, -1);
        Iterable<Target> counted = () -> {
            opened.incrementAndGet();
            return source.iterator();
        };
        TargetCheck check = CampaignRules.targetCheck();
        for (Target t : counted) {
            check.check(t);
        }

        assertThat(check.finish(counted)).isEmpty();
        assertThat(check.count()).isEqualTo(1_000_000);
        assertThat(opened).as("no false suspect forced a second read").hasValue(1);
    }

    @Test
    void a_null_element_of_a_lazy_source_is_a_violation_not_a_crash() {
        Iterable<Target> lazy = () -> Arrays.asList(Target.of("+14155550100"), null).iterator();

        assertThat(paths(valid().audience(Audience.targets(lazy)).build())).containsExactly("audience.targets[1]");
    }

    @Test
    void a_million_bad_numbers_keep_a_bounded_list_of_violations() {
        Iterable<Target> bad = () -> new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < 5_000;
            }

            public Target next() {
                i++;
                return Target.of("bad" + i);
            }
        };
        List<Violation> violations = CampaignValidator.validate(valid().audience(Audience.targets(bad)).build());

        assertThat(violations).hasSize(Violations.LIMIT + 1);
        assertThat(violations.get(Violations.LIMIT).message()).isEqualTo("4000 more violations were found and not listed");
    }

    @Test
    void inspection_counts_targets_and_notices_target_variables() {
        Campaign c = valid().audience(Audience.targets(Target.of("+14155550100"),
                Target.of("+14155550101", Map.of("a", 1)))).build();

        CampaignRules.Report report = CampaignRules.inspect(c);

        assertThat(report.targetCount()).isEqualTo(2);
        assertThat(report.targetVariables()).isTrue();
    }

    /** Numbers +1415500000 + i, with position {@code dupAt} repeating the number at {@code dupOf}. */
    static Iterable<Target> numbers(int size, int dupOf, int dupAt) {
        return numbers(size, Map.of(dupAt, dupOf));
    }

    /** Distinct numbers, except at the positions mapped to the earlier position they repeat. */
    static Iterable<Target> numbers(int size, Map<Integer, Integer> repeats) {
        return () -> new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < size;
            }

            public Target next() {
                if (i >= size) {
                    throw new NoSuchElementException();
                }
                int n = repeats.getOrDefault(i, i);
                i++;
                return Target.of("+1415" + (5000000 + n));
            }
        };
    }
}
