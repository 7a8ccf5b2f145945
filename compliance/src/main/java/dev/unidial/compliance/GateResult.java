package dev.unidial.compliance;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CallingWindow;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.spi.AbstractCampaignClient;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What the {@link ComplianceGate} made of a campaign: the campaigns to create (one per
 * recipient time zone, or the campaign untouched when it {@link #passedThrough()}), and every
 * target left out with its reason. For a lazy audience the campaigns' audiences and
 * {@link #excludedStream()} read the source again; the counts were taken in one pass.
 */
public final class GateResult {
    /** The features that carry the gate's hours: never dropped, under any mapping policy. */
    private static final Set<Feature> HOURS = EnumSet.of(Feature.TIME_ZONE, Feature.CALLING_WINDOWS,
            Feature.DAY_OF_WEEK_SELECTION, Feature.PER_DAY_HOURS);

    private final List<Campaign> campaigns;
    private final String baseName;
    private final List<String> nameSuffixes;
    private final List<String> warnings;
    private final List<Exclusion> excluded;
    private final Iterable<Exclusion> lazyExcluded;
    private final Map<ExclusionReason, Long> counts;
    private final Map<ZoneId, Long> perZone;
    private final boolean passedThrough;

    private GateResult(List<Campaign> campaigns, String baseName, List<String> nameSuffixes, List<String> warnings,
            List<Exclusion> excluded, Iterable<Exclusion> lazyExcluded, Map<ExclusionReason, Long> counts,
            Map<ZoneId, Long> perZone, boolean passedThrough) {
        this.campaigns = List.copyOf(campaigns);
        this.baseName = baseName;
        this.nameSuffixes = List.copyOf(nameSuffixes);
        this.warnings = List.copyOf(warnings);
        this.excluded = excluded;
        this.lazyExcluded = lazyExcluded;
        Map<ExclusionReason, Long> copy = new EnumMap<>(ExclusionReason.class);
        copy.putAll(counts);
        this.counts = Collections.unmodifiableMap(copy);
        this.perZone = Collections.unmodifiableMap(new LinkedHashMap<>(perZone));
        this.passedThrough = passedThrough;
    }

    static GateResult of(ComplianceGate.Splits splits, List<Exclusion> excluded, Iterable<Exclusion> lazyExcluded,
            Map<ExclusionReason, Long> counts, List<String> warnings) {
        return new GateResult(splits.campaigns, splits.base.name(), splits.nameSuffixes, warnings,
                excluded == null ? null : List.copyOf(excluded), lazyExcluded, counts, splits.perZone, false);
    }

    static GateResult passedThrough(Campaign campaign) {
        return new GateResult(List.of(campaign), campaign.name(), List.of(""), List.of(), List.of(), null, Map.of(),
                Map.of(), true);
    }

    /**
     * {@return what the gate changed that a person should know: the hours of a number whose
     * zones change their clocks on different dates, narrowed to those that hold all year}
     */
    public List<String> warnings() {
        return warnings;
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
     * Creates every returned campaign on one client, in order, after checking them all.
     *
     * <ol>
     *   <li>Names are fitted to the vendor: the base name is shortened with {@code …} so that
     *       {@code base · zone} fits {@link Capabilities#maxNameLength()}.</li>
     *   <li>Every campaign goes through the client's own checks before any is created (its
     *       rules, its capabilities, its mapping policy), without building the requests.</li>
     *   <li>The gate's hours are never dropped: a client that cannot express a campaign's time
     *       zone and calling windows (or whose mapping would leave them out) is refused, under
     *       LENIENT too, since its calls would go out at any hour.</li>
     * </ol>
     *
     * @param client the client to create them on
     * @return the created campaigns and the exclusions
     * @throws UnsupportedFeatureException if the client would not send the gate's hours; nothing is created
     * @throws dev.unidial.CampaignValidationException if a campaign breaks the vendor's rules; nothing is created
     * @throws GateCreateException if a create failed after others were created (or as the first):
     *     the created campaigns, the failed one, and the vendor's exception as the cause
     */
    public GatedCampaigns createAll(CampaignClient client) {
        Objects.requireNonNull(client, "client");
        List<Campaign> fitted = fitNames(client.capabilities());
        if (!passedThrough) {
            fitted.forEach(c -> checkKeepsHours(client, c));
        }
        List<CreatedCampaign> created = new ArrayList<>();
        for (Campaign c : fitted) {
            try {
                created.add(client.create(c));
            } catch (RuntimeException e) {
                throw new GateCreateException(created, c, fitted.size(), e);
            }
        }
        return new GatedCampaigns(created, this);
    }

    /** The campaigns with {@code base · zone} names that fit the vendor's limit. */
    private List<Campaign> fitNames(Capabilities capabilities) {
        OptionalInt max = capabilities.maxNameLength();
        if (max.isEmpty()) {
            return new ArrayList<>(campaigns);
        }
        List<Campaign> out = new ArrayList<>();
        for (int i = 0; i < campaigns.size(); i++) {
            Campaign c = campaigns.get(i);
            String suffix = nameSuffixes.get(i);
            String name = baseName + suffix;
            if (name.codePointCount(0, name.length()) > max.getAsInt()) {
                int room = max.getAsInt() - suffix.codePointCount(0, suffix.length()) - 1;
                if (room < 1) {
                    // Not even one character of the base fits beside the zone: the vendor's rules report the name.
                    out.add(c);
                    continue;
                }
                name = baseName.substring(0, baseName.offsetByCodePoints(0, room)).stripTrailing() + "…" + suffix;
                c = c.toBuilder().name(name).build();
            }
            out.add(c);
        }
        return out;
    }

    /** Runs the client's checks on a gated campaign and refuses it when the hours would not be sent. */
    private static void checkKeepsHours(CampaignClient client, Campaign c) {
        Set<Feature> lost = EnumSet.noneOf(Feature.class);
        if (client instanceof AbstractCampaignClient checked) {
            lost.addAll(checked.plan(c).dropped());
        } else {
            hoursUsed(c).stream().filter(f -> !client.capabilities().supports(f)).forEach(lost::add);
            client.preview(c);
        }
        lost.retainAll(HOURS);
        if (!lost.isEmpty()) {
            Map<Feature, String> why = new EnumMap<>(Feature.class);
            lost.forEach(f -> why.put(f, "The compliance gate's hours are the recipients' legal calling hours: a"
                    + " vendor that would leave them out is refused under every mapping policy. Use a vendor (or a"
                    + " client setting, such as an account zone) that expresses them."));
            throw new UnsupportedFeatureException(client.provider(), lost, why);
        }
    }

    /** The hour features a gated campaign uses: its zone, its windows, and their days. */
    private static Set<Feature> hoursUsed(Campaign c) {
        Set<Feature> used = EnumSet.of(Feature.TIME_ZONE, Feature.CALLING_WINDOWS);
        List<CallingWindow> windows = c.schedule().windows();
        if (windows.stream().anyMatch(w -> !w.coversEveryDay())) {
            used.add(Feature.DAY_OF_WEEK_SELECTION);
        }
        if (windows.stream().map(w -> List.of(w.start(), w.end())).distinct().count() > 1) {
            used.add(Feature.PER_DAY_HOURS);
        }
        return used;
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
