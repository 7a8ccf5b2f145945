package dev.unidial.ravan;

import java.util.List;
import java.util.Optional;

/**
 * One page of a Ravan list.
 *
 * @param data the items
 * @param total the total count, when Ravan reports it (its samples send it as a number or a string)
 * @param limit the page size
 * @param offset the offset of the first item
 * @param <T> the item type
 */
public record RavanPage<T>(List<T> data, Optional<Long> total, Optional<Long> limit, Optional<Long> offset) {
    /**
     * Copies the items.
     *
     * @param data the items
     * @param total the total count, when Ravan reports it (its samples send it as a number or a string)
     * @param limit the page size
     * @param offset the offset of the first item
     */
    public RavanPage {
        data = List.copyOf(data);
    }
}
