package dev.unidial;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link CampaignClient#create} would do with a campaign, worked out with nothing sent:
 * the same checks, the same mapping, the same policy. Under STRICT a campaign that needs a
 * feature the vendor lacks throws, as {@code create} does; under LENIENT the preview names
 * what would be left out, word for word as the created campaign would.
 *
 * @param requests the exact HTTP requests, in order, secrets redacted
 * @param warnings what {@link CreatedCampaign#warnings()} would hold
 * @param dropped the features LENIENT would leave out
 */
public record Preview(List<WireRequest> requests, List<String> warnings, Set<Feature> dropped) {
    /**
     * Copies the lists and the set.
     *
     * @param requests the exact HTTP requests, in order, secrets redacted
     * @param warnings what {@link CreatedCampaign#warnings()} would hold
     * @param dropped the features LENIENT would leave out
     */
    public Preview {
        requests = List.copyOf(requests);
        warnings = List.copyOf(warnings);
        dropped = dropped.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(Objects.requireNonNull(dropped)));
    }
}
