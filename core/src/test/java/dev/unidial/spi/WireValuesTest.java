package dev.unidial.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WireValuesTest {
    @Property(tries = 1000)
    void a_timestamp_with_an_offset_reads_as_java_time_reads_it(@ForAll("timestamps") String text) {
        assertThat(WireValues.dateTime(Optional.of(text))).contains(OffsetDateTime.parse(text));
    }

    @Property(tries = 3000)
    void text_near_the_shape_reads_as_java_time_reads_it(@ForAll("nearTimestamps") String text) {
        assertThat(WireValues.dateTime(Optional.of(text))).isEqualTo(javaTime(text));
    }

    @Property(tries = 3000)
    void an_instant_is_the_instant_of_the_date_time_read_for_any_text_near_the_shape(@ForAll("nearTimestamps") String text) {
        assertThat(WireValues.instant(Optional.of(text), Optional.empty())).isEqualTo(javaTime(text).map(OffsetDateTime::toInstant));
        assertThat(WireValues.instant(Optional.of(" " + text + " "), Optional.of(ZoneId.of("Asia/Kolkata"))))
                .isEqualTo(WireValues.dateTime(Optional.of(text), Optional.of(ZoneId.of("Asia/Kolkata"))).map(OffsetDateTime::toInstant));
    }

    @Example
    void an_instant_of_the_common_shape_holds_its_fraction_and_offset_and_a_day_that_does_not_exist_is_none() {
        assertThat(WireValues.instant(Optional.of("2026-03-01T15:30:05.5+05:30"), Optional.empty()))
                .contains(Instant.parse("2026-03-01T10:00:05.500Z"));
        assertThat(WireValues.instant(Optional.of("2024-02-29T23:59:59.123456789z"), Optional.empty()))
                .contains(Instant.parse("2024-02-29T23:59:59.123456789Z"));
        assertThat(WireValues.instant(Optional.of("2025-02-29T10:00:00Z"), Optional.empty())).isEmpty();
        assertThat(WireValues.instant(Optional.of("2026-13-01T10:00:00Z"), Optional.empty())).isEmpty();
        assertThat(WireValues.instant(Optional.of("2026-03-01 16:01:07"), Optional.of(ZoneId.of("Asia/Kolkata"))))
                .contains(Instant.parse("2026-03-01T10:31:07Z"));
        assertThat(WireValues.instant(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Property(tries = 2000)
    void a_date_time_without_a_zone_near_the_shape_reads_as_java_time_reads_it(@ForAll("nearLocalTimes") String text) {
        Optional<LocalDateTime> expected;
        try {
            expected = Optional.of(LocalDateTime.parse(text.replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            expected = Optional.empty();
        }
        assertThat(WireValues.localDateTime(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> nearLocalTimes() {
        return timestamps().map(t -> t.substring(0, 19).replace('T', ' ')).flatMap(t -> Arbitraries.integers().between(0, 18)
                .flatMap(at -> Arbitraries.of('0', '1', '2', '3', '5', '9', ':', '-', ' ', 'T', 'x')
                        .map(c -> t.substring(0, at) + c + t.substring(at + 1))));
    }

    /** The same reading done by java.time's parsers alone. */
    private static Optional<OffsetDateTime> javaTime(String text) {
        String t = text.trim();
        for (Supplier<OffsetDateTime> parser : List.<Supplier<OffsetDateTime>>of(
                () -> OffsetDateTime.parse(t), () -> Instant.parse(t).atOffset(ZoneOffset.UTC),
                () -> LocalDateTime.parse(t.replace(' ', 'T')).atOffset(ZoneOffset.UTC))) {
            try {
                return Optional.of(parser.get());
            } catch (DateTimeParseException next) {
                // try the next reading
            }
        }
        return Optional.empty();
    }

    @Example
    void timestamps_without_an_offset_are_read_as_utc() {
        assertThat(WireValues.dateTime(Optional.of("2026-06-12 13:04:41")))
                .contains(OffsetDateTime.of(2026, 6, 12, 13, 4, 41, 0, ZoneOffset.UTC));
        assertThat(WireValues.dateTime(Optional.of("2026-02-30T13:04:41Z"))).isEmpty();
        assertThat(WireValues.dateTime(Optional.of("2026-06-12T13:04:41+18:30"))).isEmpty();
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(s, nanos)));
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-18 * 60, 18 * 60)
                .map(m -> ZoneOffset.ofTotalSeconds(m * 60));
        Arbitrary<Integer> fractionDigits = Arbitraries.integers().between(0, 9);
        return Combinators.combine(instants, offsets, fractionDigits).as((instant, offset, digits) -> {
            OffsetDateTime t = instant.atOffset(offset);
            String base = t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
            String fraction = digits == 0 ? "" : "." + String.format("%09d", t.getNano()).substring(0, digits);
            return base + fraction + t.getOffset().getId();
        });
    }

    @Provide
    Arbitrary<String> nearTimestamps() {
        return timestamps().flatMap(t -> Arbitraries.integers().between(0, t.length() - 1).flatMap(at -> Arbitraries.of(
                '0', '9', ':', '-', '+', 'Z', 'z', 't', '.', ' ', 'x').map(c -> t.substring(0, at) + c + t.substring(at + 1))));
    }
}
