package dev.unidial.kore;

import java.util.List;
import java.util.Optional;

/**
 * One page of a Kore list ({@code getAllCampaignDetails}, {@code view=contacts}).
 *
 * @param results the items
 * @param page the page number, when Kore says
 * @param limit the page size
 * @param totalPages pages in all
 * @param totalResults items in all
 * @param hasMore whether there is another page
 * @param <T> the item type
 */
public record KorePage<T>(List<T> results, Optional<Integer> page, Optional<Integer> limit,
        Optional<Integer> totalPages, Optional<Long> totalResults, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param results the items
     * @param page the page number, when Kore says
     * @param limit the page size
     * @param totalPages pages in all
     * @param totalResults items in all
     * @param hasMore whether there is another page
     */
    public KorePage {
        results = List.copyOf(results);
    }
}
