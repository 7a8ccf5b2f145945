package dev.unidial.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.ServerException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static Pages.Page<Integer> page(int index, int pages) {
        return new Pages.Page<>(List.of(index * 10, index * 10 + 1), index + 1 < pages);
    }

    @Test
    void pages_are_fetched_only_as_the_stream_needs_them() {
        AtomicInteger fetched = new AtomicInteger();
        try (Stream<Integer> s = Pages.stream(i -> {
            fetched.incrementAndGet();
            return page(i, 5);
        })) {
            assertThat(fetched).as("nothing before the stream is used").hasValue(0);
            assertThat(s.limit(3).toList()).containsExactly(0, 1, 10);
        }
        assertThat(fetched).hasValue(2);
    }

    @Test
    void every_page_is_read_in_order_until_the_last() {
        assertThat(Pages.stream(i -> page(i, 3)).toList()).containsExactly(0, 1, 10, 11, 20, 21);
    }

    @Test
    void an_empty_page_ends_the_stream_even_when_it_claims_more() {
        AtomicInteger fetched = new AtomicInteger();
        assertThat(Pages.stream(i -> {
            fetched.incrementAndGet();
            return new Pages.Page<Integer>(List.of(), true);
        }).count()).isZero();
        assertThat(fetched).hasValue(1);
    }

    @Test
    void a_closed_stream_fetches_nothing_more() {
        AtomicInteger fetched = new AtomicInteger();
        Stream<Integer> s = Pages.stream(i -> {
            fetched.incrementAndGet();
            return page(i, 5);
        });
        java.util.Iterator<Integer> it = s.iterator();
        it.next();
        s.close();
        assertThat(it.hasNext()).isFalse();
        assertThat(fetched).hasValue(1);
    }

    @Test
    void a_page_that_fails_throws_its_typed_exception_from_the_stream() {
        Stream<Integer> s = Pages.stream(i -> {
            if (i == 1) {
                throw new ServerException(502, "Bad gateway", "", Map.of(), null);
            }
            return page(i, 3);
        });
        assertThatThrownBy(s::toList).isInstanceOf(ServerException.class).hasMessageContaining("Bad gateway");
    }
}
