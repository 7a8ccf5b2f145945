package dev.unidial.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.ServerException;
import dev.unidial.UnexpectedResponseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagedStreamsTest {

    private static PagedStreams.Page<Integer> page(int index, int pages) {
        return new PagedStreams.Page<>(List.of(index * 10, index * 10 + 1), index + 1 < pages);
    }

    @Test
    void pages_are_fetched_only_as_the_stream_needs_them() {
        AtomicInteger fetched = new AtomicInteger();
        try (Stream<Integer> s = PagedStreams.stream(i -> {
            fetched.incrementAndGet();
            return page(i, 5);
        }, x -> x)) {
            assertThat(fetched).as("nothing before the stream is used").hasValue(0);
            assertThat(s.limit(3).toList()).containsExactly(0, 1, 10);
        }
        assertThat(fetched).hasValue(2);
    }

    @Test
    void every_page_is_read_in_order_until_the_last() {
        assertThat(PagedStreams.stream(i -> page(i, 3), x -> x).toList()).containsExactly(0, 1, 10, 11, 20, 21);
    }

    @Test
    void an_empty_page_ends_the_stream_even_when_it_claims_more() {
        AtomicInteger fetched = new AtomicInteger();
        assertThat(PagedStreams.stream(i -> {
            fetched.incrementAndGet();
            return new PagedStreams.Page<Integer>(List.of(), true);
        }, x -> x).count()).isZero();
        assertThat(fetched).hasValue(1);
    }

    @Test
    void a_closed_stream_fetches_nothing_more() {
        AtomicInteger fetched = new AtomicInteger();
        Stream<Integer> s = PagedStreams.stream(i -> {
            fetched.incrementAndGet();
            return page(i, 5);
        }, x -> x);
        Iterator<Integer> it = s.iterator();
        it.next();
        s.close();
        assertThat(it.hasNext()).isFalse();
        assertThat(fetched).hasValue(1);
    }

    @Test
    void a_page_that_fails_throws_its_typed_exception_from_the_stream() {
        Stream<Integer> s = PagedStreams.stream(i -> {
            if (i == 1) {
                throw new ServerException(502, "Bad gateway", "", Map.of(), null);
            }
            return page(i, 3);
        }, x -> x);
        assertThatThrownBy(s::toList).isInstanceOf(ServerException.class).hasMessageContaining("Bad gateway");
    }

    @Test
    void a_page_served_again_ends_the_stream_before_its_items_are_given() {
        AtomicInteger fetched = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        Stream<Integer> s = PagedStreams.stream(i -> {
            fetched.incrementAndGet();
            return new PagedStreams.Page<>(List.of(1, 2, 3), true);   // "hasMore" for ever
        }, x -> x);
        assertThatThrownBy(() -> s.forEach(seen::add)).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("Page 2 holds the same 3 items");
        assertThat(seen).as("the first page only").containsExactly(1, 2, 3);
        assertThat(fetched).hasValue(2);
    }

    @Test
    void pages_with_the_same_ids_in_another_order_are_not_taken_for_a_repeat() {
        assertThat(PagedStreams.stream(i -> new PagedStreams.Page<>(i == 0 ? List.of(1, 2) : List.of(2, 1), i == 0), x -> x).toList())
                .containsExactly(1, 2, 2, 1);
    }
}
