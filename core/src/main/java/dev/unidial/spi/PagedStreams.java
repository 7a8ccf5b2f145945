package dev.unidial.spi;

import dev.unidial.UnexpectedResponseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams over a vendor's paged list that fetch a page only when the stream needs its first
 * item: a caller who reads ten campaigns costs one request, and a closed stream fetches
 * nothing more. A page that fails throws its typed exception from the stream operation
 * that needed it.
 *
 * <p>A server that never says the list has ended cannot make the stream endless: a page
 * whose items have the same ids, in the same order, as the page before it (the same page
 * served again, whatever {@code hasMore} or a total says) ends the stream with
 * {@link UnexpectedResponseException} before any of its items is given.
 */
public final class PagedStreams {
    private PagedStreams() {}

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
     * @param id an item's id (a campaign's id, a call's id), to tell a page served again
     * @return the items of every page, in order
     */
    public static <T> Stream<T> stream(IntFunction<Page<T>> fetch, Function<T, ?> id) {
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(id, "id");
        PageSpliterator<T> pages = new PageSpliterator<>(fetch, id);
        return StreamSupport.stream(pages, false).onClose(pages::close);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final IntFunction<Page<T>> fetch;
        private final Function<T, ?> id;
        private final Deque<T> buffer = new ArrayDeque<>();
        private List<?> previousIds = List.of();
        private int next;
        private boolean more = true;

        PageSpliterator(IntFunction<Page<T>> fetch, Function<T, ?> id) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.fetch = fetch;
            this.id = id;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (buffer.isEmpty() && more) {
                if (next == Integer.MAX_VALUE) {
                    throw new UnexpectedResponseException(200, "The list claims more than " + Integer.MAX_VALUE
                            + " pages; the stream ends here.", "", null);
                }
                int index = next++;
                Page<T> page = fetch.apply(index);
                List<?> ids = page.items().stream().map(id).toList();
                if (!ids.isEmpty() && ids.equals(previousIds)) {
                    more = false;
                    throw new UnexpectedResponseException(200, "Page " + (index + 1) + " holds the same "
                            + ids.size() + " items, in the same order, as the page before it, while the server says"
                            + " more follow: the list would never end, so the stream stops here.", "", null);
                }
                previousIds = ids;
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
