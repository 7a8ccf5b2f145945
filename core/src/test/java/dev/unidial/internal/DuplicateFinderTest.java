package dev.unidial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Target;
import dev.unidial.internal.DuplicateFinder;
import dev.unidial.internal.Violations;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
