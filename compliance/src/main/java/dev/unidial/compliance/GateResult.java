package dev.unidial.compliance;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CreatedCampaign;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What the {@link ComplianceGate} made of a campaign: the campaigns to create (one per
 * recipient time zone, or the campaign untouched when it {@link #passedThrough()}), and every
 * target left out with its reason. For a lazy audience the campaigns' audiences and
 * {@link #excludedStream()} read the source again; the counts were taken in one pass.
 */
public final class GateResult {
    private final List<Campaign> campaigns;
    private final List<Exclusion> excluded;
    private final Iterable<Exclusion> lazyExcluded;
    private final Map<ExclusionReason, Long> counts;
    private final Map<ZoneId, Long> perZone;
    private final boolean passedThrough;

    private GateResult(List<Campaign> campaigns, List<Exclusion> excluded, Iterable<Exclusion> lazyExcluded,
            Map<ExclusionReason, Long> counts, Map<ZoneId, Long> perZone, boolean passedThrough) {
        this.campaigns = campaigns;
        this.excluded = excluded;
        this.lazyExcluded = lazyExcluded;
        Map<ExclusionReason, Long> copy = new EnumMap<>(ExclusionReason.class);
        copy.putAll(counts);
        this.counts = Collections.unmodifiableMap(copy);
        this.perZone = Collections.unmodifiableMap(new LinkedHashMap<>(perZone));
        this.passedThrough = passedThrough;
    }

    static GateResult of(List<Campaign> campaigns, List<Exclusion> excluded, Iterable<Exclusion> lazyExcluded,
            Map<ExclusionReason, Long> counts, Map<ZoneId, Long> perZone) {
        return new GateResult(campaigns, excluded == null ? null : List.copyOf(excluded), lazyExcluded, counts, perZone,
                false);
    }

    static GateResult passedThrough(Campaign campaign) {
        return new GateResult(List.of(campaign), List.of(), null, Map.of(), Map.of(), true);
    }

    /** {@return the campaigns to create: one per time zone (and set of windows), each with its schedule's zone and windows} */
    public List<Campaign> campaigns() {
        return campaigns;
    }

    /**
     * {@return every target left out, in audience order} For a lazy audience this reads the
     * source again and holds the exclusions in memory: prefer {@link #excludedStream()}.
     */
    public List<Exclusion> excluded() {
        if (excluded != null) {
            return excluded;
        }
        List<Exclusion> all = new ArrayList<>();
        lazyExcluded.forEach(all::add);
        return List.copyOf(all);
    }

    /** {@return the targets left out, read as the stream is consumed (for a lazy audience, from the source again)} */
    public Stream<Exclusion> excludedStream() {
        return excluded != null ? excluded.stream() : StreamSupport.stream(lazyExcluded.spliterator(), false);
    }

    /** {@return how many targets were left out for each reason} */
    public Map<ExclusionReason, Long> exclusionCounts() {
        return counts;
    }

    /** {@return how many targets each time zone's campaigns hold} */
    public Map<ZoneId, Long> targetsPerZone() {
        return perZone;
    }

    /** {@return the number of targets in the returned campaigns} */
    public long includedCount() {
        return perZone.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@return whether the campaign was returned untouched, because its audience is contact ids
     * or contact lists whose numbers the gate cannot see}
     */
    public boolean passedThrough() {
        return passedThrough;
    }

    /**
     * Creates every returned campaign on one client, in order. A client that cannot express a
     * campaign's time zone or windows refuses it under STRICT as usual: the exception stops the
     * run, and campaigns created before it stay created. To decide per campaign, create each
     * of {@link #campaigns()} yourself.
     *
     * @param client the client to create them on
     * @return the created campaigns and the exclusions
     */
    public GatedCampaigns createAll(CampaignClient client) {
        Objects.requireNonNull(client, "client");
        List<CreatedCampaign> created = new ArrayList<>();
        for (Campaign c : campaigns) {
            created.add(client.create(c));
        }
        return new GatedCampaigns(created, this);
    }

    @Override
    public String toString() {
        return "GateResult[" + campaigns.size() + " campaigns, per zone " + perZone + ", excluded " + counts
                + (passedThrough ? ", passed through" : "") + "]";
    }

    /**
     * The campaigns {@link GateResult#createAll} created, and the gate's result with its exclusions.
     *
     * @param created the created campaigns, in the order of {@link GateResult#campaigns()}
     * @param gate the gate's result: {@link GateResult#excluded()} and the counts
     */
    public record GatedCampaigns(List<CreatedCampaign> created, GateResult gate) {
        /**
         * Copies the list.
         *
         * @param created the created campaigns
         * @param gate the gate's result
         */
        public GatedCampaigns {
            created = List.copyOf(created);
            Objects.requireNonNull(gate, "gate");
        }
    }
}
