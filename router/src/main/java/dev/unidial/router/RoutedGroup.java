package dev.unidial.router;

import dev.unidial.CreatedCampaign;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of a routed campaign: targets that the same vendors, in the same order, may take.
 *
 * @param providers the vendors that may take it, in the order they are tried
 * @param targets how many targets it holds (0 for contact ids and lists, which only the vendor counts)
 * @param created the campaign, if a vendor created it
 * @param attempts every vendor's turn, in order
 */
public record RoutedGroup(List<String> providers, long targets, Optional<CreatedCampaign> created, List<RouteAttempt> attempts) {
    /**
     * Copies the lists.
     *
     * @param providers the vendors that may take it, in order
     * @param targets how many targets it holds
     * @param created the campaign, if a vendor created it
     * @param attempts every vendor's turn, in order
     */
    public RoutedGroup {
        providers = List.copyOf(providers);
        Objects.requireNonNull(created, "created");
        attempts = List.copyOf(attempts);
    }

    /** {@return whether the group stopped where a vendor may have acted: its targets may have been called by that vendor} */
    public boolean uncertain() {
        return !attempts.isEmpty() && attempts.get(attempts.size() - 1).result() == RouteAttempt.Result.UNCERTAIN;
    }

    /** {@return why the group was not created, from its last attempt; empty if it was} */
    public Optional<String> notCreatedReason() {
        if (created.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(attempts.isEmpty() ? "no vendor may take these targets"
                : attempts.get(attempts.size() - 1).provider() + ": " + attempts.get(attempts.size() - 1).reason());
    }
}
