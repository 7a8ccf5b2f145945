package dev.unidial.router;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CampaignRouter#create} would do, found with nothing sent: the groups, and for
 * each the vendors that may take it, which of them refuse and why, and whose circuit is open.
 *
 * @param groups every group, in the order they would be routed
 */
public record RoutingPlan(List<Group> groups) {
    /**
     * Copies the list.
     *
     * @param groups every group
     */
    public RoutingPlan {
        groups = List.copyOf(groups);
    }

    /**
     * One group's plan.
     *
     * @param targets how many targets it holds (0 for contact ids and lists)
     * @param candidates the vendors that may take it, in the order they would be tried
     */
    public record Group(long targets, List<Candidate> candidates) {
        /**
         * Copies the list.
         *
         * @param targets how many targets it holds
         * @param candidates the vendors that may take it, in order
         */
        public Group {
            candidates = List.copyOf(candidates);
        }

        /** {@return the vendor that would be sent the group first: the first that neither refuses nor has an open circuit} */
        public Optional<String> provider() {
            return candidates.stream().filter(c -> c.refusal().isEmpty() && !c.circuitOpen()).map(Candidate::provider).findFirst();
        }
    }

    /**
     * One vendor's standing for a group.
     *
     * @param provider the provider's name
     * @param refusal why it would refuse the group (its rules, or a feature it would drop); empty if it accepts
     * @param circuitOpen whether its circuit breaker is open, so that it would be skipped now
     */
    public record Candidate(String provider, Optional<String> refusal, boolean circuitOpen) {
        /**
         * Checks every part is given.
         *
         * @param provider the provider's name
         * @param refusal why it would refuse the group
         * @param circuitOpen whether its circuit breaker is open
         */
        public Candidate {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
