package dev.unidial.spi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams over a vendor's paged list that fetch a page only when the stream needs its first
 * item: a caller who reads ten campaigns costs one request, and a closed stream fetches
 * nothing more. A page that fails throws its typed exception from the stream operation
 * that needed it.
 */
public final class Pages {
    private Pages() {}

    /**
     * One page as read.
     *
     * @param <T> the item type
     * @param items the page's items
     * @param hasMore whether another page follows
     */
    public record Page<T>(List<T> items, boolean hasMore) {
        /**
         * Copies the items.
         *
         * @param items the page's items
         * @param hasMore whether another page follows
         */
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * A lazy stream over pages.
     *
     * @param <T> the item type
     * @param fetch reads the page with this index, from 0
     * @return the items of every page, in order
     */
    public static <T> Stream<T> stream(IntFunction<Page<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        PageSpliterator<T> pages = new PageSpliterator<>(fetch);
        return StreamSupport.stream(pages, false).onClose(pages::close);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final IntFunction<Page<T>> fetch;
        private final Deque<T> buffer = new ArrayDeque<>();
        private int next;
        private boolean more = true;

        PageSpliterator(IntFunction<Page<T>> fetch) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.fetch = fetch;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (buffer.isEmpty() && more) {
                Page<T> page = fetch.apply(next++);
                buffer.addAll(page.items());
                // A page without items ends the list even if it claims more: no endless loop.
                more = page.hasMore() && !page.items().isEmpty();
            }
            if (buffer.isEmpty()) {
                return false;
            }
            action.accept(buffer.removeFirst());
            return true;
        }

        void close() {
            more = false;
            buffer.clear();
        }
    }
}
