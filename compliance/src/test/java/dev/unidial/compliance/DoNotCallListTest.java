package dev.unidial.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.Schedule;
import dev.unidial.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A do-not-call list is never applied in part, and the policy's regions are real ones. */
class DoNotCallListTest {
    private static CompliancePolicy.Builder policy() {
        return CompliancePolicy.builder().localCallingHours(CallingHours.INDIA);
    }

    @Test
    void entries_that_are_not_one_valid_number_stop_the_build_counted_and_shown_as_written() {
        List<String> entries = List.of("+919876543210", "98765 43210", "+91 98765 43210 # do not call",
                "+919876543211,Asha", "phone", "+9198765");
        assertThatThrownBy(() -> policy().suppress(entries).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 of 6 do-not-call entries")
                .hasMessageContaining("no default region")
                .hasMessageContaining("entry 1 '98765 43210'")
                .hasMessageContaining("entry 2 '+91 98765 43210 # do not call'")
                .hasMessageContaining("entry 3 '+919876543211,Asha'")
                .hasMessageContaining("entry 4 'phone'")
                .hasMessageContaining("never applied in part");
    }

    @Test
    void national_entries_are_read_with_the_default_region_and_then_suppress_their_numbers() {
        CompliancePolicy p = policy().defaultRegion("IN").suppress(List.of("98765 43210", "+1 (212) 555-0123")).build();
        GateResult r = ComplianceGate.of(p).apply(Campaign.builder().name("R").agentId("a")
                .audience(Audience.targets(Target.of("+919876543210"), Target.of("+12125550123"), Target.of("+919876543211")))
                .build());
        assertThat(r.exclusionCounts()).containsEntry(ExclusionReason.SUPPRESSED, 2L);
        assertThat(r.includedCount()).isEqualTo(1);
    }

    @Test
    void a_file_takes_one_number_a_line_blank_lines_and_whole_line_comments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dnc.txt");
        Files.writeString(file, "# Do not call, exported 2026-12-01\n\n+919876543210\n   # indented comment\n098765 43211\n");
        CompliancePolicy p = policy().defaultRegion("IN").suppress(SuppressionList.fromFile(file)).build();
        assertThat(p.suppression().snapshot().test("+919876543210")).isTrue();
        assertThat(p.suppression().snapshot().test("+919876543211")).isTrue();
        assertThat(p.suppression().snapshot().test("+919876543212")).isFalse();
    }

    @Test
    void a_file_with_any_other_line_is_refused_naming_the_line_numbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dnc.csv");
        Files.writeString(file, "phone,name\n+919876543210,Asha\n+919876543211\n+91 98765 43212 # asked twice\n");
        assertThatThrownBy(() -> SuppressionList.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 lines").hasMessageContaining("lines 1, 2, 4");
    }

    @Test
    void a_file_entry_that_cannot_be_read_with_the_region_is_reported_by_its_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dnc.txt");
        Files.writeString(file, "+919876543210\n98765 43210\n");
        SuppressionList list = SuppressionList.fromFile(file);
        assertThatThrownBy(() -> policy().suppress(list).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 of 2").hasMessageContaining("line 2 '98765 43210'");
    }

    @Test
    void a_region_libphonenumber_does_not_know_is_refused_at_build() {
        assertThatThrownBy(() -> policy().defaultRegion("UK").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'UK'").hasMessageContaining("GB");
        assertThatThrownBy(() -> policy().allowedRegions("IN", "UK").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[UK]");
        assertThat(policy().defaultRegion("gb").build().defaultRegion()).contains("GB");
    }

    @Test
    void the_hours_shared_by_zones_that_change_their_clocks_on_different_dates_hold_all_year_with_a_note() {
        // Phoenix keeps standard time; Denver moves an hour ahead from March to November.
        List<ZoneId> zones = List.of(ZoneId.of("America/Phoenix"), ZoneId.of("America/Denver"));
        Instant winter = Instant.parse("2026-01-15T12:00:00Z");
        assertThat(HoursAcrossZones.windows(zones, CallingHours.US_FEDERAL, Schedule.immediately(), winter).orElseThrow())
                .as("in Phoenix time: 08:00 there, and 20:00 Phoenix is 21:00 Denver in summer")
                .containsExactly(CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(20, 0)));
        assertThat(HoursAcrossZones.narrowing(zones, CallingHours.US_FEDERAL, winter)).hasValueSatisfying(n ->
                assertThat(n).contains("America/Denver").contains("2027-01-15"));
        assertThat(HoursAcrossZones.narrowing(List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago")),
                CallingHours.US_FEDERAL, winter)).as("same dates: nothing narrowed").isEmpty();
    }
}
