package dev.unidial.router;

import dev.unidial.CreatedCampaign;
import java.util.List;
import java.util.Optional;

/**
 * The record of a routed create: every group, what each vendor did with it, and the campaigns
 * created. Each target is in exactly one group, and each group is created by one vendor at
 * most.
 *
 * @param groups every group, in the order they were routed
 */
public record RoutingResult(List<RoutedGroup> groups) {
    /**
     * Copies the list.
     *
     * @param groups every group
     */
    public RoutingResult {
        groups = List.copyOf(groups);
    }

    /** {@return the campaigns created, one per group created} */
    public List<CreatedCampaign> created() {
        return groups.stream().map(RoutedGroup::created).flatMap(Optional::stream).toList();
    }

    /** {@return every attempt of every group, in order} */
    public List<RouteAttempt> attempts() {
        return groups.stream().flatMap(g -> g.attempts().stream()).toList();
    }

    /** {@return the groups no vendor created; {@link RoutedGroup#notCreatedReason()} says why} */
    public List<RoutedGroup> notCreated() {
        return groups.stream().filter(g -> g.created().isEmpty()).toList();
    }
}
