package dev.unidial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Target;
import dev.unidial.internal.DuplicateFinder;
import dev.unidial.internal.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    @Property(tries = 2000)
    void a_number_is_noted_exactly_when_it_is_e164(@ForAll("phoneLike") String phone) {
        assertThat(new DuplicateFinder(0).offer(phone)).isEqualTo(Violations.isE164(phone));
    }

    @Property(tries = 500)
    void two_spellings_of_one_number_collide_and_different_numbers_do_not(@ForAll("e164") String a, @ForAll("e164") String b) {
        DuplicateFinder finder = new DuplicateFinder(2);
        finder.offer(a);
        finder.offer(b);

        assertThat(finder.confirm(List.of(Target.of(a), Target.of(b)))).hasSize(a.equals(b) ? 1 : 0);
    }

    @Test
    void chunks_of_a_finished_check_are_handed_back_once_emptied_and_filled_again_by_the_next() {
        int size = DuplicateFinder.KEPT_LIMIT + 5_000;
        for (int run = 0; run < 2; run++) {
            DuplicateFinder finder = new DuplicateFinder(0);
            for (int i = 0; i < size; i++) {
                finder.offer(number(i == size - 1 ? 17 : i));
            }
            int planted = size - 1;
            assertThat(finder.confirm(() -> IntStream.range(0, size)
                    .mapToObj(i -> Target.of(number(i == planted ? 17 : i))).iterator()))
                    .containsExactly(new DuplicateFinder.Duplicate(number(17), 17, planted));

            List<long[]> spares = DuplicateFinder.spareChunks();
            assertThat(spares).as("run %d", run).isNotEmpty();
            assertThat(spares.stream().map(c -> (Object) c).distinct().count()).as("each chunk once").isEqualTo(spares.size());
            assertThat(spares).allSatisfy(c -> assertThat(Arrays.stream(c).allMatch(h -> h == 0)).as("emptied").isTrue());
        }
    }

    private static String number(int i) {
        return "+1415" + (5_000_000 + i);
    }

    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.oneOf(e164(), Arbitraries.strings().withChars("+0123456789 a-").ofMaxLength(18));
    }

    @Provide
    Arbitrary<String> e164() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14)
                .flatMap(rest -> Arbitraries.integers().between(1, 9).map(first -> "+" + first + rest));
    }
}
